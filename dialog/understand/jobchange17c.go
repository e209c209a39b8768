package understand

import (
	"strings"

	"bujiao/rules"
)

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

// A new job told after leaving the old one, in words that name no new
// employer ("从广州辞职去深圳上班了", "辞咗工 喺深圳搵到新工", "quit in
// guangzhou and got a job in shenzhen", "left my Guangzhou job, now working
// in Shenzhen"): a job change, not leaving (issue 17). Only after a word of
// leaving, and not negated ("现在没上班了", "havent found a job").
var (
	zhLeaveNew    = []string{"辞职", "离职", "辞了", "辞工", "辞咗", "辞掉", "不干了", "被裁", "被辞退", "从公司出来", "从单位出来"}
	zhNewJobAfter = []string{"找到了工作", "找到工作", "找到新工作", "找到了新工作", "找着工作", "找着了工作", "搵到新工", "搵到工", "搵到份工",
		"上班了", "开始上班", "又上班", "打工了", "入职", "去了新", "进了新", "到新",
		// A job found at last after looking ("找了4个月才找到", "歇了三个月才又上班").
		"才找到", "才找着", "终于找到", "总算找到", "才上班", "才又上班", "才上岗", "才开始上班", "才进厂", "才进了"}
	enLeaveNew    = []string{"quit", "left my", "left the", "left my old", "resigned", "laid off", "lost my job", "let go", "fired"}
	enNewJobAfter = []string{"got a job", "got a new job", "got another job", "found a job", "found a new job", "found a new one", "found another job",
		"found another one", "found work", "now working in", "now working at", "now working for", "now work in", "now work at", "now work for",
		"started working at", "started working in", "started working for", "started a job", "new one in", "new one at"}
	zhNewJobNeg = []string{"没", "不", "未", "还没", "没有"}
)

// newJobAfterLeaving reports such a new job.
func newJobAfterLeaving(s string) bool {
	if i := firstAny(s, zhLeaveNew); i >= 0 {
		for _, w := range zhNewJobAfter {
			for k := i; ; {
				j := strings.Index(s[k:], w)
				if j < 0 {
					break
				}
				at := k + j
				k = at + len(w)
				if _, neg := hasSuffixAny(strings.TrimRight(s[:at], " "), zhNewJobNeg); !neg {
					return true
				}
			}
		}
	}
	if i := firstAny(s, enLeaveNew); i >= 0 {
		for _, w := range enNewJobAfter {
			j := strings.Index(s[i:], w)
			if j < 0 {
				continue
			}
			if pw, _ := prevWord(s, i+j); !enNeg[pw] && pw != "not" {
				return true
			}
		}
	}
	return false
}

// firstAny is the first index of any of ws in s, or -1.
func firstAny(s string, ws []string) int {
	first := -1
	for _, w := range ws {
		if i := strings.Index(s, w); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// zhSchemeDenied before a scheme's name deny it ("不是居民医保").
var zhSchemeDenied = []string{"不是", "并不是", "不是缴", "并非", "唔系", "唔係", "不系"}

// schemeNotDenied reports a hit of the scheme list l that is not denied
// in Chinese; English hits count as before.
func (x *extractor) schemeNotDenied(l wordList) bool {
	for _, h := range x.hits[:x.nh] {
		if h.list != l {
			continue
		}
		if x.s[h.pos] < 0x80 {
			return true
		}
		if _, neg := hasSuffixAny(strings.TrimRight(x.s[:h.pos], " "), zhSchemeDenied); !neg {
			return true
		}
	}
	return false
}
