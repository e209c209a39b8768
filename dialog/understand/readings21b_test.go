package understand

import (
	"testing"

	"bujiao/rules"
)

// TestReadings21b: readings from the heldout18 misreads (fix21b), each in
// sibling wordings written for the test, with near misses. Today is
// 2026-11-25, the harness clock.
var readings21bCases = []extractCase{
	// A boss who cannot be found (找不着/找不见/寻不到), fled in Hokkien
	// (走路 after the boss, 揣无人) or Taiwanese 落跑, or Cantonese 搵唔到:
	// absconded, never an employer presumed trading.
	{"宁波那个厂的老板借了好多钱 现在人找不着了 社保三个月没交", "", "payer=unit reason=arrears status=absconded gap=3"},
	{"老板找不见了 厂里医保五个月没缴", "", "payer=unit reason=arrears status=absconded gap=5"},
	{"头家走路了 公司医保欠三个月", "", "payer=unit reason=arrears status=absconded gap=3"},
	{"阮头家走路去了 医保四个月无交", "", "payer=unit reason=arrears status=absconded gap=4"},
	{"公司老板落跑了 医保两个月没交", "", "payer=unit reason=arrears status=absconded gap=2"},
	{"厂里老细搵唔到人 医保欠咗三个月", "", "payer=unit reason=arrears status=absconded gap=3"},
	{"老板逃走了 社保六个月没交", "", "payer=unit reason=arrears status=absconded gap=6"},
	// Near misses: walking to work is asked about, never read as fled
	// (走路 blocks the presumption only); a boss still there is presumed.
	{"我每天走路去上班 公司医保两个月没交", "", "payer=unit reason=arrears gap=2 ret=working"},
	{"公司医保欠了两个月", "", "payer=unit reason=arrears status=normal implied=1 gap=2"},
	// A closure told with no time, the person not working since: the
	// months unpaid stay the employer's arrears; a closure long ago is a
	// job that ended.
	{"公司倒闭了 直接关门 医保停了两个月 我也没再上班", "", "payer=unit reason=arrears status=closed gap=2"},
	{"厂子关门了 医保断了四个月 我一直没上班", "", "payer=unit reason=arrears status=closed gap=4"},
	{"单位没了 医保停了五个月 我就没上班了", "", "payer=unit reason=arrears status=closed gap=5"},
	{"前年厂子就关门了 我就没上班 医保断了", "", "payer=unit reason=left-job"},
	{"单位早就黄了我就没上班 医保断了两年多", "", "payer=unit reason=left-job"},
	// A new hire whose employer has not started paying: not registered.
	{"刚毕业第一份工作 进公司三个月了还没给我买社保", "", "payer=unit reason=not-registered gap=3"},
	{"进厂两个月了 厂里还没给我上医保", "", "payer=unit reason=not-registered gap=2"},
	{"入职半年了公司都没给我交医保", "", "payer=unit reason=not-registered gap=6"},
	{"just started at a company in ningbo 2 months ago, they still havent enrolled me in insurance", "", "payer=unit reason=not-registered gap=2"},
	// Near misses: an employer that owed after paying, a job changed.
	{"入职两年了 公司欠了三个月医保", "", "payer=unit reason=arrears status=normal implied=1 gap=3"},
	{"换了工作 入职两个月了还没给我交医保 之前断了两个月", "", "payer=unit reason=job-change gap=2"},
	// A job found at last after leaving: a job change.
	{"从长沙辞职去深圳 找了三个月才找到工作 医保断了三个月", "", "payer=unit reason=job-change gap=3 region=guangdong"},
	{"辞职以后歇了两个月才又上班 医保断了两个月", "", "payer=unit reason=job-change gap=2 ret=working"},
	{"离职后找了5个月终于找到了 这5个月医保没交", "", "payer=unit reason=job-change gap=5"},
	// Near miss: still looking.
	{"辞职三个月了 还没找到 医保断了", "", "payer=unit reason=left-job gap=3"},
	// Months forgotten, the count first: a gap.
	{"个体户 自己交医保 有四个月忘交了", "", "scheme=employee payer=individual gap=4"},
	{"灵活就业 两个月忘记交了", "", "scheme=employee payer=individual gap=2"},
	{"自己交的社保 五个月忘了交", "", "payer=individual gap=5"},
	// Pinyin verbs in English ("didnt jiao my yibao", "still shangban").
	{"my gongsi in ningbo didnt jiao my shebao for 2 months, i still shangban", "", "payer=unit reason=arrears status=normal implied=1 gap=2 ret=working"},
	{"gongsi mei jiao my yibao 4 months, i still shangban", "", "payer=unit reason=arrears status=normal implied=1 gap=4 ret=working"},
	{"the boss didnt jiao shebao for 5 months but we still shang ban", "", "payer=unit reason=arrears status=normal implied=1 gap=5 ret=working"},
	// 哪能办 asks what to do; 深川 is 深圳.
	{"深川 自家交额医保 断脱三个号头了 哪能办", "", "payer=individual gap=3 region=guangdong"},
}

func TestReadings21b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range readings21bCases {
		if got := render(Extract(c.text, today, fakeRegions{}, c.expecting)); got != c.want {
			t.Errorf("Extract(%q)\n got: %s\nwant: %s", c.text, got, c.want)
		}
	}
}

// TestReadings21bScheme: a short reply at the scheme question with a
// "yes" in front ("yeah employee", "嗯 职工的").
func TestReadings21bScheme(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		text string
		want rules.Scheme
	}{
		{"yeah employee", rules.SchemeEmployee},
		{"employee", rules.SchemeEmployee},
		{"yes employee one", rules.SchemeEmployee},
		{"yep resident", rules.SchemeResident},
	} {
		if got := Extract(c.text, today, fakeRegions{}, rules.FieldScheme).Scheme; got != c.want {
			t.Errorf("Extract(%q) at scheme: %q, want %q", c.text, got, c.want)
		}
	}
}
