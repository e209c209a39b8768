package knowledge

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"bujiao/rules"
)

// ErrNoDatedDeadline: the answer names no deadline with a date, so there is
// nothing to put in a calendar (and an empty VCALENDAR is not valid
// iCalendar). Surfaces say so in the person's language: "ics.no_deadline".
var ErrNoDatedDeadline = errors.New("knowledge: this answer has no dated deadline")

// FormatICS is the calendar format of `ask --format ics` and the page's
// /answer.ics; it renders with RenderICS, not Render.
const FormatICS Format = "ics"

// ICSMessages are the message keys the calendar export and the reminders
// use; a knowledge base without them does not load.
var ICSMessages = []string{"ics.summary", "ics.summary_ceiling", "ics.at_latest", "ics.confirm", "ics.no_deadline",
	"ics.link"}

// DatedDeadline is one deadline of an answer that has a date: what a
// calendar entry and a reminder are made of. Everything in it comes from
// the same outcome and texts as the full and the short answer.
type DatedDeadline struct {
	ID   string
	Date rules.Date
	// Ceiling: the date is only the latest it can be (a waiting period
	// known only by its maximum); it is always said as "at the latest D".
	Ceiling bool
	// Short is the short answer's one-line form of the deadline; Text the
	// full answer's.
	Short, Text string
	// UID is stable for the case, the deadline and its date: the same
	// case exported twice updates one calendar entry instead of adding a
	// second, and a moved date is a new entry.
	UID string
}

// IsCeiling reports whether d's date is only a ceiling: the end of a
// waiting period the sources give only as a maximum.
func IsCeiling(o *rules.Outcome, d *rules.Deadline) bool {
	return d.ID == rules.DeadlineWaitingEnds && o.WaitingIsMaximum
}

// CaseKey identifies a case by its facts, without anything personal: a
// hash of the facts as the JSON answer gives them. Two chats with the same
// facts share it, which is what a calendar UID needs (stable, not a
// person).
func CaseKey(f rules.Facts) string {
	data, _ := json.Marshal(f) // a struct of plain fields: cannot fail
	sum := sha256.Sum256(append([]byte("bujiao case\x00"), data...))
	return hex.EncodeToString(sum[:12])
}

// DatedDeadlines lists o's deadlines that have a date, in date order, in lang.
func (b *Base) DatedDeadlines(o *rules.Outcome, lang Lang) []DatedDeadline {
	var out []DatedDeadline
	v := b.values(o, lang)
	key := ""
	for i := range o.Deadlines {
		d := &o.Deadlines[i]
		it, ok := b.items["deadlines"][d.ID]
		if d.On == nil || !ok {
			continue
		}
		if key == "" {
			key = CaseKey(o.Facts)
		}
		dv := *v
		dv.dl, dv.filled = d, [48]bool{}
		var short, text strings.Builder
		fill(&short, b.Msg(lang, "short.deadline."+d.ID), &dv)
		fill(&text, it.Text.In(lang), &dv)
		sum := sha256.Sum256([]byte(key + "\x00" + d.ID + "\x00" + d.On.String()))
		out = append(out, DatedDeadline{ID: d.ID, Date: *d.On, Ceiling: IsCeiling(o, d), Short: short.String(),
			Text: text.String(), UID: hex.EncodeToString(sum[:16]) + "@bujiao"})
	}
	return out
}

// DeadlineTitle is a dated deadline in one line, for a calendar entry's
// title and a reminder's first line; a ceiling says "at the latest D".
func (b *Base) DeadlineTitle(d *DatedDeadline, lang Lang) string {
	if d.Ceiling {
		return b.Msgf(lang, "ics.summary_ceiling", "date", d.Date.String(), "text", d.Short)
	}
	return b.Msgf(lang, "ics.summary", "date", d.Date.String(), "text", d.Short)
}

// RenderICS writes o's dated deadlines as an iCalendar file (RFC 5545):
// one all-day VEVENT per deadline, titled with the short deadline text and
// described by the case line, the full deadline text, "confirm with 12393"
// and the knowledge version. Nothing personal beyond the case line goes
// in. With no dated deadline it returns ErrNoDatedDeadline.
func (b *Base) RenderICS(o *rules.Outcome, lang Lang) (string, error) {
	dls := b.DatedDeadlines(o, lang)
	if len(dls) == 0 {
		return "", ErrNoDatedDeadline
	}
	// DTSTAMP is when the answer was made: the start of its day in China,
	// so the same answer renders the same bytes (and golden files hold).
	stamp := time.Date(o.Today.Year, o.Today.Month, o.Today.Day, 0, 0, 0, 0, China).UTC().Format("20060102T150405Z")
	caseLine := b.CaseLineOf(o, lang)
	version := b.Msgf(lang, "answer.version", "version", b.Version.Hash) + " " + b.Version.CheckedOn.String()
	var w icsWriter
	w.line("BEGIN", "VCALENDAR")
	w.line("VERSION", "2.0")
	w.line("PRODID", "-//bujiao//bujiao "+b.Version.Hash+"//"+strings.ToUpper(string(lang)))
	w.line("CALSCALE", "GREGORIAN")
	w.line("METHOD", "PUBLISH")
	for i := range dls {
		d := &dls[i]
		w.line("BEGIN", "VEVENT")
		w.line("UID", d.UID)
		w.line("DTSTAMP", stamp)
		w.line("DTSTART;VALUE=DATE", icsDate(d.Date))
		w.line("DTEND;VALUE=DATE", icsDate(d.Date.AddDays(1)))
		w.text("SUMMARY", b.DeadlineTitle(d, lang))
		w.text("DESCRIPTION", caseLine+"\n\n"+d.Text+"\n\n"+b.Msg(lang, "ics.confirm")+"\n"+version)
		// An all-day deadline does not block the person's day.
		w.line("TRANSP", "TRANSPARENT")
		w.line("END", "VEVENT")
	}
	w.line("END", "VCALENDAR")
	return w.sb.String(), nil
}

func icsDate(d rules.Date) string {
	return strings.ReplaceAll(d.String(), "-", "")
}

// icsWriter writes content lines: folded at 75 octets, CRLF-terminated.
type icsWriter struct{ sb strings.Builder }

func (w *icsWriter) line(name, value string) { w.sb.WriteString(FoldICS(name + ":" + value)) }

func (w *icsWriter) text(name, value string) { w.line(name, EscapeICSText(value)) }

// EscapeICSText escapes a TEXT value (RFC 5545 3.3.11): backslash,
// semicolon, comma and newlines; other control characters, which TEXT
// does not allow, are dropped.
func EscapeICSText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' || c == ';' || c == ',':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue // CRLF is one newline
			}
			sb.WriteString(`\n`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\t':
			sb.WriteByte(c)
		case c < 0x20 || c == 0x7f:
			// not allowed in TEXT
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// FoldICS ends one content line with CRLF, folded so no physical line is
// longer than 75 octets (RFC 5545 3.1): each continuation starts with one
// space, and a multi-byte character is never split.
func FoldICS(line string) string {
	const limit = 75
	var sb strings.Builder
	sb.Grow(len(line) + len(line)/70*3 + 2)
	room := limit
	for len(line) > 0 {
		n := 0
		for n < len(line) {
			_, size := utf8.DecodeRuneInString(line[n:])
			if n+size > room {
				break
			}
			n += size
		}
		sb.WriteString(line[:n])
		sb.WriteString("\r\n")
		line = line[n:]
		if len(line) > 0 {
			sb.WriteByte(' ')
			room = limit - 1
		}
	}
	if sb.Len() == 0 {
		sb.WriteString("\r\n")
	}
	return sb.String()
}
