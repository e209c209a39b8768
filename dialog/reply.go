package dialog

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Reply is one message to show: text in a small formatting model every
// transport can render (Telegram HTML, plain terminal text, web HTML), and
// optional rows of buttons.
type Reply struct {
	Blocks  []Block    `json:"blocks"`
	Buttons [][]Button `json:"buttons,omitempty"`
	// Document, if set, is a file sent with the reply, its text the
	// caption (a calendar file of a deadline).
	Document *Document `json:"document,omitempty"`
}

// Document is a file to send: a name, a media type and its bytes.
type Document struct {
	Name string `json:"name"`
	Type string `json:"type"`
	Data []byte `json:"data"`
}

// BlockKind is the kind of a block.
type BlockKind string

// Block kinds.
const (
	Paragraph BlockKind = "p"
	Heading   BlockKind = "h"
	Bullets   BlockKind = "ul"
	Numbered  BlockKind = "ol"
)

// Block is a paragraph, a heading, or a list whose items are lines of spans.
type Block struct {
	Kind  BlockKind `json:"kind"`
	Lines [][]Span  `json:"lines"`
}

// Span is a run of text, optionally bold or a link.
type Span struct {
	Text string `json:"text"`
	Bold bool   `json:"bold,omitempty"`
	Link string `json:"link,omitempty"`
}

// Button is a label and the data sent back when it is pressed. Data is at
// most MaxButtonData bytes of ASCII; see EncodeAction.
type Button struct {
	Label string `json:"label"`
	Data  string `json:"data"`
}

// MaxButtonData is Telegram's limit on callback data.
const MaxButtonData = 64

func para(spans ...Span) Block { return Block{Kind: Paragraph, Lines: [][]Span{spans}} }
func text(s string) Span       { return Span{Text: s} }
func bold(s string) Span       { return Span{Text: s, Bold: true} }
func heading(s string) Block   { return Block{Kind: Heading, Lines: [][]Span{{bold(s)}}} }

func list(kind BlockKind, items ...[]Span) Block { return Block{Kind: kind, Lines: items} }

// PlainText renders the reply as plain text: headings and bold lose their
// markup, lists get "- " or "1. ", links show their address. Buttons are
// not included; transports show them their own way.
func (r Reply) PlainText() string {
	var b strings.Builder
	for i, bl := range r.Blocks {
		if i > 0 {
			b.WriteString("\n")
			if bl.Kind == Heading || r.Blocks[i-1].Kind != Heading {
				b.WriteString("\n")
			}
		}
		for j, line := range bl.Lines {
			if j > 0 {
				b.WriteString("\n")
			}
			switch bl.Kind {
			case Bullets:
				b.WriteString("- ")
			case Numbered:
				b.WriteString(itoa(j + 1))
				b.WriteString(". ")
			}
			for _, s := range line {
				b.WriteString(s.Text)
				if s.Link != "" && s.Link != s.Text {
					b.WriteString(" (")
					b.WriteString(s.Link)
					b.WriteString(")")
				}
			}
		}
	}
	return b.String()
}

// Len is the reply's length in characters, for transports with limits.
func (r Reply) Len() int { return utf8.RuneCountInString(r.PlainText()) }

func itoa(n int) string { return strconv.Itoa(n) }
