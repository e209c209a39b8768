package dialog

import (
	"strings"
	"testing"

	"bujiao/knowledge"
	"bujiao/rules"
)

func plain(replies []Reply) string {
	var b strings.Builder
	for _, r := range replies {
		b.WriteString(r.PlainText())
	}
	return b.String()
}

// TestUnitImpliedNote: a state presumed from months owed is answered at once
// and the answer says so, once; a state said is not flagged; a later
// "医保欠了我五个月" keeps the bankruptcy given before.
func TestUnitImpliedNote(t *testing.T) {
	m := testMachine(t)
	note := m.Knowledge().Msg(knowledge.Zh, "d.unit_implied_note")

	var s State
	s, replies, _ := m.Step(s, Input{Text: "深圳 公司欠了我三个月医保"}, testNow)
	if s.Facts.UnitStatus != rules.UnitNormal || !strings.Contains(plain(replies), note) {
		t.Fatalf("presumed: status %q, note shown %v", s.Facts.UnitStatus, strings.Contains(plain(replies), note))
	}
	s, replies, _ = m.Step(s, Input{Text: "欠了一万二"}, testNow)
	if strings.Contains(plain(replies), note) {
		t.Errorf("the note came twice")
	}
	s, _, _ = m.Step(s, Input{Text: "不是 老板跑了"}, testNow)
	if s.Facts.UnitStatus != rules.UnitAbsconded || s.UnitImplied {
		t.Errorf("after the boss ran off: status %q implied %v", s.Facts.UnitStatus, s.UnitImplied)
	}

	var said State
	said, replies, _ = m.Step(said, Input{Text: "深圳 公司欠了我三个月医保 工资照发"}, testNow)
	if said.Facts.UnitStatus != rules.UnitNormal || strings.Contains(plain(replies), note) {
		t.Errorf("said: status %q, note shown %v", said.Facts.UnitStatus, strings.Contains(plain(replies), note))
	}

	var notice State
	notice, _, _ = m.Step(notice, Input{Text: "公告：深圳市某某电子有限公司已于2026年10月进入破产清算程序，请全体员工于30日内向管理人申报债权。"}, testNow)
	notice, _, events := m.Step(notice, Input{Text: "我就是这个公司的 医保欠了我五个月 我现在医保还能用吗"}, testNow)
	answered := false
	for _, e := range events {
		answered = answered || e.Kind == EvAnswer
	}
	if notice.Facts.UnitStatus != rules.UnitBankrupt || notice.Facts.GapMonths == nil || *notice.Facts.GapMonths != 5 || !answered {
		t.Errorf("after the notice: status %q gap %v answered %v; want bankrupt, 5, answered again (no question which state holds)",
			notice.Facts.UnitStatus, notice.Facts.GapMonths, answered)
	}
}
