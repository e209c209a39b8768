package understand

import (
	"strings"

	"bujiao/rules"
)

// ---------------------------------------------------------------------------
// Bare numbers, yes and no

var zhBareFillersPre = []string{"大概是", "大概有", "大概", "大约", "约", "差不多", "将近", "接近", "快", "有", "是", "一共",
	"总共", "共", "已经", "应该是", "应该", "估计", "我", "了", "嗯",
	// A yes before the figure asked for ("对 一年", "是的 两年").
	"对的", "对", "是的"}
var zhBareFillersPost = []string{"左右", "上下", "吧", "了", "啊", "呀", "多", "的样子", "这样", "的", "呢", "哦", "吧"}
var enBareFillersPre = []string{"about", "around", "approx", "approximately", "roughly", "maybe", "like", "almost",
	"nearly", "over", "just", "only", "its", "it is", "i think", "i guess", "for", "total", "probably", "exactly",
	// A yes before the figure asked for ("yes one", "yeah, 2").
	"yes", "yeah", "yep", "yup"}
var enBareFillersPost = []string{"or so", "ish", "maybe", "i think", "total", "in total", "now", "already", "roughly",
	"approx", "i guess", "probably"}

func stripFillers(t string) string {
	for changed := true; changed; {
		changed = false
		t = strings.Trim(t, " ,~")
		for _, f := range zhBareFillersPre {
			if strings.HasPrefix(t, f) && len(t) > len(f) {
				t, changed = t[len(f):], true
			}
		}
		for _, f := range zhBareFillersPost {
			if strings.HasSuffix(t, f) && len(t) > len(f) {
				t, changed = t[:len(t)-len(f)], true
			}
		}
		for _, f := range enBareFillersPre {
			if hasWordAt(t, 0, f) && len(t) > len(f) {
				t, changed = t[len(f):], true
			}
		}
		for _, f := range enBareFillersPost {
			if strings.HasSuffix(t, f) && len(t) > len(f) && !isAlnum(t[len(t)-len(f)-1]) {
				t, changed = t[:len(t)-len(f)], true
			}
		}
	}
	return t
}

// bare handles a message that is essentially one number.
func (x *extractor) bare(e *Extracted) {
	if len(x.s) > 64 {
		return
	}
	t := stripFillers(x.s)
	var n number
	var ok bool
	var u unitKind
	var half bool
	end := 0
	if strings.HasPrefix(t, "半") {
		u, half, end = unitAt(t, len("半"))
		if u != uYears && u != uMonths {
			return
		}
		n, ok = number{v: 0, kind: 'h'}, true
		half = true
	} else {
		n, ok = parseNumAt(t, 0)
		if !ok || n.v < 0 || n.digits > 9 {
			return
		}
		u, half, end = unitAt(t, n.end)
		switch u {
		case uNone:
			end = n.end
			if n.kind == 'a' || n.pair {
				return
			}
		case uYears, uMonths:
			if n.kind == 'h' && n.positional && n.digits > 1 && !n.pair || u == uYears && n.kind == 'd' && n.digits == 4 {
				return
			}
		default:
			return
		}
	}
	if strings.Trim(t[end:], " ,") != "" {
		return
	}
	v := n.v
	if half {
		v += 500
	}
	d := milliDec(v)
	e.Number = &d
	if u != uNone {
		return // a duration: quantities already read it
	}
	switch x.expecting {
	case rules.FieldGap:
		switch {
		case v%1000 != 0 || e.Gap != nil:
		case v <= rules.MaxGapMonths*1000:
			e.Gap = &Duration{Months: int(v / 1000)}
		default:
			e.GapTooLong = true
		}
	case rules.FieldYearsPaid:
		if v <= rules.MaxYears*1000 && e.YearsPaid == nil {
			e.YearsPaid = &d
		}
	case rules.FieldRepayYears:
		if v%1000 == 0 && v <= rules.MaxYears*1000 && e.RepayYears == nil {
			r := int(v / 1000)
			e.RepayYears = &r
		}
	}
}

var yesWords = map[string]bool{
	// Cantonese and hedged yeses people type.
	"係": true, "係呀": true, "係啊": true, "系": true, "系呀": true, "系啊": true, "啱": true, "啱呀": true,
	"大概是吧": true, "应该是吧": true, "应该是": true, "大概是": true, "可能是吧": true, "好像是": true,
	"是": true, "是的": true, "是啊": true, "是呀": true, "对": true, "对的": true, "对啊": true, "对呀": true,
	"嗯": true, "嗯嗯": true, "恩": true, "好": true, "好的": true, "行": true, "可以": true, "没错": true, "有": true,
	"有的": true, "是滴": true, "对头": true, "确定": true, "当然": true, "当然是": true, "没问题": true, "是是": true,
	"yes": true, "y": true, "yep": true, "yeah": true, "yea": true, "ya": true, "yup": true, "sure": true,
	"ok": true, "okay": true, "correct": true, "right": true, "true": true, "of course": true,
	"yes please": true, "yes i am": true, "yes im": true, "yes it is": true, "yes i do": true,
	"thats right": true, "affirmative": true, "indeed": true, "absolutely": true, "definitely": true,
	"yes yes": true, "yess": true, "yesss": true, "ye": true, "是的是的": true, "对对": true, "对对对": true,
}

var noWords = map[string]bool{
	"唔係": true, "唔系": true, "唔是": true, "冇": true, "冇啊": true, "冇呀": true, "唔使": true,
	"不是": true, "否": true, "没有": true, "不": true, "不对": true, "没": true, "无": true, "不是的": true,
	"没有的": true, "未": true, "未呀": true, "仲未": true, "还未": true, "not yet": true, "不用": true, "不要": true, "并不是": true, "不在": true, "没有啊": true, "都不是": true, "不是啊": true,
	"no": true, "n": true, "nope": true, "nah": true, "not really": true, "no im not": true, "no i am not": true,
	"no it isnt": true, "no it is not": true, "nop": true, "never": true, "negative": true, "false": true,
	"not": true, "no no": true, "none": true, "i dont": true, "no i dont": true, "no not": true,
}

var (
	zhYesTokens = []string{"係", "系", "是的", "对的", "好的", "没错", "可以", "是", "对", "嗯", "恩", "好", "行", "啊", "呀", "哦", "滴"}
	zhNoTokens  = []string{"唔係", "唔系", "冇", "不是", "没有", "不对", "不用", "不要", "不", "没", "否", "啊", "呀", "哦", "的", "不在", "过了", "已经过了", "已过", "过",
		"错过了", "大人", "成人"}
)

// madeOf reports whether t is a run of yes (or no) words: "嗯嗯好的",
// "yes sure", "no no". Tokens of one polarity only, so 是不是 is neither.
func madeOf(t string, words map[string]bool, zhTokens []string) bool {
	if t == "" {
		return false
	}
	if t[0] < 0x80 {
		for w := range strings.SplitSeq(t, " ") {
			if !words[w] {
				return false
			}
		}
		return true
	}
	n := 0
	for t != "" {
		// The longest token first: "不在过了" is 不在 + 过了, not 不 + ….
		best := 0
		for _, tok := range zhTokens {
			if len(tok) > best && strings.HasPrefix(t, tok) {
				best = len(tok)
			}
		}
		if best == 0 {
			return false
		}
		t = t[best:]
		n++
	}
	return n > 1
}

func (x *extractor) yesNo(e *Extracted) {
	first := x.s
	if i := strings.IndexByte(first, ','); i >= 0 {
		first = first[:i]
	}
	first = trimParticles(first)
	switch {
	case yesWords[first] || madeOf(first, yesWords, zhYesTokens):
		e.Yes = true
	case noWords[first] || madeOf(first, noWords, zhNoTokens):
		e.No = true
	default:
		return
	}
	var p **bool
	switch x.expecting {
	case rules.FieldNewborn:
		p = &e.Newborn
	case rules.FieldInWindow:
		p = &e.InWindow
	default:
		return
	}
	if *p == nil {
		b := e.Yes
		*p = &b
	}
}
