package telegram

import (
	"html"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bujiao/dialog"
)

// MaxMessageLen is Telegram's limit on the text of one message, in UTF-16
// code units. The renderer measures the HTML source, tags included, which is
// never shorter than the text Telegram counts after parsing, so a part
// within the limit is always accepted.
const MaxMessageLen = 4096

// message is one sendMessage worth of a reply: HTML text and the buttons
// to show under it.
type message struct {
	text    string
	buttons [][]dialog.Button
}

// renderReply renders a reply as Telegram HTML, split into messages of at
// most limit UTF-16 code units. It splits between blocks if it can, else
// between lines, else between spans, and only as a last resort inside a
// span's text; every part is balanced HTML, since each span carries its own
// tags. The buttons go on the last part.
func renderReply(r dialog.Reply, limit int) []message {
	var p packer
	p.limit = limit
	for i, bl := range r.Blocks {
		sep := ""
		if i > 0 {
			sep = "\n\n"
			if bl.Kind != dialog.Heading && r.Blocks[i-1].Kind == dialog.Heading {
				sep = "\n"
			}
		}
		lines := blockLines(bl)
		whole := strings.Join(renderLines(lines), "\n")
		if p.fits(sep, whole) {
			p.add(sep, whole)
			continue
		}
		if u16len(whole) <= limit {
			p.flush()
			p.add("", whole)
			continue
		}
		for j, l := range lines {
			s := sep
			if j > 0 {
				s = "\n"
			}
			p.addLine(s, l)
		}
	}
	p.flush()
	if len(p.parts) == 0 {
		if len(r.Buttons) == 0 {
			return nil
		}
		// Telegram refuses an empty text; buttons need something above them.
		p.parts = []string{"…"}
	}
	out := make([]message, len(p.parts))
	for i, s := range p.parts {
		out[i].text = s
	}
	out[len(out)-1].buttons = r.Buttons
	return out
}

// atom is one span of a line: text with its own opening and closing tags.
type atom struct{ open, text, close string }

func (a atom) render() string { return a.open + html.EscapeString(a.text) + a.close }

// blockLines turns a block into lines of atoms: list markers, bold, links.
func blockLines(bl dialog.Block) [][]atom {
	out := make([][]atom, 0, len(bl.Lines))
	for j, line := range bl.Lines {
		var as []atom
		switch bl.Kind {
		case dialog.Bullets:
			as = append(as, atom{text: "• "})
		case dialog.Numbered:
			as = append(as, atom{text: strconv.Itoa(j+1) + ". "})
		}
		for _, s := range line {
			if s.Text == "" {
				continue
			}
			a := atom{text: s.Text}
			if href, ok := safeLink(s.Link); ok {
				a.open = `<a href="` + html.EscapeString(href) + `">`
				a.close = "</a>"
			}
			if s.Bold || bl.Kind == dialog.Heading {
				a.open = "<b>" + a.open
				a.close += "</b>"
			}
			as = append(as, a)
		}
		out = append(out, as)
	}
	return out
}

func renderLines(lines [][]atom) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		var b strings.Builder
		for _, a := range l {
			b.WriteString(a.render())
		}
		out[i] = b.String()
	}
	return out
}

// safeLink accepts only absolute http, https and tg links; anything else is
// shown as text.
func safeLink(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" && u.Scheme != "tg" {
		return "", false
	}
	switch u.Scheme {
	case "http", "https", "tg":
		return s, true
	}
	return "", false
}

// packer fills messages greedily.
type packer struct {
	limit int
	parts []string
	cur   strings.Builder
	n     int // UTF-16 length of cur
}

func (p *packer) fits(sep, s string) bool {
	if p.n == 0 {
		return u16len(s) <= p.limit
	}
	return p.n+u16len(sep)+u16len(s) <= p.limit
}

func (p *packer) add(sep, s string) {
	if p.n > 0 {
		p.cur.WriteString(sep)
		p.n += u16len(sep)
	}
	p.cur.WriteString(s)
	p.n += u16len(s)
}

func (p *packer) flush() {
	if p.n > 0 || p.cur.Len() > 0 {
		p.parts = append(p.parts, p.cur.String())
	}
	p.cur.Reset()
	p.n = 0
}

// addLine appends one line, splitting it between atoms or inside an atom's
// text when it does not fit in a message of its own.
func (p *packer) addLine(sep string, line []atom) {
	s := strings.Join(renderLines([][]atom{line}), "")
	if p.fits(sep, s) {
		p.add(sep, s)
		return
	}
	p.flush()
	if u16len(s) <= p.limit {
		p.add("", s)
		return
	}
	for _, a := range line {
		for _, piece := range splitAtom(a, p.limit) {
			r := piece.render()
			if !p.fits("", r) {
				p.flush()
			}
			p.add("", r)
		}
	}
}

// splitAtom cuts an atom whose rendering exceeds limit into atoms that fit,
// preferring to cut after white space or punctuation in the second half of
// each piece. A link too long to fit even empty loses its link.
func splitAtom(a atom, limit int) []atom {
	if u16len(a.render()) <= limit {
		return []atom{a}
	}
	room := limit - u16len(a.open) - u16len(a.close)
	if room < 16 {
		bold := strings.HasPrefix(a.open, "<b>")
		a.open, a.close = "", ""
		if bold {
			a.open, a.close = "<b>", "</b>"
		}
		room = limit - u16len(a.open) - u16len(a.close)
	}
	var out []atom
	rest := a.text
	for rest != "" {
		n, cut, size := 0, 0, 0
		for i, r := range rest {
			w := escapedLen(r)
			if n+w > room {
				break
			}
			_, width := utf8.DecodeRuneInString(rest[i:])
			n += w
			size = i + width
			if n > room/2 && (unicode.IsSpace(r) || unicode.IsPunct(r)) {
				cut = size
			}
		}
		if size == 0 { // room is at least a few units; never loop forever
			_, size = utf8.DecodeRuneInString(rest)
		}
		if cut == 0 || size == len(rest) {
			cut = size
		}
		piece := a
		piece.text = rest[:cut]
		out = append(out, piece)
		rest = rest[cut:]
	}
	return out
}

// escapedLen is the UTF-16 length of r once escaped by html.EscapeString.
func escapedLen(r rune) int {
	switch r {
	case '<', '>':
		return 4
	case '&', '"', '\'':
		return 5
	}
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// u16len is the length of s in UTF-16 code units, Telegram's unit.
func u16len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// htmlToPlain turns a rendered part back into plain text, for the fallback
// when Telegram refuses to parse it.
func htmlToPlain(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		s = s[i+j+1:]
	}
	return html.UnescapeString(b.String())
}
