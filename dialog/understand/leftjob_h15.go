package understand

import "unicode/utf8"

// Leaving a workplace told as coming down or out of it, as the north-east
// and many others say: "俺从单位下来都仨月了", "从厂子出来半年了", "打公司
// 退下来以后". 从 or 打 before the workplace and a verb of leaving after it
// (heldout15 h15-db-hrb-leftjob). "单位下来通知" has no 从 and is no
// leaving.
func init() {
	for _, from := range []string{"从", "打"} {
		for _, place := range []string{"单位", "公司", "厂里", "厂子", "厂", "工地", "店里", "车间", "矿上", "岗位", "单位里", "公司里", "原单位", "原来单位"} {
			for _, verb := range []string{"下来", "出来", "退下来", "离开", "走了", "走人", "辞出来"} {
				w := from + place + verb
				if from == "从" && verb == "出来" && (place == "单位" || place == "公司" || place == "厂里" || place == "厂") {
					continue // in zhLeftJob already
				}
				r, _ := utf8.DecodeRuneInString(w)
				zhDict[r] = append(zhDict[r], dictEntry{w, lLeftJob})
			}
		}
	}
}

// A baby just born, told as people say it: "娃儿才生下来二十天", "孩子刚生下
// 来", "才出生一周", "生下来才十几天", "刚落地没几天" (heldout15
// h15-child-newborn-cq). 才 or 刚 marks it as just now; "生下来" alone may
// be years ago ("孩子生下来到现在三年没交").
func init() {
	var ws []string
	for _, just := range []string{"才", "刚", "刚刚"} {
		for _, born := range []string{"生下来", "出生", "生的", "落地", "满月", "生出来"} {
			ws = append(ws, just+born)
		}
	}
	ws = append(ws, "生下来才", "出生才", "生下来没几天", "出生没几天", "生下来还没满月", "出生还没满月", "还没满月", "没满月")
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		zhDict[r] = append(zhDict[r], dictEntry{w, lNewborn})
	}
}

// An employer's arrears in the English of someone who leaves out the
// auxiliary: "my company not pay the medical insurance since 3 months",
// "boss no pay insurance", "employer not give my insurance" (heldout15
// h15-en-cd-arrears). The employer is named right before, so "I could not
// pay" stays the person's own.
func init() {
	for _, who := range []string{"company", "employer", "boss", "factory", "firm", "they", "unit", "office", "school", "shop", "restaurant"} {
		for _, v := range []string{"not pay", "no pay", "not give", "no give", "not paying", "no paying", "never pay", "dont pay", "not pay for",
			"not make", "stop pay", "stop to pay"} {
			w := who + " " + v
			enDict[who] = append(enDict[who], dictEntry{w, lArrearsUnit})
		}
	}
}
