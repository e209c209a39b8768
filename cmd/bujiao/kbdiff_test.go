package main

import (
	"bytes"
	"strings"
	"testing"

	"bujiao/knowledge"
)

// fakeAnswers answers cases from a table, so the comparison is tested
// apart from the rules.
func fakeAnswers(t map[string]map[string]string) caseAnswerer {
	return func(_ *knowledge.Base, c diffCase) map[string]string { return t[c.name] }
}

func TestCompareKnowledgeFoldsIdenticalChanges(t *testing.T) {
	b, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	var cases []diffCase
	oldA, newA := map[string]map[string]string{}, map[string]map[string]string{}
	for _, name := range []string{"a", "b", "c", "d"} {
		cases = append(cases, diffCase{name: name})
		oldA[name] = map[string]string{"region.checked_on": "2026-11-25", "verdict": "re-enroll", "back_payment.estimate": "900.00"}
		newA[name] = map[string]string{"region.checked_on": "2026-12-01", "verdict": "re-enroll", "back_payment.estimate": "900.00"}
	}
	newA["b"]["verdict"] = "back-pay"
	newA["c"]["back_payment.estimate"] = "990.00"
	newA["d"]["documents[hukou]"] = "Household register"
	// Old and new are the same Base, so the FAQ is unchanged; the answers
	// differ through the fake.
	calls := 0
	answer := func(kb *knowledge.Base, c diffCase) map[string]string {
		calls++
		if calls%2 == 1 {
			return fakeAnswers(oldA)(kb, c)
		}
		return fakeAnswers(newA)(kb, c)
	}
	d := compareKnowledge(b, b, cases, answer)
	if d.ChangedCases != 4 || d.Cases != 4 {
		t.Errorf("changed %d of %d, want 4 of 4", d.ChangedCases, d.Cases)
	}
	want := map[string]int{changeVerdict: 1, changeDates: 0, changeMoney: 1, changeDocuments: 1, changeWording: 0, changeSources: 4}
	for k, n := range want {
		if d.ByKind[k] != n {
			t.Errorf("cases by kind %s = %d, want %d", k, d.ByKind[k], n)
		}
	}
	if len(d.Groups) != 4 {
		t.Fatalf("got %d groups, want 4 (one per distinct change): %+v", len(d.Groups), d.Groups)
	}
	if g := d.Groups[len(d.Groups)-1]; g.Field != "region.checked_on" || len(g.Cases) != 4 {
		t.Errorf("the checked_on change is not folded into one group of 4 cases, last in kind order: %+v", g)
	}
	if d.Groups[0].Kind != changeVerdict {
		t.Errorf("verdict changes should come first: %+v", d.Groups[0])
	}
	var out bytes.Buffer
	writeDiffText(&out, d, 12)
	lines := strings.Split(out.String(), "\n")
	if !strings.HasPrefix(lines[1], "4 of 4 cases changed: verdict 1, dates 0, money 1, documents 1, wording 0, sources 4") {
		t.Errorf("summary is not on the second line:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "region.checked_on: 2026-11-25 → 2026-12-01 in 4 case(s): a; b; c; … (+1)") {
		t.Errorf("folded line missing:\n%s", out.String())
	}
}

func TestCompareFAQ(t *testing.T) {
	mk := func(id, en string, qs ...string) *knowledge.FAQ {
		f := &knowledge.FAQ{ID: id}
		f.Answer.En, f.Answer.Zh = en, "答"
		f.Questions.En = qs
		return f
	}
	oldF := []*knowledge.FAQ{mk("kept", "Same.", "q1"), mk("docs", "Bring your ID.", "q1", "q2"), mk("gone", "Bye.", "q")}
	newF := []*knowledge.FAQ{mk("kept", "Same.", "q1"), mk("docs", "Bring your ID card.", "q1", "q3"), mk("new", "Hi.", "q")}
	got := compareFAQ(oldF, newF)
	var s []string
	for _, c := range got {
		s = append(s, c.ID+":"+c.Change+":"+c.Lang+":"+strings.Join(c.QuestionsAdded, ",")+"/"+strings.Join(c.QuestionsRemoved, ","))
	}
	want := "docs:reworded:en:/ docs:questions:en:q3/q2 new:added::/ gone:removed::/"
	if strings.Join(s, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(s, " "), want)
	}
}

func TestKBDiffGitOutsideCheckout(t *testing.T) {
	t.Chdir(t.TempDir())
	var stdout, stderr bytes.Buffer
	err := run(t.Context(), []string{"kb", "diff", "--git", "HEAD"}, strings.NewReader(""), &stdout, &stderr)
	if code := exitCode(err, &stderr); code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	if !strings.Contains(stderr.String(), "not inside a git checkout") {
		t.Errorf("stderr = %q", stderr.String())
	}
}

func TestCompareLaws(t *testing.T) {
	mk := func(id, checked string, arts ...string) *knowledge.Law {
		l := &knowledge.Law{ID: id}
		l.Title.En = id + " title"
		if err := l.Source.CheckedOn.UnmarshalText([]byte(checked)); err != nil {
			t.Fatal(err)
		}
		for i, a := range arts {
			l.Articles = append(l.Articles, knowledge.Article{Number: i + 1})
			l.Articles[i].Summary.En = a
		}
		return l
	}
	oldL := []*knowledge.Law{mk("a", "2026-11-25", "one", "two"), mk("gone", "2026-11-25")}
	newL := []*knowledge.Law{mk("a", "2026-12-01", "one", "TWO", "three"), mk("new", "2026-11-25")}
	var got []string
	for _, c := range compareLaws(oldL, newL) {
		got = append(got, c.ID+"|"+c.Field+"|"+c.Change+"|"+c.Before+"|"+c.After)
	}
	want := []string{
		"a|article 2.en|changed|two|TWO",
		"a|article 3.en|changed||three",
		"a|source.checked_on|changed|2026-11-25|2026-12-01",
		"new||added||new title",
		"gone||removed|gone title|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
