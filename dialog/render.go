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
		para(bold(kb.CaseLine(a.Facts, lang))),
		heading(kb.Msg(lang, "answer.verdict") + colon + a.VerdictName),
		para(text(a.VerdictText)),
	}
	region := false
	writeRegion := func() {
		if region {
			return
		}
		region = true
		bl = append(bl, Block{Kind: Paragraph, Lines: [][]Span{
			{text(kb.Msg(lang, "answer.region") + colon), bold(a.Region.Name)},
			{text(kb.Msg(lang, "answer.region_sources") + colon + a.Region.Source + knowledge.Bracket(lang, a.Region.CheckedOn.String()))},
		}})
	}
	for _, sec := range kb.Outline(a) {
		if sec.Key == "citations" || sec.Key == "notes" {
			writeRegion()
		}
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
	writeRegion()
	return append(bl, para(text(kb.VersionLine(a))))
}

// shortBlocks lays out the short answer: the case in bold, one line per
// point with its label in bold, what to confirm, and the knowledge stamp.
func shortBlocks(s *knowledge.Short) []Block {
	colon := knowledge.Colon(s.Lang)
	lines := make([][]Span, 0, len(s.Lines))
	for _, l := range s.Lines {
		lines = append(lines, []Span{bold(l.Label + colon), text(l.Text)})
	}
	return []Block{
		para(bold(s.Case)),
		{Kind: Paragraph, Lines: lines},
		para(text(s.Confirm)),
		para(text(s.Footer)),
	}
}
