package understand

import (
	"slices"
	"strings"

	"bujiao/rules"
)

// Readings of fix23b (issue 17): an employer in arrears told in Hokkien
// (Minnan) and Wu, with the boss still there.

// dialectFix23b: Hokkien 头家 is the boss (老板; 头家走/头家跑 fled), 厂仔 a
// factory (厂子), 犹/犹原 still (还): "厂犹原有开" the factory is still
// open, "厂仔犹咧做" it still works. Wu 勒海/勒浪 is being there ("老板还
// 勒海" the boss is still there, "人还勒浪上班" still at work), 开仔 open
// (开着: "厂也开仔" the factory is open too). Each is replaced by a
// Mandarin word of the same length in bytes, so every reader takes it as
// Mandarin; 頭 and 猶 are folded before (normalize.go) or listed.
var dialectFix23b = strings.NewReplacer(
	"头家走", "老板跑", "头家跑", "老板跑", "头家", "老板", "厂仔", "厂子",
	"犹原有开", "还开着的", "犹原咧开", "还开着的", "犹原在开", "还开着的", "猶原有开", "还开着的",
	"犹有开", "还开着", "犹咧开", "还开着", "犹在开", "还开着", "猶有开", "还开着",
	"犹原咧做", "还在干的", "犹原在做", "还在干的", "犹咧做", "还在干", "犹在做", "还在干", "猶咧做", "还在干",
	"犹原咧上班", "还在上班的", "犹咧上班", "还在上班", "犹原", "还是", "猶原", "还是",
	"勒海上班", "在上班的", "勒浪上班", "在上班的", "勒嗨上班", "在上班的",
	"还勒海", "还在的", "还勒浪", "还在的", "还勒嗨", "还在的",
	"也开仔", "还开着", "还开仔", "还开着", "开仔", "开着",
)

func fixDialect23b(s string) string {
	return dialectFix23b.Replace(s)
}

// en23bFlexi: flexible employment shortened as people type it ("flexi emp",
// "flexi worker"): paid by the person, in the employee scheme.
var en23bFlexi = []string{"flexi emp", "flexi empl", "flexi employment", "flexi employed", "flexi employee", "flexi worker",
	"flexi workers", "flexi work", "flexi job", "flexi jobs", "flexi staff"}

// enEmployerWho and enNotPaying: an employer, then, a few words on, that
// it does not pay, in the English of someone who leaves out the auxiliary
// and puts the place in between: "my company Shenzhen not give money
// insurance 4 month", "boss in Dongguan no pay yibao". leftjob_h15.go reads
// the two side by side.
var (
	enEmployerWho = []string{"company", "employer", "boss", "factory", "firm", "unit", "office", "shop", "restaurant"}
	enNotPaying   = []string{"not pay", "no pay", "not give", "no give", "not paying", "no paying", "never pay", "not giving",
		"no giving", "stop pay", "stop paying", "not pay for"}
	// enOwnWords between them make the one who does not pay someone else
	// ("company said i not pay", "boss and me no pay").
	enOwnWords = []string{"i", "we", "me", "my", "you", "he", "she", "they", "said", "say", "says", "told", "tell", "tells", "ask",
		"asks", "asked", "and", "but", "if", "or", "could", "can", "cant", "think", "thinks", "want", "wants", "let"}
)

// employerNotPayingAhead reports such an employer, at most three words
// before the verb and within one clause.
func employerNotPayingAhead(s string) bool {
	if s == "" || s[0] >= 0x80 && !strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") {
		return false
	}
	clauses := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",.;!?，。；！？", r) })
	for _, c := range clauses {
		ws := strings.Fields(c)
		for i, w := range ws {
			if !slices.Contains(enEmployerWho, w) {
				continue
			}
			for j := i + 2; j <= i+4 && j < len(ws); j++ {
				between := ws[i+1 : j]
				if slices.ContainsFunc(between, func(b string) bool { return slices.Contains(enOwnWords, b) }) {
					break
				}
				rest := strings.Join(ws[j:], " ")
				if slices.ContainsFunc(enNotPaying, func(v string) bool {
					after, ok := strings.CutPrefix(rest, v)
					return ok && (after == "" || after[0] < 'a' || after[0] > 'z')
				}) {
					return true
				}
			}
		}
	}
	return false
}

// round23b: the readings of fix23b that need the facts read so far.
func (x *extractor) round23b(e *Extracted) {
	if e.Reason == "" && e.UnitStatus == "" && (e.Payer == "" || e.Payer == rules.PayerUnit) && employerNotPayingAhead(x.s) {
		e.Reason, e.Payer = rules.ReasonArrears, rules.PayerUnit
	}
}
