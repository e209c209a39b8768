package understand

import (
	"testing"

	"bujiao/rules"
)

// TestMachineRefused43b (fix43b): refusing the machine asks for a person;
// a machine named in a case or a question about the bot does not.
// Sibling wordings of my own (none from heldout30).
func TestMachineRefused43b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 12, Day: 7}
	for _, c := range []struct {
		in    string
		human bool
	}{
		{"我不想跟机器人聊", true},
		{"不要机器回复了", true},
		{"懒得和ai说", true},
		{"别再让机器人回我了", true},
		{"受够了机器人 找个能说话的", true},
		{"不和机器说话 给个电话", true},
		{"i dont want to talk to a bot", true},
		{"I don't want to chat with a machine", true},
		{"no more robots please", true},
		{"stop the bot", true},
		{"sick of this stupid chatbot", true},
		// not a refusal of the machine.
		{"我是不是在跟机器人聊天", false},
		{"医院的机器刷不了医保卡", false},
		{"my card did not work on the machine at the hospital", false},
		{"不想走程序 能直接补吗", false},
	} {
		a := Analyze(c.in, today, fakeCities36b{}, "")
		if a.Human != c.human {
			t.Errorf("%q: human %v, want %v", c.in, a.Human, c.human)
		}
	}
}

// TestTopicHowTo43b (fix43b): facts told before "<insurance> 咋整" are the
// person's own (the clause asks for the main flow, as 怎么办 does).
// Sibling wordings of my own (none from heldout30).
func TestTopicHowTo43b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, c := range []struct {
		in     string
		reason rules.Reason
	}{
		{"辞职了医保咋整 沈阳的 断了仨月了", rules.ReasonLeftJob},
		{"沈阳的 断了三个月了 辞职了医保咋整", rules.ReasonLeftJob},
		{"离职了这医保咋搞 长春 三个月没交", rules.ReasonLeftJob},
		{"俺辞工了医保这块咋弄 大连 俩月没交", rules.ReasonLeftJob},
		{"不干了 医保那块咋整 断了仨月 哈尔滨", rules.ReasonLeftJob},
		{"我寻思辞职了社保咋整啊 吉林 断了三个月", rules.ReasonLeftJob},
		{"辞职了医保的事咋个整 昆明 两个月没交", rules.ReasonLeftJob},
		{"辞职俩月了医保咋整呢 沈阳", rules.ReasonLeftJob},
	} {
		a := Analyze(c.in, today, fakeCities36b{}, "")
		if a.Stated.Reason != c.reason {
			t.Errorf("%q: stated reason %q, want %q", c.in, a.Stated.Reason, c.reason)
		}
	}
}

// TestRelativeLeft43b (fix43b): a relative's job left, told in the third
// person, is the reason. Sibling wordings of my own (none from heldout30).
func TestRelativeLeft43b(t *testing.T) {
	today := rules.Date{Year: 2026, Month: 11, Day: 25}
	for _, in := range []string{
		"She left her job and her insurance has been stopped for 3 months in Shenzhen.",
		"my husband lost his job in Suzhou, 2 months no insurance",
		"My parents lost their jobs in Wuhan gap 4 months",
		"he left his company in Hangzhou in august, insurance stopped",
		"my son left his job 3 months ago in guangzhou",
		"asking for my wife: she left her employer in Ningbo, insurance stopped 5 months ago",
		"my brother left his jbo... sorry left his job in Xiamen, 2 months gap",
		"daughter lost her job in chengdu insurance stopped two months",
	} {
		if e := Analyze(in, today, fakeCities36b{}, "").Extracted; e.Reason != rules.ReasonLeftJob {
			t.Errorf("%q: reason %q, want left-job", in, e.Reason)
		}
	}
}

// TestTopicHowToAsks43b (fix43b): the time or thing asked about before
// "医保咋整" is a question, not a fact told.
func TestTopicHowToAsks43b(t *testing.T) {
	for _, c := range []string{"中间这一个月", "那这两个月", "没上班这段时间", "以后", ""} {
		if topicHowTo43b(c + "医保") {
			t.Errorf("%q: read as told, want asked", c+"医保")
		}
	}
}
