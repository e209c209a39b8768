package understand

import "strings"

// A message that opens by taking back what was said ("wait no, the company
// is registered in Shanghai", "no wait, it's 5 months", "oops, Ningbo not
// Wenzhou", "等等不是 是宁波", "哦不对 是自己交的", "不不 是杭州"): the
// facts it then names replace the earlier ones without asking which
// holds. Only openers that deny: "wait" alone adds, "no" alone answers.

// correctionOpeners deny what came before, at the start of a message.
var correctionOpeners = []string{"wait no", "wait,no", "wait, no", "no wait", "no,wait", "no, wait", "oops",
	"scratch that", "my bad", "hold on,no", "hold on no", "hold on, no", "sorry no", "sorry,no", "sorry, no", "no no", "no,no",
	"nope,", "nope ", "not quite,", "等等不", "等一下不", "等下不", "等会不", "不不", "哦不是", "哦不对", "啊不是", "啊不对", "呃不是", "呃不对",
	"额不是", "嗯不是", "噢不是", "哎不是", "唉不是"}

// correctionOpener reports a message that opens with one, after fillers.
func correctionOpener(s string) bool {
	t := strings.TrimLeft(s, " ,")
	for changed := true; changed; {
		changed = false
		for _, f := range []string{"um ", "uh ", "hmm ", "ah ", "oh,", "sorry,", "sorry "} {
			if strings.HasPrefix(t, f) && !hasPrefixAny(t, correctionOpeners) {
				t, changed = strings.TrimLeft(t[len(f):], " ,"), true
			}
		}
	}
	for _, o := range correctionOpeners {
		if strings.HasPrefix(t, o) {
			rest := t[len(o):]
			if o[len(o)-1] < 0x80 && isLetter(o[len(o)-1]) && rest != "" && isLetter(rest[0]) {
				continue // "sorry nobody…" is not "sorry no"
			}
			// "no no no" alone, "oops" alone: nothing named to replace.
			for changed := true; changed; {
				changed = false
				for _, f := range []string{" ", ",", ".", "!", "no", "不"} {
					if r, ok := strings.CutPrefix(rest, f); ok {
						rest, changed = r, true
					}
				}
			}
			return rest != ""
		}
	}
	return false
}

// declarativeWh reports an English wh-word that names rather than asks:
// after "that's", "this is", "which is", "that was" ("that's where my
// insurance is", "this is what the bureau told me", "that was when I
// left").
func declarativeWh(s string, at int) bool {
	w, p := prevWord(s, at)
	switch w {
	case "thats", "thatis", "heres", "theres":
		return true
	case "is", "was", "exactly", "just":
		w2, p2 := prevWord(s, p)
		if w == "exactly" || w == "just" {
			w2, _ = prevWord(s, p)
			if w2 == "thats" || w2 == "its" {
				return true
			}
			w3, _ := prevWord(s, p2)
			return (w2 == "is" || w2 == "was") && (w3 == "that" || w3 == "this" || w3 == "which")
		}
		return w2 == "that" || w2 == "this" || w2 == "which"
	}
	return false
}
