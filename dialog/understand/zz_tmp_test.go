package understand
import "testing"
func TestTmpDP(t *testing.T){ 
a:=Analyze("我在上海灵活就业 11月没缴 12月15号之前缴还来得及吗", auditToday, fakeRegions{}, "")
t.Logf("%s | stated %s | asks %v q=%q asked=%v", render(a.Extracted), render(a.Stated), a.Asks, a.Question, a.AskedGap)
}
