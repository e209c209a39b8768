package knowledge_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"bujiao/knowledge"
	"bujiao/rules"
)

// icsGolden are calendars whose bytes are pinned: a window (transfer), a
// waiting period, a deadline on New Year's Eve (a ceiling: TestICSCeiling).
var icsGolden = []struct {
	name  string
	today string
	facts map[string]string
}{
	{"national-transfer-2", "2026-11-25", map[string]string{"scheme": "employee", "payer": "unit", "reason": "job-change", "gap_months": "2", "cross_city": "true"}},
	{"shanghai-flexible-8", "2026-11-25", map[string]string{"scheme": "employee", "payer": "individual", "gap_months": "8", "region": "shanghai"}},
	{"shanghai-flexible-3-dec31", "2026-12-31", map[string]string{"scheme": "employee", "payer": "individual", "gap_months": "3", "region": "shanghai"}},
}

// unfoldICS joins folded lines and splits at CRLF, failing on a bare LF or
// CR, which RFC 5545 does not allow as a line end.
func unfoldICS(t testing.TB, s string) []string {
	t.Helper()
	if !strings.HasSuffix(s, "\r\n") {
		t.Fatalf("calendar does not end with CRLF: %q", s[max(0, len(s)-20):])
	}
	if strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\r") {
		t.Fatalf("calendar has a bare LF or CR")
	}
	return strings.Split(strings.TrimSuffix(strings.ReplaceAll(s, "\r\n ", ""), "\r\n"), "\r\n")
}

// unescapeICS reverses EscapeICSText; it is the reader side the fuzz
// target checks the writer against.
func unescapeICS(s string) (string, error) {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			if i+1 >= len(s) {
				return "", errors.New("trailing backslash")
			}
			i++
			switch s[i] {
			case '\\', ';', ',':
				sb.WriteByte(s[i])
			case 'n', 'N':
				sb.WriteByte('\n')
			default:
				return "", fmt.Errorf("bad escape \\%c", s[i])
			}
		case ';', ',':
			return "", fmt.Errorf("unescaped %q", c)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String(), nil
}

func TestICSGolden(t *testing.T) {
	b := mustDefault(t)
	for _, c := range icsGolden {
		o := evaluate(t, b, c.today, c.facts)
		for _, lang := range knowledge.Langs {
			name := filepath.Join("testdata", "golden", c.name+"."+string(lang)+".ics.golden")
			t.Run(filepath.Base(name), func(t *testing.T) {
				got, err := b.RenderICS(&o, lang)
				if err != nil {
					t.Fatal(err)
				}
				// Pin the wording and the folding, not the version hash:
				// replace it in the unfolded lines and fold them again.
				var sb strings.Builder
				for _, l := range unfoldICS(t, got) {
					sb.WriteString(knowledge.FoldICS(strings.ReplaceAll(l, b.Version.Hash, "HASH")))
				}
				got = sb.String()
				if *update {
					if err := os.WriteFile(name, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(name)
				if err != nil {
					t.Fatalf("%v (run go test ./knowledge -run TestICSGolden -update)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from the golden file; if intended, run with -update and review the diff\n--- got ---\n%s", name, got)
				}
			})
		}
	}
}

// icsEvent is one VEVENT read back from our own output.
type icsEvent struct {
	UID, Start, End, Summary, Description string
}

func parseEvents(t testing.TB, s string) []icsEvent {
	t.Helper()
	var out []icsEvent
	var cur *icsEvent
	for _, l := range unfoldICS(t, s) {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("content line without a colon: %q", l)
		}
		switch {
		case l == "BEGIN:VEVENT":
			cur = &icsEvent{}
		case l == "END:VEVENT":
			out = append(out, *cur)
			cur = nil
		case cur == nil:
		case name == "UID":
			cur.UID = value
		case name == "DTSTART;VALUE=DATE":
			cur.Start = value
		case name == "DTEND;VALUE=DATE":
			cur.End = value
		case name == "SUMMARY", name == "DESCRIPTION":
			v, err := unescapeICS(value)
			if err != nil {
				t.Fatalf("%s: %v in %q", name, err, value)
			}
			if name == "SUMMARY" {
				cur.Summary = v
			} else {
				cur.Description = v
			}
		}
	}
	return out
}

// icsCases are the short answer's grid (every region × every kind of case ×
// gaps either side of the windows × three days) and every scenario.
func icsCases(t testing.TB, b *knowledge.Base) []struct {
	name string
	lang knowledge.Lang
	o    rules.Outcome
} {
	var out []struct {
		name string
		lang knowledge.Lang
		o    rules.Outcome
	}
	for _, c := range shortCases(b) {
		for _, lang := range knowledge.Langs {
			ans, err := b.AnswerCase(c.facts, c.today, lang)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if len(ans.Problems) == 0 {
				out = append(out, struct {
					name string
					lang knowledge.Lang
					o    rules.Outcome
				}{c.name, lang, ans.Outcome})
			}
		}
	}
	return out
}

// TestICSAgreesWithAnswer checks every calendar of the grid against the JSON
// answer it comes from: one all-day event per dated deadline on that date,
// none without a date, the short text as title, the case line, the full
// deadline text, 12393 and the knowledge version in the description,
// lines of at most 75 octets, UIDs stable across languages and distinct
// across deadlines; no dated deadline is ErrNoDatedDeadline.
func TestICSAgreesWithAnswer(t *testing.T) {
	b := mustDefault(t)
	uids := map[string]string{} // facts+deadline+date -> uid
	withDates, without, ceilings := 0, 0, 0
	for _, c := range icsCases(t, b) {
		o := c.o
		a := b.BuildAnswer(&o, c.lang)
		var dated []knowledge.DeadlineAns
		for _, d := range a.Deadlines {
			if d.Date != nil {
				dated = append(dated, d)
			}
		}
		got, err := b.RenderICS(&o, c.lang)
		if len(dated) == 0 {
			without++
			if !errors.Is(err, knowledge.ErrNoDatedDeadline) {
				t.Errorf("%s [%s]: no dated deadline, got err %v and\n%s", c.name, c.lang, err, got)
			}
			continue
		}
		withDates++
		if err != nil {
			t.Fatalf("%s [%s]: %v", c.name, c.lang, err)
		}
		for i, l := range strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n") {
			if len(l) > 75 || !utf8.ValidString(l) {
				t.Errorf("%s [%s]: line %d has %d octets (or bad UTF-8): %q", c.name, c.lang, i+1, len(l), l)
			}
		}
		evs := parseEvents(t, got)
		if len(evs) != len(dated) {
			t.Fatalf("%s [%s]: %d events for %d dated deadlines\n%s", c.name, c.lang, len(evs), len(dated), got)
		}
		caseLine := b.CaseLineOf(&o, c.lang)
		for i, ev := range evs {
			d := dated[i]
			if want := strings.ReplaceAll(*d.Date, "-", ""); ev.Start != want {
				t.Errorf("%s [%s]: DTSTART %s, deadline %s on %s", c.name, c.lang, ev.Start, d.ID, *d.Date)
			}
			day, _ := rules.ParseDate(*d.Date)
			if want := strings.ReplaceAll(day.AddDays(1).String(), "-", ""); ev.End != want {
				t.Errorf("%s [%s]: DTEND %s, want %s", c.name, c.lang, ev.End, want)
			}
			for _, part := range []string{caseLine, d.Text, "12393", b.Version.Hash} {
				if !strings.Contains(ev.Description, part) {
					t.Errorf("%s [%s]: description lacks %q:\n%s", c.name, c.lang, part, ev.Description)
				}
			}
			ceiling := d.ID == rules.DeadlineWaitingEnds && a.Coverage.WaitingIsMaximum
			atLatest := b.Msgf(c.lang, "ics.at_latest", "date", *d.Date)
			if ceiling {
				ceilings++
				if !strings.Contains(ev.Summary, atLatest) {
					t.Errorf("%s [%s]: a ceiling's title must say %q: %q", c.name, c.lang, atLatest, ev.Summary)
				}
			}
			if !strings.Contains(ev.Summary, *d.Date) {
				t.Errorf("%s [%s]: title without the date %s: %q", c.name, c.lang, *d.Date, ev.Summary)
			}
			// Stable for the case, the deadline and its date: the same in
			// both languages and on any day the answer is asked.
			facts, _ := json.Marshal(o.Facts)
			key := fmt.Sprintf("%s|%s|%s", facts, d.ID, *d.Date)
			if prev, ok := uids[key]; ok && prev != ev.UID {
				t.Errorf("%s: UID of %s changed: %s, then %s", c.name, key, prev, ev.UID)
			}
			uids[key] = ev.UID
		}
	}
	seen := map[string]string{}
	for k, u := range uids {
		if prev, ok := seen[u]; ok {
			t.Errorf("UID %s shared by %s and %s", u, prev, k)
		}
		seen[u] = k
	}
	if withDates < 100 || without < 100 {
		t.Errorf("grid too thin: %d calendars, %d answers without a dated deadline, %d ceilings", withDates, without, ceilings)
	}
	t.Logf("%d calendars (%d ceiling events), %d answers without a dated deadline", withDates, ceilings, without)
}

// TestICSText is the table of what the writer must do to a TEXT value and
// to long lines.
func TestICSText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"a,b;c\\d", `a\,b\;c\\d`},
		{"line1\nline2", `line1\nline2`},
		{"crlf\r\nnext", `crlf\nnext`},
		{"lone\rcr", `lone\ncr`},
		{"bell\x07tab\tend", "belltab\tend"},
		{"个案：职工医保；上海", "个案：职工医保；上海"}, // full-width ；is not a separator
		{"bad\xffutf8", "bad\uFFFDutf8"},
		{"", ""},
	} {
		if got := knowledge.EscapeICSText(c.in); got != c.want {
			t.Errorf("EscapeICSText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want string
	}{
		{"", "\r\n"},
		{strings.Repeat("a", 75), strings.Repeat("a", 75) + "\r\n"},
		{strings.Repeat("a", 76), strings.Repeat("a", 75) + "\r\n a\r\n"},
		{strings.Repeat("a", 75+74+1), strings.Repeat("a", 75) + "\r\n " + strings.Repeat("a", 74) + "\r\n a\r\n"},
		// 25 three-octet runes are 75 octets; the 26th goes to the next line.
		{strings.Repeat("期", 26), strings.Repeat("期", 25) + "\r\n 期\r\n"},
		// 74 octets, then a rune that would end at 77: moved whole.
		{strings.Repeat("a", 74) + "期", strings.Repeat("a", 74) + "\r\n 期\r\n"},
	} {
		if got := knowledge.FoldICS(c.in); got != c.want {
			t.Errorf("FoldICS(%d octets) = %q, want %q", len(c.in), got, c.want)
		}
	}
}

// FuzzICSText: whatever text goes in (a case line, a deadline text, an
// edited knowledge base), the written line is at most 75 octets a physical
// line, valid UTF-8, CRLF only, and reads back to the same text (control
// characters other than newline and tab dropped, invalid UTF-8 replaced).
func FuzzICSText(f *testing.F) {
	for _, s := range []string{"", "a,b;c\\d\nnext", "个案：职工医保；上海；断缴8个月", strings.Repeat("期,", 60), "\r\n\r", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line := knowledge.FoldICS("DESCRIPTION:" + knowledge.EscapeICSText(s))
		for _, l := range strings.Split(strings.TrimSuffix(line, "\r\n"), "\r\n") {
			if len(l) > 75 || !utf8.ValidString(l) || strings.ContainsAny(l, "\r\n") {
				t.Fatalf("bad physical line %q", l)
			}
		}
		lines := unfoldICS(t, line)
		if len(lines) != 1 {
			t.Fatalf("one content line became %d", len(lines))
		}
		got, err := unescapeICS(strings.TrimPrefix(lines[0], "DESCRIPTION:"))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.ToValidUTF8(s, "\uFFFD")
		want = strings.ReplaceAll(want, "\r\n", "\n")
		want = strings.ReplaceAll(want, "\r", "\n")
		want = strings.Map(func(r rune) rune {
			if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f {
				return -1
			}
			return r
		}, want)
		if got != want {
			t.Fatalf("round trip: %q -> %q, want %q", s, got, want)
		}
	})
}

// debianPython is the interpreter Debian's python3-icalendar installs
// into; a python3 earlier on PATH (pyenv) does not see it.
func debianPython(t *testing.T) string {
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			if exec.Command(path, "-c", "import icalendar").Run() == nil {
				return path
			}
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("python3-icalendar missing on CI: .ci/run installs it (apt-get install -y python3-icalendar)")
	}
	t.Skip("python3-icalendar not installed; run: apt-get install -y python3-icalendar (.ci/run does on CI)")
	return ""
}

// icsReader reads every .ics file named on the command line with the
// icalendar library and prints, per file, what it understood and what it
// found wrong: parse errors it recorded, a missing required property, a
// DTSTART that is not a date, and (which the library tolerates) lines over
// 75 octets or not ended by CRLF.
const icsReader = `
import sys, json, datetime
from icalendar import Calendar
out = {}
for path in sys.argv[1:]:
    raw = open(path, 'rb').read()
    errs = []
    for i, line in enumerate(raw.split(b'\r\n')[:-1]):
        if len(line) > 75: errs.append('line %d: %d octets' % (i + 1, len(line)))
        if b'\n' in line or b'\r' in line: errs.append('line %d: bare line break' % (i + 1))
    if not raw.endswith(b'\r\n'): errs.append('no final CRLF')
    events = []
    try:
        cal = Calendar.from_ical(raw.decode('utf-8'))
        for c in cal.walk():
            errs.extend('%s: %s' % (c.name, e) for e in getattr(c, 'errors', []))
        for p in ('VERSION', 'PRODID'):
            if p not in cal: errs.append('VCALENDAR lacks ' + p)
        if str(cal.get('VERSION')) != '2.0': errs.append('VERSION is not 2.0')
        for ev in cal.walk('VEVENT'):
            for p in ('UID', 'DTSTAMP', 'DTSTART', 'SUMMARY', 'DESCRIPTION'):
                if p not in ev: errs.append('VEVENT lacks ' + p)
            start = ev.decoded('DTSTART')
            end = ev.decoded('DTEND')
            if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
                errs.append('DTSTART is not an all-day date: %r' % (start,))
            if (end - start).days != 1: errs.append('event is not one day long')
            stamp = ev.decoded('DTSTAMP')
            if not isinstance(stamp, datetime.datetime) or stamp.utcoffset() != datetime.timedelta(0):
                errs.append('DTSTAMP is not a UTC date-time')
            events.append({'uid': str(ev['UID']), 'start': start.isoformat(),
                           'summary': str(ev['SUMMARY']), 'description': str(ev['DESCRIPTION'])})
    except Exception as e:
        errs.append('parse: %r' % (e,))
    out[path] = {'errors': errs, 'events': events}
json.dump(out, sys.stdout, ensure_ascii=False)
`

// TestICSRealReader has a real iCalendar reader (Debian's python3-icalendar)
// read every calendar of the grid and checks it reads back exactly the
// dates, titles and descriptions we meant, with no errors.
func TestICSRealReader(t *testing.T) {
	python := debianPython(t)
	b := mustDefault(t)
	dir := t.TempDir()
	type want struct {
		name string
		dls  []knowledge.DatedDeadline
		desc []string
		lang knowledge.Lang
	}
	wants := map[string]want{}
	var files []string
	for i, c := range icsCases(t, b) {
		o := c.o
		got, err := b.RenderICS(&o, c.lang)
		if errors.Is(err, knowledge.ErrNoDatedDeadline) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, fmt.Sprintf("%05d.ics", i))
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		var desc []string
		for _, ev := range parseEvents(t, got) {
			desc = append(desc, ev.Description)
		}
		files = append(files, path)
		wants[path] = want{c.name, b.DatedDeadlines(&o, c.lang), desc, c.lang}
	}
	// One interpreter for every file: starting Python per calendar would
	// cost seconds on a busy machine.
	cmd := exec.Command(python, append([]string{"-c", icsReader}, files...)...)
	cmd.Stderr = os.Stderr
	data, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3-icalendar: %v", err)
	}
	var got map[string]struct {
		Errors []string `json:"errors"`
		Events []struct {
			UID, Start, Summary, Description string
		} `json:"events"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("reader output: %v\n%s", err, data)
	}
	for _, path := range files {
		w, r := wants[path], got[path]
		for _, e := range r.Errors {
			t.Errorf("%s [%s]: %s", w.name, w.lang, e)
		}
		if len(r.Events) != len(w.dls) {
			t.Errorf("%s [%s]: the reader found %d events, want %d", w.name, w.lang, len(r.Events), len(w.dls))
			continue
		}
		for i, ev := range r.Events {
			d := w.dls[i]
			if ev.UID != d.UID || ev.Start != d.Date.String() || ev.Summary != b.DeadlineTitle(&d, w.lang) || ev.Description != w.desc[i] {
				t.Errorf("%s [%s]: the reader read %+v\nwant uid %s start %s summary %q", w.name, w.lang, ev, d.UID, d.Date, b.DeadlineTitle(&d, w.lang))
			}
		}
	}
	t.Logf("python3-icalendar read %d calendars without error", len(files))
}

// TestICSCeiling: a date that is only a ceiling (a waiting period known by
// its maximum) is titled "at the latest D", in both languages. The rules
// give such a date as a range today, so the outcome is made one by hand.
func TestICSCeiling(t *testing.T) {
	b := mustDefault(t)
	o := evaluate(t, b, "2026-11-25", map[string]string{"scheme": "employee", "payer": "individual", "gap_months": "8", "region": "shanghai"})
	o.WaitingIsMaximum = true
	for _, lang := range knowledge.Langs {
		got, err := b.RenderICS(&o, lang)
		if err != nil {
			t.Fatal(err)
		}
		evs := parseEvents(t, got)
		want := b.Msgf(lang, "ics.at_latest", "date", "2027-05-15")
		if len(evs) != 1 || !strings.Contains(evs[0].Summary, want) {
			t.Errorf("[%s] a ceiling's title must say %q: %+v", lang, want, evs)
		}
		dl := b.DatedDeadlines(&o, lang)
		if len(dl) != 1 || !dl[0].Ceiling {
			t.Errorf("[%s] not marked a ceiling: %+v", lang, dl)
		}
	}
}
