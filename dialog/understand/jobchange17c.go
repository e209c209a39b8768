package understand

import "bujiao/rules"

// A job change in pinyin ("tiaocao zhongjian duan le yi ge yue", "huan le
// gongsi"): the words of zhJobChange and the gap between two jobs, as
// pinyin.go reads them.
func init() {
	for py, hz := range map[string]string{
		"tiaocao": "跳槽", "tiaocaole": "跳槽了", "zhongjian": "中间", "huangongsi": "换公司", "huandanwei": "换单位",
		"xingongsi": "新公司", "xingongzuo": "新工作", "xindanwei": "新单位", "ruzhi": "入职",
	} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
	domainPinyin = append(domainPinyin, "tiaocao", "tiaocaole", "huangongsi", "huandanwei", "xingongsi", "xingongzuo", "xindanwei", "ruzhi")
}

// enThroughWork: insured "through work", said at the payer question ("the
// one through work i think" to every question): the employer pays.
var enThroughWork = []string{"through work", "through my work", "through my job", "through the job", "via work", "via my job",
	"through my company", "from my job", "from work"}

// payerThroughWork reads "through work" at the payer question as the
// employer paying; elsewhere it names only the scheme.
func (x *extractor) payerThroughWork(e *Extracted) {
	if x.expecting == rules.FieldPayer && e.Payer == "" && hasAny(x.s, enThroughWork) {
		e.Payer = rules.PayerUnit
	}
}
