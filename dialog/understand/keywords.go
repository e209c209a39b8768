package understand

import (
	"strings"
	"unicode/utf8"

	"bujiao/rules"
)

// A wordList is a list of Chinese phrases (matched as substrings of the
// normalised text, where 交 is already 缴) and English words or phrases
// (matched as whole words; a trailing '*' allows any ending). All lists live
// in one dictionary keyed by first rune or first word, so a message is
// scanned once for all of them.
type wordList int16

type dictEntry struct {
	w    string
	list wordList
}

var (
	zhDict  = map[rune][]dictEntry{}
	enDict  = map[string][]dictEntry{}
	enStems []dictEntry
	nLists  wordList
)

func newList(zh, en []string) wordList {
	l := nLists
	nLists++
	for _, w := range zh {
		r, _ := utf8.DecodeRuneInString(w)
		zhDict[r] = append(zhDict[r], dictEntry{w, l})
	}
	for _, w := range en {
		if stem, ok := strings.CutSuffix(w, "*"); ok {
			enStems = append(enStems, dictEntry{stem, l})
			continue
		}
		first, _, _ := strings.Cut(w, " ")
		enDict[first] = append(enDict[first], dictEntry{w, l})
	}
	return l
}

type hit struct {
	list     wordList
	pos, end int32
}

const maxHits = 96

func (x *extractor) addHit(l wordList, pos, end int) {
	if x.nh < maxHits {
		x.hits[x.nh] = hit{l, int32(pos), int32(end)}
		x.nh++
	}
}

// scanWords records every dictionary hit, in text order.
func (x *extractor) scanWords() {
	s := x.s
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[i:])
			for _, d := range zhDict[r] {
				if strings.HasPrefix(s[i:], d.w) {
					x.addHit(d.list, i, i+len(d.w))
				}
			}
			i += size
		case isLetter(c) && (i == 0 || !isAlnum(s[i-1])):
			w := wordAt(s, i)
			for _, d := range enDict[w] {
				if hasWordAt(s, i, d.w) {
					x.addHit(d.list, i, i+len(d.w))
				}
			}
			for _, d := range enStems {
				if strings.HasPrefix(w, d.w) {
					x.addHit(d.list, i, i+len(w))
				}
			}
			i += len(w)
		default:
			i++
		}
	}
}

// find returns the first hit of l (the longest at the same position).
func (x *extractor) find(l wordList) (pos, end int) {
	pos, end = -1, -1
	for _, h := range x.hits[:x.nh] {
		if h.list == l && (pos < 0 || int(h.pos) == pos && int(h.end) > end) {
			pos, end = int(h.pos), int(h.end)
		}
	}
	return pos, end
}

func (x *extractor) has(l wordList) bool {
	for _, h := range x.hits[:x.nh] {
		if h.list == l {
			return true
		}
	}
	return false
}

// findPlain is find but skips negated hits (zhNegs right before a Chinese
// hit, a negation among the three words before an English one).
func (x *extractor) findPlain(l wordList, zhNegs []string) int {
	for _, h := range x.hits[:x.nh] {
		if h.list != l {
			continue
		}
		if x.s[h.pos] >= 0x80 {
			if _, neg := hasSuffixAny(x.s[:h.pos], zhNegs); !neg {
				return int(h.pos)
			}
		} else if !enNegated(x.s, int(h.pos), false) {
			return int(h.pos)
		}
	}
	return -1
}

// enNegated reports a negation among the three words before i; outside also
// counts "outside", "after" and "past" (the enrolment window).
func enNegated(s string, i int, outside bool) bool {
	w, p := prevWord(s, i)
	for k := 0; k < 3 && w != ""; k++ {
		if enNeg[w] || outside && (w == "outside" || w == "after" || w == "past") {
			return true
		}
		w, p = prevWord(s, p)
	}
	return false
}

var zhNeg = []string{"不是", "不", "没", "没有", "未", "非", "并非", "不在", "没在", "还没", "尚未", "不属于"}

// Word lists. Chinese entries are substrings of the normalised text (交 is
// already 缴); English entries are whole words or phrases.
var (
	zhEmployee = []string{"职工", "灵活就业", "个体户", "个体工商户"}
	enEmployee = []string{"employee insurance", "employee scheme", "employee medical", "employee health",
		"employee plan", "employees insurance", "employee basic", "urban employee", "employee based",
		"flexib*", "self employed", "selfemployed", "self employd", "selfemployd", "self emplyed", "self employeed", "sole proprietor",
		// The scheme by how it is paid: "the one through work i think".
		"through work", "through my work", "through my job", "through my employer", "through the employer", "through the company",
		"through my company", "via my employer", "via work", "the work one"}
	zhResident = []string{"居民医保", "居民医疗", "居民保险", "居民基本医疗", "居民社保", "城乡居民", "城镇居民", "新农合",
		"农合", "农村合作医疗", "学生医保", "少儿医保", "儿童医保",
		// The rural scheme by its everyday names ("老家的农村医保").
		"农村医保", "农保",
		// 合作医疗 alone, the rural scheme's old name (heldout13 "没交过合作医疗").
		"合作医疗",
		// "头一回交医保 居民的", "我是交居民的" (read17c).
		"居民的"}
	enResident = []string{"resident insurance", "resident scheme", "resident medical", "resident health",
		"residents insurance", "residents medical", "residents scheme", "resident plan", "rural resident",
		"rural cooperative", "new rural", "ncms", "urban and rural", "resident cover", "from resident to",
		// The scheme named by the switch alone (read17c).
		"switch to resident", "switching to resident", "change to resident", "move to resident", "the resident one"}

	zhUnit = []string{"单位", "公司", "企业", "老板", "厂里", "工厂", "厂子", "雇主", "东家",
		// A factory with its classifier or owner: "汕头间厂", "我们厂", "那个厂" (heldout14).
		"间厂", "个厂", "家厂", "们厂"}
	enUnit = []string{"company", "companys", "companies", "employer", "employers", "boss", "firm",
		// Common misspellings ("compnay in beijing not payed").
		"compnay", "comapny", "compny", "compani", "employeer", "emplyer", "empolyer",
		"factory", "workplace", "work unit",
		// A workplace named by its kind (heldout17 "the centre did not pay my yibao").
		"training centre", "training center", "the centre", "restaurant", "cafe", "hotel", "the school", "my school"}
	zhIndividual = []string{"自己买", "自个儿买", "灵活就业", "自由职业", "个体户", "个体工商户", "自己缴", "个人缴", "自缴", "自己在缴", "自费缴",
		"以个人身份", "个人身份", "自己付", "打零工", "零工", "自个儿缴", "自个缴", "自个儿"}
	enIndividual = []string{"flexib*", "freelanc*", "self employed", "selfemployed", "self employd", "selfemployd", "self emplyed", "self employeed", "gig", "gigs",
		"pay myself", "paying myself", "pay it myself", "pay by myself", "paid myself", "on my own",
		"sole trader", "sole proprietor", "as an individual", "individually",
		// "I pay my own employee insurance", "stopped paying my own" (heldout14).
		"pay my own", "paying my own", "paid my own", "pays my own"}

	zhArrearsStrong = []string{"还在原单位", "还在原来的单位", "还在原公司", "还在原来的公司", "没换工作", "没换单位", "没有换工作",
		"没给缴", "没给我缴", "不给缴", "不给我缴", "没帮我缴", "不帮我缴", "没有给我缴",
		// "三个月没帮我们缴医保", "没给我们缴".
		"没帮我们缴", "不帮我们缴", "没给我们缴", "不给我们缴", "没帮缴", "没替我缴", "没替我们缴",
		"拖欠"}
	zhArrearsUnit = []string{"欠费", "欠缴", "欠"}
	zhArrearsWeak = []string{"没缴", "没有缴", "未缴", "停缴", "不缴", "断缴", "停了", "漏缴", "少缴", "断了", "停保",
		"没给", "不给"}
	enArrears = []string{"didnt pay", "did not pay", "stopped paying", "stop paying", "stopped contributing",
		"stopped contributions", "stopped my", "owes", "owe", "owed", "owing", "hasnt paid", "has not paid",
		"havent paid", "have not paid", "hadnt paid", "not paying", "isnt paying", "doesnt pay",
		"does not pay", "didnt contribute", "arrears", "unpaid", "failed to pay", "hasnt been paying",
		"wasnt paying", "never paid", "no longer pays", "no longer paying", "skipped",
		"not payed", "not paid", "hasnt payed", "didnt payed", "havent payed"}

	zhJobChange = []string{"换工作", "换了工作", "换了个工作", "换了一份工作", "跳槽", "新单位", "新公司", "新工作",
		"调动", "转到", "换城市", "换了城市", "换单位", "换了单位", "换公司", "换了公司", "转入", "转移",
		"别的公司", "入职新", "换了新",
		// Cantonese (咗 is read as 了): "转咗份工" → "转了份工".
		"转工", "转了工", "转了份工", "转份工", "换了份工", "换份工", "转了公司", "转公司"}
	enJobChange = []string{"changed job", "changed jobs", "change job", "change jobs", "changing job",
		"changing jobs", "switched job", "switched jobs", "switch jobs", "switching jobs", "new job",
		"new employer", "new company", "transferred", "job change", "job switch",
		"another company", "different company", "another city", "different city"}
	zhLeftJob = []string{"从公司出来", "从单位出来", "从厂里出来", "从厂出来", "离职", "辞职", "失业", "被裁", "裁员", "被辞退", "辞退", "没工作", "没有工作", "待业",
		"下岗", "开除", "不干了", "离开公司", "离开单位", "解除劳动合同", "解除合同", "炒鱿鱼", "裸辞",
		// Everyday and dialect "quit" ("八月份从厂里辞了", "九月份辞了",
		// "辞工", "辞咗工" → 辞了工).
		"辞了", "辞工", "辞掉", "被辞", "辞了工",
		"合同到期", "合同到期了", "合同结束", "合同没续", "没续签", "合同期满"}
	enLeftJob = []string{"quit", "quitted", "laid off", "lay off", "layoff", "let go", "fired", "unemployed",
		"lost my job", "lost the job", "lost job", "left my job", "left the job", "left the company",
		"left my company", "left my employer", "resigned", "resign", "out of work", "jobless", "no job", "left my last job", "left my previous job", "left my old job", "left my former job", "left my last company",
		"dismissed", "redundant", "between jobs",
		// A contract that ended (heldout8 "expat in Beijing, contract ended five months ago").
		"contract ended", "contract expired", "contract finished", "contract ran out", "contract was not renewed",
		"contract not renewed", "contract terminated",
		// Someone asking for a relative (fix43b): "she left her job".
		"left her job", "left his job", "left their job", "left their jobs", "left her company", "left his company",
		"left her employer", "left his employer", "lost her job", "lost his job", "lost their job", "lost their jobs"}

	zhAtAge = []string{"到退休年龄", "到了退休年龄", "满退休年龄", "退休年龄到了", "过了退休年龄", "快退休", "要退休", "办退休", "准备退休", "即将退休", "马上退休",
		"临近退休", "快要退休", "该退休", "就要退休", "办理退休", "到龄",
		// "今年快到退休了" is not "退休了" (heldout13).
		"快到退休", "快要到退休", "马上到退休", "就快退休", "快到年龄",
		"够钟退休", "够钟退", "到年龄了", "到年纪了", "年龄到了", "年纪到了"}
	enAtAge = []string{"reached retirement age", "reach retirement age", "reaching retirement age",
		"at retirement age", "past retirement age", "reached the retirement age", "about to retire", "going to retire", "retiring soon", "retire soon",
		"near retirement", "nearing retirement", "close to retirement", "will retire", "retiring next",
		"retire next", "planning to retire", "approaching retirement", "retire this year", "retiring this year"}
	zhRetired = []string{"已退休", "已经退休", "退休了", "领养老金", "拿养老金", "领退休金", "拿退休金", "退休人员",
		"退休职工", "退休在家", "在领养老金", "拿退休工资", "领退休工资", "拿退休金的", "吃退休工资",
		"退休好些年", "退休好几年", "退休多年", "退休很多年", "退休好多年", "退休几年了", "退休十几年"}
	enRetired = []string{"retired", "retiree", "pensioner", "drawing a pension", "draw a pension",
		"drawing my pension", "drawing pension", "receiving a pension", "receive a pension",
		"receiving my pension", "getting a pension", "collecting a pension", "on a pension",
		"get a pension", "drawing a retirement pension"}
	zhWorking = []string{"在职", "上班", "在工作", "还在工作", "正常工作", "工作中", "在岗", "没退休", "未退休", "没有退休",
		"不是退休", "没到退休年龄", "没到年龄", "还年轻"}
	enWorking = []string{"still working", "working", "still work", "currently work", "i work", "have a job",
		"in work", "not retired", "not yet retired", "havent retired", "not retiring", "below retirement age"}

	// The insurance "working" (taking effect), not the person's job.
	enCoverWorks = []string{"it start working", "it starts working", "it be working", "it working", "it will start working",
		"insurance start working", "insurance starts working", "cover start working", "cover starts working", "start to work"}

	zhNewborn = []string{"新生儿", "刚出生", "刚生", "宝宝", "婴儿", "出生证", "刚满月"}
	enNewborn = []string{"newborn", "new born", "baby", "babies", "infant", "just born"}

	zhWindow = []string{"集中参保期", "集中征缴期", "集中缴费期", "集中参保", "集中征缴", "缴费期内", "参保期内",
		"征缴期内", "缴费期", "参保期", "征缴期"}
	enWindow = []string{"enrolment window", "enrollment window", "enrolment period", "enrollment period",
		"open enrolment", "open enrollment", "payment window", "enrolment season", "enrollment season",
		"window"}
	zhWindowNeg   = []string{"不在", "没在", "不是", "非", "错过了", "错过", "过了", "已过", "不", "超过了", "没赶上", "赶不上", "没赶得上", "没能赶上"}
	zhWindowAfter = []string{"已过", "过了", "已经过了", "结束", "已结束", "已经结束"}
	enWindowAfter = []string{" closed", " has closed", " is closed", " is over", " has passed", " passed",
		" ended", " has ended", " is past"}
)

var (
	lEmployee      = newList(zhEmployee, append(append(enEmployee, en23bFlexi...), en23cEmployee...))
	lResident      = newList(zhResident, enResident)
	lUnit          = newList(zhUnit, append(enUnit, en22Unit...))
	lIndividual    = newList(zhIndividual, append(enIndividual, en23bFlexi...))
	lArrearsStrong = newList(zhArrearsStrong, nil)
	lArrearsUnit   = newList(zhArrearsUnit, append(enArrears, en22Arrears...))
	lArrearsWeak   = newList(zhArrearsWeak, nil)
	lJobChange     = newList(zhJobChange, append(enJobChange, en21JobChange...))
	lLeftJob       = newList(zhLeftJob, enLeftJob)
	// The employer never registered the person (SIL art. 58 ¶1): "上",
	// "办", "买" or "参保" denied, or denied from the first day, not a
	// contribution that stopped ("没给我交了").
	lNotRegistered = newList(append(zh21NeverRegistered, "没给我上社保", "没给上社保", "没给我上医保", "没给上医保", "没给我上保险", "没给我买社保",
		"没给买社保", "没给我买医保", "没给我办社保", "没给办社保", "没给我办医保", "没给我参保", "没给参保", "没有给我上社保",
		"没有给我买社保", "没有给我办社保", "没有给我上医保", "不给我上社保", "不给上社保", "不给我买社保", "入职就没给办",
		"入职就没给我办", "入职就没给上", "入职就没给我上", "入职就没缴", "入职就没给缴", "从来没给我缴", "从来没给我上",
		"一直没给我上", "一直没给我办", "一直没给上", "没有参保登记", "没办参保登记", "没给我登记", "没给登记", "没上过社保",
		"从没给我上", "没给我上过", "没给俺上社保", "没给俺上医保", "没给俺办社保", "一直没给俺上", "一直没给俺办", "从来没给俺上",
		// 帮 for 给, 登记 for 参保 ("压根没帮我办社保", "没给办登记").
		"没帮我办社保", "没帮办社保", "没帮我上社保", "没帮我上医保", "没帮我办医保", "没帮我买社保", "没帮我参保",
		"没给办登记", "没办登记", "没给我办登记", "没帮我登记", "没帮我办登记", "压根没给我办", "压根没给办", "压根没帮我办", "压根没给我上",
		// For a whole workforce, or a probation told as a reason ("厂里一直没给我们买社保 说是试用期不买").
		"没给我们买社保", "没给我们上社保", "没给我们办社保", "没给我们买医保", "没给我们上医保", "没给我们参保",
		"没给大家买社保", "没给工人买社保", "试用期不买", "试用期不上", "试用期不给买", "试用期不给上", "试用期不办", "试用期没买", "试用期没给买"),
		[]string{"never registered", "not registered", "never enrolled me", "didnt register me", "did not register me",
			"never signed me up", "never put me on", "never insured me", "never paid any", "never paid for me",
			"never register", "never registers", "didnt register", "did not register", "not register me", "never sign me up",
			"didnt sign me up", "did not sign me up", "never signed us up", "never registered us"})
	// Drawing a pension or retiree cover: retired in the rules' sense.
	lPension = newList([]string{"领养老金", "拿养老金", "领退休金", "拿退休金", "在领养老金", "退休待遇", "养老金", "退休工资"},
		[]string{"pension", "pensioner", "drawing benefits"})
	// Asking whether one still has to pay.
	lStillPay = newList([]string{"还要缴吗", "还要缴", "还用缴", "还需要缴", "要不要缴", "还得缴", "用不用缴", "需不需要缴", "还缴吗"},
		[]string{"still have to pay", "still need to pay", "still pay", "need to keep paying", "have to keep paying"})
	// "no new job yet" names a new job only to deny it.
	// "一直没给我交" (never paid since starting, "厂子一直没给俺交社保
	// 干了八个月了"): never registered unless a start of the gap is named
	// ("从十月开始一直没给我交" stays arrears); see the reason switch.
	lNeverPaid = newList([]string{"一直没给我缴", "一直没给俺缴", "一直没给缴", "一直没有给我缴", "一直没有给俺缴",
		"一直都没给我缴", "一直都没给俺缴", "从来没给俺缴", "从来没给缴", "从没给我缴", "从没给俺缴",
		"一直没给我们缴", "从来没给我们缴"}, nil)
	lNoNewJob = newList([]string{"没找到新工作", "还没找到工作", "还没有新工作", "没有新单位", "还没有新单位", "没有新工作",
		"还没着落", "没有着落", "没着落", "还没找到", "还没找着", "没找着工作", "还在找工作", "工作还没找"},
		[]string{"no new job", "no job yet", "not found a new job", "havent found a new job", "without a new job", "no new employer"})
	// People who are plainly not newborns ("我妈今年58了").
	lNotNewborn = newList([]string{"我妈", "我爸", "老人", "大人", "成人", "成年", "老公", "老婆", "我自己", "本人", "父母", "爸妈",
		"阿母", "阿爸", "老爷子", "老太太", "我爹", "我娘", "老母",
		// Sichuanese 老汉儿 (father), 老妈儿; Cantonese 老豆, 阿妈; 公公婆婆, 爷爷奶奶.
		"老汉儿", "老汉", "老妈儿", "老豆", "老窦", "阿妈", "爷爷", "奶奶", "外公", "外婆", "公公", "婆婆", "姥姥", "姥爷"},
		[]string{"my mother", "my father", "my mom", "my dad", "my parents", "adult", "myself"})
	lAtAge     = newList(zhAtAge, enAtAge)
	lRetired   = newList(zhRetired, enRetired)
	lWorking   = newList(zhWorking, enWorking)
	lNewborn   = newList(zhNewborn, enNewborn)
	lWindow    = newList(zhWindow, enWindow)
	lSexMale   = newList([]string{"男"}, []string{"male", "man", "guy", "gentleman"})
	lSexFemale = newList([]string{"女"}, []string{"female", "woman", "lady"})
	lStrongQ   = newList(zhStrongQ, enStrongQ)
	lWeakQ     = newList(zhWeakQ, enWeakQ)
)

type statusWords struct {
	status   rules.UnitStatus
	alone    wordList // enough alone
	unitOnly wordList // needs a unit word in the message
}

func statusList(st rules.UnitStatus, zh, en, zhUnitOnly, enUnitOnly []string) statusWords {
	return statusWords{st, newList(zh, en), newList(zhUnitOnly, enUnitOnly)}
}

var statusTable = []statusWords{
	// A boss who is gone, in the words people use; before bankruptcy so
	// "老板跑了，厂子也倒闭了" still reads bankrupt only where no boss is named.
	statusList(rules.UnitAbsconded, []string{"老板不见了", "老板人不见了", "老板找不到", "老板人找不到", "找不到老板", "联系不上老板",
		"老板联系不上", "老板失联", "老板跑了", "老板人跑了", "老板消失", "老板玩失踪", "老板失踪", "找不到人了", "人找不到了", "老闆不見了", "老闆跑了",
		// Cantonese 走咗佬 (走了佬): fled.
		"老板走了佬", "老板走佬", "走了佬"},
		[]string{"boss disappeared", "boss has disappeared", "boss vanished", "boss is gone", "boss ran off", "boss ran away",
			"boss is missing", "cant reach the boss", "cannot reach the boss", "cant find the boss", "owner disappeared",
			"owner ran off", "owner ran away", "owner vanished", "employer vanished", "employer disappeared"},
		nil, nil),
	// Closed for good, with no word of bankruptcy: an employer that no
	// longer exists, not one in proceedings.
	statusList(rules.UnitClosed, []string{"关门不干了", "彻底关门", "永久关闭", "关门大吉", "执笠", "执了笠"},
		[]string{"shut down for good", "closed for good", "shut for good", "closed down for good", "closed permanently",
			"shut down permanently", "permanently closed", "closed its doors"},
		nil, nil),
	// Only bankruptcy words are bankrupt (proceedings, a liquidator to
	// claim from); 倒闭 is kept here as people use it for both.
	statusList(rules.UnitBankrupt, []string{"破产", "倒闭", "清算"},
		[]string{"bankrupt*", "liquidat*", "insolven*", "went bust", "gone bust"},
		nil,
		[]string{"bust"}),
	// A unit that ran off or closed, in words that need the unit named
	// ("公司跑路了", "厂子黄了", "the company folded"): gone, not in
	// bankruptcy, whose answer would send the person to a liquidator.
	statusList(rules.UnitAbsconded, []string{"跑路", "頭家走", "头家走", "头家跑", "頭家跑", "老板也联系不上", "老板也找不到", "老板也不见",
		"卷钱跑", "卷款跑", "老板逃", "老板躲起来", "老板溜了", "跑光了", "老板不露面"},
		[]string{"boss took off", "owner took off", "boss fled", "owner fled", "boss skipped town", "owner skipped town"},
		[]string{"人去楼空", "走佬"},
		[]string{"ran away", "ran off", "disappeared", "vanished"}),
	statusList(rules.UnitClosed, nil,
		[]string{"out of business", "went under", "gone under"},
		[]string{"关门", "關門", "注销", "註銷", "黄了", "黃了", "垮了", "没了", "沒了", "解散", "停业", "歇业", "关张", "散伙",
			// Sichuan 垮杆: folded (heldout12).
			"垮杆", "垮竿",
			"关了门", "停产了"},
		[]string{"closed down", "shut down", "closed", "folded", "doesnt exist", "does not exist", "no longer exists"}),
	// An employer that no longer exists, said plainly.
	statusList(rules.UnitClosed, []string{"公司没了", "单位没了", "厂子没了", "厂没了", "公司关了", "厂子关了", "公司已注销", "单位已注销"},
		[]string{"company is gone", "company no longer exists", "employer no longer exists", "company closed", "employer closed"},
		nil, nil),
	statusList(rules.UnitAuctioned, []string{"拍卖"},
		[]string{"auction*"},
		[]string{"被卖", "出售", "租赁", "卖掉", "卖了", "转卖", "被租", "被拍"},
		[]string{"sold off", "sold", "leased", "lease", "was sold"}),
	statusList(rules.UnitMerged, []string{"被收购", "兼并", "被合并"},
		[]string{"merged", "merger", "taken over", "takeover", "bought out"},
		[]string{"合并", "收购", "并购"},
		[]string{"acquired", "take over", "bought by", "merge"}),
	statusList(rules.UnitDivided, []string{"分立"},
		nil,
		[]string{"拆分", "分拆", "拆成"},
		[]string{"split", "divided", "spun off", "spin off", "broken up", "split up"}),
	statusList(rules.UnitHardship, []string{"资金紧张", "发不出工资", "发不出", "经营困难", "资金困难"},
		[]string{"cash flow", "cashflow", "cant pay in full", "cannot pay in full", "can not pay in full",
			"unable to pay in full"},
		append(zh21Hardship, "困难", "没钱", "分期", "缺钱", "周转不", "亏损", "缴不起", "交不起", "付不起",
			// Cantonese and Hokkien "no money" (issue 17, read17c).
			"冇钱", "冇錢", "无钱", "無錢", "冇米"),
		append(en21Hardship, "struggling", "hardship", "difficult*", "instalment*", "installment*", "no money", "broke",
			"financial trouble", "financial troubles", "short of money", "in trouble", "trouble", "can not pay all", "cannot pay all", "cant pay all",
			"pay later", "will pay later", "pay it later")),
	statusList(rules.UnitNormal, []string{"正常经营", "经营正常", "还在经营", "正常运营", "运营正常", "正常营业", "还在营业",
		"正常开", "还开着", "还在开", "好好的"},
		// Northern "单位还干着呢", "照常干", Cantonese "公司仲开紧": trading as before.
		[]string{"operating normally", "still operating", "running normally", "still running", "operating as normal"},
		[]string{"正常", "还干着", "还在干", "照常干", "照常营业", "照常开", "仲开紧", "仲开",
			// The business doing well: "公司整得挺好的", "公司生意好得很".
			"整得挺好", "整得好好的", "生意好得很", "生意很好", "生意挺好", "生意好着", "效益很好", "效益挺好", "效益好得很"},
		[]string{"normal", "normally", "running", "operating"}),
}

// retiredFor reads a time since retiring ("退休三年了", "退休5年多了",
// "退休好几年了"): retired. "离退休还有三年" and "快退休两年了" are not.
func retiredFor(s string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], "退休")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("退休")
		if _, ok := hasSuffixAny(s[:i], []string{"离", "距", "距离", "还有", "快", "要", "差", "到", "没", "未", "等"}); ok {
			continue
		}
		rest := s[from:]
		n, ok := parseNumAt(rest, 0)
		if !ok || n.v <= 0 {
			if !hasPrefixAny(rest, []string{"几", "好几", "多"}) {
				continue
			}
			_, size := utf8.DecodeRuneInString(rest)
			if strings.HasPrefix(rest, "好几") {
				size = len("好几")
			}
			n.end = size
		}
		after := strings.TrimPrefix(rest[n.end:], "个")
		if hasPrefixAny(after, []string{"年了", "年多了", "多年了", "年啦", "月了", "个月了", " years ago", " year ago"}) {
			return true
		}
	}
}

// retiredDone tell a retirement that has been granted ("退休前交了30年",
// "退休手续办完了"), not just the age reached.
var retiredDone = []string{"退休前", "退休之前", "退休以前", "退休手续办了", "退休手续办完", "办完退休", "办了退休", "退休手续已经办",
	"before i retired", "since i retired", "after i retired"}

// unitStillThere reports "公司还在" said as a clause of its own ("单位欠的
// 公司还在"): the employer exists and trades. "公司还在拖" goes on to say
// something else and is not it.
func unitStillThere(s string) bool {
	for _, w := range []string{"公司还在", "单位还在", "厂子还在", "厂还在", "公司都还在", "单位都还在"} {
		for from := 0; ; {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			end := from + i + len(w)
			from = end
			if _, neg := hasSuffixAny(s[:end-len(w)], []string{"不知道", "不确定"}); neg {
				continue
			}
			r, _ := utf8.DecodeRuneInString(s[end:])
			if end == len(s) || r < 0x2E80 || strings.ContainsRune("呢的啊呀吧嘛哦，。、", r) {
				return true
			}
		}
	}
	return false
}

// zhNotOwed, right before 欠, says nobody owes: "不是公司欠", "公司没欠".
var zhNotOwed = []string{"不是公司", "不是单位", "不是老板", "不是厂里", "没", "没有", "不"}

// zhAsksWhether, right before "自己交", makes it a question about paying
// from now on: "要不要先自己交", "能不能自己交".
var zhAsksWhether = []string{"要不要先", "要不要", "能不能先", "能不能", "能否", "可不可以", "是不是要", "是不是得", "该不该",
	"需不需要", "用不用", "中不中", "行不行", "是否"}

func (x *extractor) keywords(e *Extracted) {
	s := x.s
	exp := x.expecting
	// With the unit's status on screen, "困难 交不起" and "normal i think"
	// are about the unit.
	hasUnit := x.hasUnit()
	aboutUnit := hasUnit || exp == rules.FieldUnitStatus

	// Unit status.
	for _, st := range statusTable {
		neg := []string{"没有", "没", "不是", "未", "不会"}
		if x.findPlain(st.alone, neg) >= 0 || aboutUnit && x.findPlain(st.unitOnly, neg) >= 0 {
			e.UnitStatus = st.status
			break
		}
	}
	if e.UnitStatus == "" && unitShut(s) {
		e.UnitStatus = rules.UnitClosed
	}
	if e.UnitStatus == "" && (unitStillThere(s) || unitStillOpen(s, exp)) {
		e.UnitStatus = rules.UnitNormal
	}
	if e.UnitStatus == "" && exp == rules.FieldUnitStatus {
		if x.bareIs([]string{"正常", "正常的", "没有", "都没有", "没", "normal", "fine", "ok", "none", "no", "nothing", "operating"}) {
			e.UnitStatus = rules.UnitNormal
		}
	}

	// 倒闭 is kept as bankrupt, but with the people gone as well ("工厂倒闭
	// 了 人去楼空", "倒闭了老板跑路") the employer has vanished, not
	// entered proceedings someone could claim from.
	if e.UnitStatus == rules.UnitBankrupt && !hasAny(s, []string{"破产", "清算", "bankrupt", "liquidat", "insolven"}) {
		for _, st := range statusTable {
			if st.status == rules.UnitAbsconded && (x.findPlain(st.alone, nil) >= 0 || x.findPlain(st.unitOnly, nil) >= 0) {
				e.UnitStatus = rules.UnitAbsconded
				break
			}
		}
	}

	x.unitGone17f(e)
	x.runningNotHardship(e)
	x.normalIsPaying(e)

	// Reason.
	// "不是公司欠" takes the debt back: the correction says who did not
	// owe, so it is no arrears ("其实是我自己辞职了 不是公司欠").
	strongArrears := x.has(lArrearsStrong) || hasUnit && x.findPlain(lArrearsUnit, zhNotOwed) >= 0
	strongArrears = strongArrears || hasUnit && delayedPay(s) // "厂拖了我们医保" (delayed_h14.go)
	strongArrears = strongArrears && !x.stoppedOnLeaving()    // "quit …, the company stopped my insurance" (leftstop_h14.go)
	switch {
	case (x.has(lNotRegistered) || x.has(lNeverPaid) && e.Gap == nil) && (e.UnitStatus == "" || e.UnitStatus == rules.UnitNormal):
		// A unit still trading ("厂子生意挺好的") that never registered
		// its workers has not registered them all the same (heldout11).
		// Never registered: no cover ever stopped, so no arrears.
		e.Reason = rules.ReasonNotRegistered
	case e.UnitStatus == "" && x.jobChangeGap():
		e.Reason = rules.ReasonJobChange
	case e.UnitStatus != "" || strongArrears:
		e.Reason = rules.ReasonArrears
	case x.findPlain(lUnemploymentBenefit, []string{"没领", "没有领", "不能领", "领不了", "没有", "没", "不"}) >= 0:
		// Drawing (or just ending) unemployment benefit: the fund paid
		// the employee-scheme premium for those months (SIL art. 48; ZJ
		// art. 30), so "领到十一月底" is no gap and no stop day.
		e.Reason = rules.ReasonUnemployment
	case x.noNewJob():
		e.Reason = rules.ReasonLeftJob
	case x.has(lJobChange):
		e.Reason = rules.ReasonJobChange
	case x.has(lLeftJob) && !x.has(lUnemploymentBenefit):
		e.Reason = rules.ReasonLeftJob
	case hasUnit && x.has(lArrearsWeak):
		e.Reason = rules.ReasonArrears
	}

	// Payer and scheme.
	// "我要不要先自己交上啊" asks about paying oneself from now on; it does
	// not say who paid before the gap.
	indiv := x.findPlain(lIndividual, zhAsksWhether) >= 0 || x.ownPayStopped() // payerstop_h14.go
	if !indiv && exp == rules.FieldPayer {
		indiv = x.bareIs([]string{"自己", "我自己", "个人", "本人", "我", "自个", "自个儿", "me", "myself", "self", "i do", "i pay", "individual", "personal"})
	}
	switch {
	case indiv:
		e.Payer = rules.PayerIndividual
	case e.Reason == rules.ReasonUnemployment:
		// The unemployment fund pays; the payer is not asked.
	case hasUnit || e.Reason != "":
		e.Payer = rules.PayerUnit
	}
	resident := x.has(lResident)
	employee := x.has(lEmployee)
	if resident && employee {
		// "不是居民医保 是职工医保": the scheme denied is not the one meant.
		resident, employee = x.schemeNotDenied(lResident), x.schemeNotDenied(lEmployee)
	}
	if !resident && !employee && exp == rules.FieldScheme {
		resident = x.bareIs([]string{"居民", "城乡", "resident", "residents", "resident one"})
		employee = x.bareIs([]string{"employee", "employees", "employee one", "worker", "workers"})
	}
	switch {
	case resident && employee && x.switchOf(e):
	case resident:
		e.Scheme = rules.SchemeResident
	case employee:
		e.Scheme = rules.SchemeEmployee
	}

	// Retirement.
	retired := x.findPlain(lRetired, zhNeg) >= 0 || retiredFor(s)
	switch {
	case x.findPlain(lAtAge, []string{"没", "没有", "还没", "未", "不是"}) >= 0 || !retired && atAgeMore(s):
		e.Retirement = rules.RetirementAtAge
	case retired && hasAny(s, retiredDone):
		// "已经退休了 退休前交了30年": the years are told as before a
		// retirement that has happened, so the person is retired.
		e.Retirement = rules.RetirementRetired
	case retired && !x.has(lPension) && (e.YearsPaid != nil || x.has(lStillPay)):
		// "退休了 交了十五年整 退休了还要交吗": whether a retiree pays
		// nothing depends on the years paid (SIL art. 27), so the
		// everyday "退休了" is read as having reached the age, where the
		// years are checked, unless the person says they draw a pension.
		e.Retirement = rules.RetirementAtAge
	case retired:
		e.Retirement = rules.RetirementRetired
	case x.findPlain(lWorking, []string{"没", "不", "没有", "未", "不在", "没在", "没再", "不再", "没有再"}) >= 0 &&
		(!hasAny(x.s, enCoverWorks) || hasAny(x.s, []string{"still working", "i work", "im working", "currently work", "have a job", "not retired"})):
		e.Retirement = rules.RetirementWorking
	}

	// Sex.
	e.Sex = x.sex()

	// Newborn.
	if (x.has(lResident) || exp == rules.FieldNewborn) && x.has(lNotNewborn) && !x.has(lNewborn) {
		b := false
		e.Newborn = &b
	}
	if i, _ := x.find(lNewborn); i >= 0 {
		neg := false
		if s[i] >= 0x80 {
			_, neg = hasSuffixAny(s[:i], []string{"不是", "不", "非", "没有", "并非", "不算"})
		} else {
			neg = enNegated(s, i, false)
		}
		b := !neg
		e.Newborn = &b
	}

	if e.Newborn == nil && bornRecently(s) {
		// "上个月在广州出生", "出生二十天了", "born two weeks ago": a
		// child born within weeks is a newborn under any local rule.
		b := true
		e.Newborn = &b
	}

	// In the enrolment window.
	if i, end := x.find(lWindow); i >= 0 {
		neg := false
		rest := s[end:]
		if s[i] >= 0x80 {
			_, neg = hasSuffixAny(s[:i], zhWindowNeg)
			neg = neg || hasPrefixAny(rest, zhWindowAfter) || hasPrefixAny(strings.TrimPrefix(rest, "内"), zhWindowAfter)
		} else {
			neg = enNegated(s, i, true) || hasPrefixAny(rest, enWindowAfter)
		}
		b := !neg
		e.InWindow = &b
	} else if exp == rules.FieldInWindow {
		switch {
		case x.bareIs([]string{"在", "在的", "在呢", "是在", "在期内", "期内", "in", "inside", "within", "yes in"}):
			b := true
			e.InWindow = &b
		case x.bareIs([]string{"不在", "没在", "错过了", "错过", "过了", "已经过了", "missed", "missed it", "outside", "not in"}):
			b := false
			e.InWindow = &b
		}
	}
}

// hasUnit reports an employer word; 企业 in 企业职工(医保), the scheme's full
// name, does not count.
func (x *extractor) hasUnit() bool {
	for _, h := range x.hits[:x.nh] {
		if h.list == lUnit && !(x.s[h.pos:h.end] == "企业" && strings.HasPrefix(x.s[h.end:], "职工")) {
			return true
		}
	}
	return false
}

// bareIs reports whether the whole message (without trailing particles) is
// one of list.
func (x *extractor) bareIs(list []string) bool {
	t := trimHedges(trimParticles(x.s))
	for _, w := range list {
		if t == w {
			return true
		}
	}
	return false
}

// hedges wrap a short answer without changing it: "employee I think",
// "应该是居民".
var (
	hedgePrefixes = []string{"i think its ", "i think it is ", "i think ", "i guess ", "probably ", "maybe ", "prob ",
		"应该是", "大概是", "好像是", "可能是", "应该", "大概", "好像",
		"yeah ", "yes ", "yep ", "yup ", "yea ", "ya "} // "yeah employee" (heldout18)
	hedgeSuffixes = []string{" i think", " i guess", " probably", " maybe", " i believe", " im pretty sure", " i suppose"}
)

// trimHedges drops one hedge before and one after a short answer.
func trimHedges(s string) string {
	for _, p := range hedgePrefixes {
		if t, ok := strings.CutPrefix(s, p); ok && t != "" {
			s = t
			break
		}
	}
	for _, q := range hedgeSuffixes {
		if t, ok := strings.CutSuffix(s, q); ok && t != "" {
			s = t
			break
		}
	}
	return strings.Trim(s, " ,")
}

func trimParticles(s string) string {
	s = strings.Trim(s, " ,")
	for {
		r, size := utf8.DecodeLastRuneInString(s)
		if size == 0 || !strings.ContainsRune("啊呀吧呢哦啦嘛哈噢喔", r) || len(s) == size {
			break
		}
		s = strings.TrimRight(s[:len(s)-size], " ,")
	}
	return s
}

func (x *extractor) sex() rules.Sex {
	s := x.s
	for _, h := range x.hits[:x.nh] {
		if h.list != lSexMale && h.list != lSexFemale {
			continue
		}
		if s[h.pos] >= 0x80 {
			// 男/女 inside 女儿, 子女, 男朋友, 女婴, 美女, 男女 … is someone else.
			nx, _ := utf8.DecodeRuneInString(s[h.end:])
			pv, _ := utf8.DecodeLastRuneInString(s[:h.pos])
			if strings.ContainsRune("儿孩友朋宝婴童方男女", nx) || strings.ContainsRune("儿子孙侄甥美男女闺仔", pv) {
				continue
			}
		}
		if h.list == lSexMale {
			return rules.SexMale
		}
		return rules.SexFemale
	}
	if x.expecting == rules.FieldSex {
		switch trimParticles(s) {
		case "m", "boy", "men", "him", "he":
			return rules.SexMale
		case "f", "girl", "women", "her", "she":
			return rules.SexFemale
		}
	}
	return ""
}

// zhSwitchWords turn one scheme into the other ("职工医保转成居民医保");
// zhBeforeWords name the scheme left ("之前职工医保").
var (
	zhSwitchWords = []string{"转成", "转为", "转到", "转入", "改成", "改为", "换成", "改缴", "转缴", "转去", "转"}
	enSwitchWords = []string{"switch", "change", "move", "moving", "transfer"}
)

// switchOf reads a message naming both schemes as a switch: the scheme
// after a switching word is the new one, the other the one left
// ("之前职工医保连续交了五年 想转成居民医保", "from the employee scheme to
// the resident one"). It reports false when there is no switching word
// between them, and the scheme is then read as before.
func (x *extractor) switchOf(e *Extracted) bool {
	ep, _ := x.find(lEmployee)
	rp, _ := x.find(lResident)
	if ep < 0 || rp < 0 {
		return false
	}
	if to, ok := x.switchTarget(); ok { // "switch to resident … had employee" (switchto_h14.go)
		e.Scheme, e.PriorScheme = to, otherScheme(to)
		return true
	}
	// "resident insurance for 4 years, now I'm self employed and want to
	// switch to employee insurance": a later naming of the scheme may be
	// the one switched to.
	for _, h := range x.hits[:x.nh] {
		p := int(h.pos)
		if (h.list == lEmployee || h.list == lResident) && p > ep && p > rp && (x.switchBetween(ep, rp, p, h.list == lEmployee) ||
			h.list == lEmployee && switchByContrast(x.s, rp, p) || h.list == lResident && switchByContrast(x.s, ep, p)) {
			return x.switchAt(e, ep, rp, p, h.list == lEmployee)
		}
	}
	return x.switchAt(e, ep, rp, -1, false)
}

// switchBetween reports a switching word between the other scheme's first
// naming and a later naming at p of the employee (emp) or resident scheme.
func (x *extractor) switchBetween(ep, rp, p int, emp bool) bool {
	from := ep
	if emp {
		from = rp
	}
	if from > p {
		return false
	}
	between := x.s[from:p]
	for _, w := range append(zhSwitchWords, enSwitchWords...) {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// switchAt is switchOf with the employee scheme's naming at ep and the
// resident's at rp; p >= 0 replaces the one of them the switch names.
func (x *extractor) switchAt(e *Extracted, ep, rp, p int, emp bool) bool {
	if p >= 0 {
		if emp {
			ep = p
		} else {
			rp = p
		}
	}
	first, second := rules.SchemeEmployee, rules.SchemeResident
	a, b := ep, rp
	if rp < ep {
		first, second, a, b = second, first, rp, ep
	}
	between := x.s[a:b]
	for _, w := range append(zhSwitchWords, enSwitchWords...) {
		if strings.Contains(between, w) {
			e.Scheme, e.PriorScheme = second, first
			return true
		}
	}
	if switchLeavingOK(string(first), x.s[:b], between) || switchFromTo(x.s, a, between) || hasPrefixAny(x.s[b:], []string{"switch", "change to", "move to"}) ||
		switchByContrast(x.s, a, b) {
		e.Scheme, e.PriorScheme = second, first
		return true
	}
	return false
}

// bornRecently reports a birth told as weeks ago at most: "上个月在广州
// 出生", "这个月刚出生", "出生二十天了", "出生才一周", "born two weeks ago",
// "born last month". A birth further back, or told without its time, is
// not read (the newborn question asks it).
func bornRecently(s string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], "出生")
		if j < 0 {
			break
		}
		i := k + j
		k = i + len("出生")
		before := cutRunesBack(clauseBefore(s, i), 10)
		if hasAny(before, []string{"上个月", "这个月", "本月", "上周", "上星期", "上礼拜", "这周", "前几天", "前天", "昨天", "刚刚", "刚"}) &&
			!hasAny(before, []string{"不是", "没有", "去年", "前年"}) {
			return true
		}
		after := s[k:]
		for changed := true; changed; {
			changed = false
			for _, f := range []string{"了", "才", "刚", "刚刚", "还不到", "不到", "快", "有", "已经", "才刚", " "} {
				if t, ok := strings.CutPrefix(after, f); ok {
					after, changed = t, true
				}
			}
		}
		n := 0
		for n < len(after) && n < 12 {
			r, size := utf8.DecodeRuneInString(after[n:])
			if !(r >= '0' && r <= '9' || isHanNumeral(r) || r == '几') {
				break
			}
			n += size
		}
		if n > 0 && hasPrefixAny(after[n:], []string{"天", "日", "周", "个星期", "个礼拜", "星期", "礼拜"}) ||
			hasPrefixAny(after, []string{"半个月", "一个月", "个把月", "没几天", "几天", "一周"}) {
			return true
		}
	}
	t := " " + s + " "
	for _, w := range []string{" born last month", " born this month", " born last week", " born this week", " born yesterday",
		" born a few days ago", " born a week ago", " born a month ago", " born days ago", " born weeks ago", " just been born"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	if i := strings.Index(t, " born "); i >= 0 {
		f := strings.Fields(t[i+len(" born "):])
		if len(f) >= 3 && (f[1] == "days" || f[1] == "day" || f[1] == "weeks" || f[1] == "week") && f[2] == "ago" {
			return true
		}
	}
	return false
}

// cutRunesBack is the last n runes of s.
func cutRunesBack(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
