package dialog

import (
	"bujiao/knowledge"
)

// answerBlocks lays out an answer for chat from the same outline the
// help-desk text uses.
func answerBlocks(kb *knowledge.Base, a *knowledge.Answer) []Block {
	lang := a.Lang
	colon := knowledge.Colon(lang)
	bl := []Block{
		heading(kb.Msg(lang, "answer.verdict") + colon + a.VerdictName),
		para(text(a.VerdictText)),
		{Kind: Paragraph, Lines: [][]Span{
			{text(kb.Msg(lang, "answer.region") + colon), bold(a.Region.Name)},
			{text(kb.Msg(lang, "answer.region_sources") + colon + a.Region.Source + knowledge.Bracket(lang, a.Region.CheckedOn.String()))},
		}},
	}
	for _, sec := range kb.Outline(a) {
		bl = append(bl, heading(sec.Heading))
		kind := Bullets
		switch {
		case sec.Prose:
			kind = Paragraph
		case sec.Numbered:
			kind = Numbered
		}
		var lines [][]Span
		for _, l := range sec.Lines {
			var spans []Span
			if l.Label != "" {
				spans = append(spans, bold(l.Label))
				if l.Text != "" {
					spans = append(spans, text(colon))
				}
			}
			if l.Strong && l.Label == "" {
				spans = append(spans, bold(l.Text))
			} else {
				spans = append(spans, text(l.Text))
			}
			lines = append(lines, spans)
		}
		bl = append(bl, list(kind, lines...))
	}
	return append(bl, para(text(kb.VersionLine(a))))
}
