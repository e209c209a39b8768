package dialog

import (
	"strings"
	"testing"
)

// TestWhoBears38a: "who pays" after an employer paid everything back
// lowers the where-to-pay entry; a plain where-to-pay question does not.
func TestWhoBears38a(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want bool
	}{
		{"company in ningbo hasnt paid my insurance since august the tax office deadline passed and they finally paid everything in one go nov 20 i was in hospital sep 10 and have an appointment jan 5 who pays", true},
		{"employer paid it all in one go in november, hospital in september, who covers that?", true},
		{"ningbo boss paid the arrears as a lump sum nov 20, i was in hospital sep 10, who bears the bill", true},
		{"宁波公司11月20号才一次性补齐 9月10号住院 谁来付", true},
		{"单位11月全部补上了 9月住院的钱谁承担", true},
		{"where do i pay missed medical insurance", false},
		{"who pays my insurance when i retire, paid all 20 years", false},
	} {
		if got := siblingRules38a[0].cue(strings.ToLower(c.msg)); got != c.want {
			t.Errorf("%q: %v, want %v", c.msg, got, c.want)
		}
	}
}
