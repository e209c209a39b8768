package persist

import "testing"

func TestQueryTermsAndSimilar(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"医保卡丢了怎么办", "医保卡丢了怎么补办", true},
		{"怎么补缴？", "怎么 补缴", true},
		{"医保卡丢了怎么办", "医保断缴了怎么办", false},
		{"医保卡丢了怎么办", "社保卡丢了怎么办", true},
		{"How do I replace a lost card", "how do i replace lost cards?", true},
		{"How do I replace a lost card", "How do I pay", false},
		{"", "", true},
		{"?", "医保", false},
	} {
		if got := similar(queryTerms(tt.a), queryTerms(tt.b)); got != tt.want {
			t.Errorf("similar(%q, %q) = %v, want %v (terms %v / %v)", tt.a, tt.b, got, tt.want, queryTerms(tt.a), queryTerms(tt.b))
		}
	}
}
