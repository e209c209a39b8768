package understand

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Pinyin and the language of a message. People on a phone without a
// Chinese keyboard write pinyin without tones ("shanghai linghuo jiuye
// duanjiao 8 ge yue"); that is Chinese, and the words of the case are read
// by writing them back in characters.

// syllables are the pinyin syllables without tones.
var syllables = func() map[string]bool {
	const all = "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce " +
		"cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci " +
		"cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui " +
		"dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua " +
		"guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji " +
		"jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai " +
		"kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu lv " +
		"luan lve lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao " +
		"ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nv nuan nve nuo o ou pa pai pan pang pao pei pen " +
		"peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang " +
		"rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she " +
		"shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan " +
		"tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia " +
		"xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue " +
		"yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua " +
		"zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo"
	m := map[string]bool{}
	for _, s := range strings.Fields(all) {
		m[s] = true
	}
	return m
}()

// isPinyin reports whether a lower-case ASCII word is one or more pinyin
// syllables.
func isPinyin(w string) bool {
	if w == "" || len(w) > 30 {
		return false
	}
	// ok[i]: w[:i] splits into syllables.
	var ok [31]bool
	ok[0] = true
	for i := 1; i <= len(w); i++ {
		for j := max(0, i-6); j < i && !ok[i]; j++ {
			ok[i] = ok[j] && syllables[w[j:i]]
		}
	}
	return ok[len(w)]
}

// pinyinWords are words of this domain written in pinyin, joined, with
// their characters. A message is pinyin only if it has one of them: most
// short English words are pinyin syllables too ("you", "hang", "long").
var pinyinWords = map[string]string{
	"yibao": "医保", "yiliao": "医疗", "yiliaobaoxian": "医疗保险", "baoxian": "保险", "shebao": "社保",
	"duanjiao": "断缴", "duanle": "断了", "duandiao": "断掉", "duan": "断", "tingjiao": "停缴", "bujiao": "补缴", "buiao": "补缴",
	"bujiaole": "补缴了", "jiao": "缴", "jiaole": "缴了", "meijiao": "没缴", "qianjiao": "欠缴", "qianfei": "欠费", "qianle": "欠了",
	"linghuo": "灵活", "jiuye": "就业", "linghuojiuye": "灵活就业", "getihu": "个体户", "ziji": "自己", "zijijiao": "自己缴",
	"gongsi": "公司", "danwei": "单位", "laoban": "老板", "paolu": "跑路", "pochan": "破产", "daobi": "倒闭",
	"zhigong": "职工", "jumin": "居民", "chengxiang": "城乡", "tuixiu": "退休", "cizhi": "辞职", "lizhi": "离职",
	"shiye": "失业", "huangongzuo": "换工作", "huan": "换", "gongzuo": "工作", "shangban": "上班",
	"geyue": "个月", "ge": "个", "yue": "月", "nian": "年", "bannian": "半年", "yinian": "一年", "liangnian": "两年",
	"zenmeban": "怎么办", "zenme": "怎么", "zenmeyang": "怎么样", "hui": "会", "huibuhui": "会不会", "huilaojia": "回老家", "huijia": "回家", "keyi": "可以", "nengbu": "能补", "neng": "能", "hai": "还", "ma": "吗",
	"wo": "我", "de": "的", "le": "了", "zai": "在", "mei": "没", "you": "有", "meiyou": "没有", "shi": "是", "bushi": "不是",
	"xianzai": "现在", "yijing": "已经", "duoshao": "多少", "qian": "钱", "nali": "哪里", "banli": "办理",
	"shanghai": "上海", "hangzhou": "杭州", "ningbo": "宁波", "zhejiang": "浙江", "shenzhen": "深圳", "guangzhou": "广州",
	"guangdong": "广东", "beijing": "北京", "chengdu": "成都", "wuhan": "武汉", "nanjing": "南京", "suzhou": "苏州",
	"hao": "号", "zhiqian": "之前", "yiqian": "以前", "laideji": "来得及", "laidejima": "来得及吗", "laibuji": "来不及",
	"zhuhai": "珠海", "dongguan": "东莞", "foshan": "佛山", "wenzhou": "温州",
	// Audit round 2 (k03, k13): a hospital stay, its day and the reply
	// to the unit-status question.
	"zhuyuan": "住院", "baoxiao": "报销", "shoushu": "手术", "kanbing": "看病", "kaishi": "开始", "jintian": "今天",
	"mingtian": "明天", "mingnian": "明年", "jinnian": "今年", "yong": "用", "nengyong": "能用",
	"zhengchang": "正常", "jingying": "经营", "zhengchangjingying": "正常经营",
	"buguan": "不管", "guan": "管", "bu": "不",
	"nianling": "年龄", "tuixiunianling": "退休年龄", "dao": "到", "sui": "岁",
}

// domainPinyin are the words that mark a message as pinyin: none is an
// English word.
var domainPinyin = []string{"zhuyuan", "baoxiao", "zhengchangjingying", "yibao", "shebao", "duanjiao", "duanle", "bujiao", "buiao", "qianjiao", "qianfei", "linghuo",
	"jiuye", "linghuojiuye", "getihu", "gongsi", "danwei", "zhigong", "jumin", "tuixiu", "cizhi", "lizhi", "geyue",
	"zenmeban", "zenme", "keyi", "xianzai", "yijing", "duoshao", "meiyou", "laoban", "baoxian", "yiliao", "jiaole",
	"meijiao", "huangongzuo", "gongzuo", "shangban", "shiye"}

// LangOf says which language a message is written in: "zh" for Chinese
// characters (simplified or traditional) or pinyin, "en" for other Latin
// text. ok is false when the message has no words to tell (digits,
// emoji, a single place name).
func LangOf(text string) (lang string, ok bool) {
	han, letters := 0, 0
	for _, r := range text {
		switch {
		case isCJK(r) || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF:
			han++
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			letters++
		}
	}
	switch {
	case han > 0 && pastedInEnglish(text):
		return "en", true
	case han > 0:
		return "zh", true
	case letters < 2:
		return "", false
	}
	if _, pinyin := Depinyin(text); pinyin {
		return "zh", true
	}
	words := strings.Fields(strings.ToLower(text))
	if len(words) == 1 {
		// One word: a place or a name is no language.
		return "", false
	}
	return "en", true
}

// Depinyin writes a pinyin message in characters where it knows the
// words, and reports whether the message is pinyin at all: most of its
// words are pinyin syllables and one is a word of this domain. Words it
// does not know are kept as typed; digits stay digits.
func Depinyin(text string) (string, bool) {
	for _, r := range text {
		if r >= 0x2E80 {
			// Characters are there already ("yibao断了能补吗"): the
			// search reads mixed text as it is, unless the rest is a
			// pinyin sentence around a typed place ("wo zai 深圳 cizhi
			// le 3 ge yue le yibao duan le zenme ban").
			return mixedPinyin(text)
		}
	}
	words := strings.FieldsFunc(lower39d(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	if len(words) == 0 || len(words) > 80 {
		return text, false
	}
	latin, syl, domain := 0, 0, false
	for _, w := range words {
		if w[0] >= '0' && w[0] <= '9' {
			continue
		}
		latin++
		if isPinyin(w) {
			syl++
		}
		for _, d := range domainPinyin {
			if strings.Contains(w, d) && isPinyin(w) {
				domain = true
			}
		}
	}
	if !domain {
		// Syllables typed apart ("ling huo jiu ye"): a run of words that
		// joined is a domain word marks the message as well.
		for i := range words {
			for j := i + 2; j <= min(len(words), i+4) && !domain; j++ {
				domain = slices.Contains(domainPinyin, strings.Join(words[i:j], ""))
			}
		}
	}
	if !domain || syl*5 < latin*4 {
		return text, false
	}
	// Clauses stay apart as typed ("11 yue mei jiao, 12 yue ...
	// laidejima"): a question in one must not swallow the facts of the
	// other.
	var b strings.Builder
	for k, clause := range strings.FieldsFunc(lower39d(text), func(r rune) bool {
		return strings.ContainsRune(",;!?", r)
	}) {
		if k > 0 && b.Len() > 0 {
			b.WriteString("，")
		}
		writePinyin(&b, strings.FieldsFunc(clause, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}))
	}
	return b.String(), true
}

// mixedPinyin writes the pinyin runs of a message that holds characters
// too, when those runs alone read as a pinyin message of at least four
// words; the characters are kept as typed.
func mixedPinyin(text string) (string, bool) {
	if !utf8.ValidString(text) {
		return text, false
	}
	var runs []string // alternating: non-Han, Han, non-Han, ...
	han := false
	start := 0
	for i, r := range text {
		if (r >= 0x2E80) != han {
			runs = append(runs, text[start:i])
			start, han = i, !han
		}
	}
	runs = append(runs, text[start:])
	var latin []string
	for k := 0; k < len(runs); k += 2 {
		latin = append(latin, runs[k])
	}
	joined := strings.Join(latin, " ")
	n := len(strings.FieldsFunc(joined, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }))
	if n < 4 {
		return text, false
	}
	if _, ok := Depinyin(joined); !ok {
		return text, false
	}
	var b strings.Builder
	for k, run := range runs {
		if k%2 == 1 {
			b.WriteString(run)
			continue
		}
		if strings.TrimSpace(run) == "" {
			continue
		}
		b.WriteByte(' ')
		writePinyin(&b, strings.FieldsFunc(lower39d(run), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}))
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String()), true
}

// writePinyin writes one clause's words in characters where it knows them.
func writePinyin(b *strings.Builder, words []string) {
	words = splitPinyin39d(words) // pinyin39d.go
	for i := 0; i < len(words); i++ {
		if i > 0 && pyQuestionLead(words, i) {
			// "zai ling shiye jin yibao hai yao ziji jiao ma": the question
			// starts at 还要; a space keeps the facts before it a clause of
			// their own, as "在领失业金医保 还要自己缴吗" would be typed.
			b.WriteByte(' ')
		}
		if stoppedNotPaidBack(words, i) {
			// "xianzai bu jiao le hui zen me yang": 不缴了, stopped
			// paying; read as 补缴了 it would end a gap nobody paid.
			b.WriteString("不缴了")
			i += 2
			continue
		}
		if hz, last, ok := pyNumber(words, i); ok {
			// "shi si nian" → 十四年 (pinyin_h10m.go).
			b.WriteString(hz)
			i = last
			continue
		}
		// The longest run of words that joined is a known word
		// ("ling huo jiu ye" → 灵活就业).
		done := false
		for j := min(len(words), i+4); j > i; j-- {
			if hz, ok := pinyinWords[strings.Join(words[i:j], "")]; ok {
				b.WriteString(hz)
				i, done = j-1, true
				break
			}
		}
		if done {
			continue
		}
		w := words[i]
		// A day after its month joins it as typed in characters
		// ("12月15号"): apart, "12月" alone would read as a month.
		if b.Len() > 0 && (w[0] >= '0' && w[0] <= '9') && !strings.HasSuffix(b.String(), "月") {
			b.WriteByte(' ')
		}
		if hz, ok := pinyinWords[w]; ok {
			b.WriteString(hz)
		} else {
			b.WriteString(w)
		}
	}
}

// pastedInEnglish reports a Chinese bureau text pasted into an English
// message ("got this text: 【上海医保】您的… what does it mean?"): the
// Chinese is quoted, the person's own words are English. The bracketed
// sender 【…】 marks the paste; the words outside the Chinese runs must be
// English (at least three words, not pinyin).
func pastedInEnglish(text string) bool {
	if !strings.Contains(text, "【") {
		return false
	}
	var latin strings.Builder
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ' || r == '\''):
			latin.WriteRune(r)
		default:
			latin.WriteRune(' ')
		}
	}
	words := strings.Fields(latin.String())
	if len(words) < 3 {
		return false
	}
	if _, pinyin := Depinyin(strings.Join(words, " ")); pinyin {
		return false
	}
	return true
}

// pyQuestionLead reports whether words[i] starts the question of a pinyin
// message typed without punctuation: 还要, 还能, 能不能, 怎么, 多少.
func pyQuestionLead(words []string, i int) bool {
	switch w := words[i]; w {
	case "hai":
		if i+1 < len(words) {
			switch words[i+1] {
			case "yao", "neng", "keyi", "ke", "yong", "dei", "xuyao":
				return true
			}
		}
	case "haiyao", "haineng", "nengbuneng", "nengbu", "keyibukeyi", "yaobuyao", "yongbuyong", "zenme", "zenmeban",
		"duoshao", "shenme", "nali", "goubugou", "gouma", "goule", "goulema":
		return true
	case "gou":
		// "jiao le shi si nian gou bu gou": 够不够 asks of the years told.
		return i+1 < len(words) && (words[i+1] == "bu" || words[i+1] == "ma" || words[i+1] == "le" || words[i+1] == "bugou")
	}
	return false
}

// stoppedNotPaidBack reports "bu jiao le" at words[i] ending a clause or
// before 会 / 怎么: "不缴了", stopping, where 补缴了 would need a word that
// it was done ("yijing bu jiao le", "dou bu jiao le" stay 补缴了).
func stoppedNotPaidBack(words []string, i int) bool {
	if i+2 >= len(words) {
		return false
	}
	if words[i] != "bu" || words[i+1] != "jiao" || words[i+2] != "le" {
		return false
	}
	if i > 0 {
		switch words[i-1] {
		case "yijing", "dou", "quan", "gang", "yi", "jing":
			return false
		}
	}
	if i+3 == len(words) {
		return true
	}
	switch words[i+3] {
	case "hui", "huibuhui", "zenme", "zenmeyang", "zen", "ne", "a":
		return true
	}
	return false
}
