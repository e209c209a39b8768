package knowledge

import "testing"

// TestTypos46d: an English word typed with one slip is spelled as the
// knowledge base's word (fix46d); a word it knows, a stop word, a short
// word or a slip two words fit is left as typed.
func TestTypos46d(t *testing.T) {
	b := mustDefault(t)
	ix := b.faqIndex
	for _, c := range []struct{ typed, want string }{
		{"chek", "check"},      // a letter dropped
		{"chekc", "check"},     // neighbours swapped
		{"histroy", "history"}, // neighbours swapped
		{"contribtion", "contribution"},
		{"documnets", "documents"},
		{"documets", "documents"},
		{"recrod", "record"},
		{"employr", "employer"},
		{"retiremant", "retirement"}, // one letter for another, a long word
		{"paperwrok", "paperwork"},   // a synonym's word
		{"hotlien", "hotline"},
		{"nubmer", "number"},
		{"penatly", "penalty"},
		{"insurancee", "insurance"}, // a letter added
	} {
		got, ok := ix.typoFix46d(c.typed)
		if !ok || got != c.want {
			t.Errorf("typoFix46d(%q) = %q, %v; want %q", c.typed, got, ok, c.want)
		}
	}
	for _, w := range []string{
		"insurance", // known
		"insurence", // a synonym's typo: the folder's own
		"collects",  // another form of "collect": the stem is the same
		"wher",      // stems as "where" does
		"from",      // a stop word
		"fee",       // too short
		"form",      // would slip into "from", a stop word: never a correction
		"ring",      // first letters differ from "bring"
		"sing",      // four letters, a swap from "sign": a word itself
	} {
		if got, ok := ix.typoFix46d(w); ok {
			t.Errorf("typoFix46d(%q) = %q: want it left as typed", w, got)
		}
	}
	// Whole words only, and the rest of the text as typed.
	for in, want := range map[string]string{
		"wher can i chek my histroy?": "wher can i check my history?",
		"Documnets, please":           "documents, please",
		"x2chek don't":                "x2chek don't",
		"医保 chek 记录":                  "医保 check 记录",
	} {
		if got := ix.fixTypos46d(in); got != want {
			t.Errorf("fixTypos46d(%q) = %q, want %q", in, got, want)
		}
	}
}
