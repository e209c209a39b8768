package understand

import (
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// More ways to say an employer is still trading, read anywhere a unit is
// named ("Shenzhen company owes me 3 months, still open", "公司照常开工"):
// without them the unit-status question came back for what was said.
func init() {
	statusTable = append(statusTable, statusList(rules.UnitNormal,
		[]string{"照常开工", "照常营业", "照常上班", "还在开工", "正常上班"},
		nil,
		[]string{"照开", "开工", "开着"},
		[]string{"still open", "is open", "its open", "stil open", "still in business", "still trading", "open as usual",
			"still going", "still there", "is fine", "is ok", "is doing fine", "doing fine", "doing ok"}))
}

// More ways to say one comes from Hong Kong, Macao or Taiwan: a city
// there with "from" ("台北来的", "from Kaohsiung"), a home-return permit.
var lHMTMore = newList([]string{"台北来的", "台湾来的", "香港来的", "澳门来的", "高雄来的", "台中来的", "台北人", "高雄人", "台胞证",
	"回乡证", "港澳通行证", "台湾过来", "香港过来", "澳门过来"},
	[]string{"from taipei", "from kaohsiung", "im taiwanese", "i am taiwanese", "hong konger", "macanese", "home return permit"})

// Workplaces that employ and pay, named as the employer ("school stopped
// paying", "学校欠了三个月"), added to the unit words; "in school" or
// "还在上学" name none.
func init() {
	for _, w := range []string{"school stopped", "school owes", "school hasnt", "school didnt", "school never paid",
		"restaurant stopped", "restaurant owes", "shop stopped", "shop owes", "clinic stopped", "clinic owes"} {
		first, _, _ := strings.Cut(w, " ")
		enDict[first] = append(enDict[first], dictEntry{w, lUnit})
	}
	for _, w := range []string{"学校欠", "学校没给", "学校不给", "学校拖", "医院欠", "医院没给", "饭店欠", "餐厅欠", "店里欠", "店老板", "饭店没给", "餐厅没给", "店里没给"} {
		r, _ := utf8.DecodeRuneInString(w)
		zhDict[r] = append(zhDict[r], dictEntry{w, lUnit})
	}
}

// More words that correct an earlier answer ("no wait, it's Shanghai",
// "打错了 是宁波"): the new value replaces the old without asking which
// holds.
func init() {
	for _, w := range []string{"no wait", "oops", "my mistake", "my bad", "i got it wrong", "typo", "its actually", "it is actually",
		"miscounted", "miscalculated", "just found out", "turns out", "just learned", "just heard",
		"no sorry", "sorry no", "oh sorry", "sorry i", "sorry it"} {
		first, _, _ := strings.Cut(w, " ")
		enDict[first] = append(enDict[first], dictEntry{w, lCorrection})
	}
	for _, w := range []string{"打错了", "写错了", "说反了", "搞反了", "刚才说错", "前面说错", "我说错了", "不好意思说错",
		// A figure recounted, or news learned since ("刚问了同事 老板已经跑路了").
		"算错", "记错", "数错", "刚问了", "刚打听", "才知道", "刚知道", "刚发现", "才发现"} {
		r, _ := utf8.DecodeRuneInString(w)
		zhDict[r] = append(zhDict[r], dictEntry{w, lCorrection})
	}
}
