package main

import (
	"fmt"
	"strconv"
	"strings"

	"bujiao/knowledge"
	"bujiao/store"
)

// closeMargin is how near a call must be to be flagged: a score within it
// above the minimum, or a runner-up within it of the winner.
const closeMargin = 0.05

// faqChoice is one wording an FAQ entry was chosen for, searched again
// with the knowledge base stats runs with, so a maintainer sees which
// choices were close and which entry nearly won.
type faqChoice struct {
	Text  string  `json:"text"`
	Count int     `json:"count"`
	Score float64 `json:"score"`
	// Now is the entry the current knowledge base chooses (it may differ
	// from the one chosen then, after an edit).
	Now string `json:"now,omitempty"`
	// RunnerUp and RunnerUpScore name the second best entry.
	RunnerUp      string  `json:"runner_up,omitempty"`
	RunnerUpScore float64 `json:"runner_up_score,omitempty"`
	// Close flags a near miss: the score within 0.05 above the minimum,
	// or the runner-up within 0.05 of the winner.
	Close  bool   `json:"close"`
	Reason string `json:"reason,omitempty"`
}

type faqChoices struct {
	FAQ     string      `json:"faq"`
	Chosen  int         `json:"chosen"`
	Close   int         `json:"close"`
	Queries []faqChoice `json:"queries"`
}

// statsReport is the store's report with what stats adds from the
// knowledge base; its JSON has every key of store.Report and more.
type statsReport struct {
	store.Report
	FAQChoices []faqChoices        `json:"faq_choices"`
	Lookups    []store.LookupCount `json:"lookups"`
}

// scoreChoices groups the stored wordings by entry and searches each again.
func scoreChoices(b *knowledge.Base, rows []store.FAQChoice) []faqChoices {
	var out []faqChoices
	for _, r := range rows {
		if len(out) == 0 || out[len(out)-1].FAQ != r.FAQ {
			out = append(out, faqChoices{FAQ: r.FAQ, Queries: []faqChoice{}})
		}
		g := &out[len(out)-1]
		c := faqChoice{Text: r.Text, Count: r.Count}
		m := b.SearchFAQ(r.Text, 2)
		if len(m) > 0 {
			c.Score, c.Now = m[0].Score, m[0].FAQ.ID
			if c.Now == r.FAQ {
				c.Now = ""
			}
			var reasons []string
			if m[0].Score < knowledge.MinFAQScore+closeMargin {
				reasons = append(reasons, fmt.Sprintf("score %.2f, minimum %.2f", m[0].Score, knowledge.MinFAQScore))
			}
			if len(m) > 1 {
				c.RunnerUp, c.RunnerUpScore = m[1].FAQ.ID, m[1].Score
				if m[0].Score-m[1].Score < closeMargin && m[1].Score >= knowledge.MinFAQScore-closeMargin {
					reasons = append(reasons, fmt.Sprintf("runner-up %s at %.2f", m[1].FAQ.ID, m[1].Score))
				}
			}
			c.Close, c.Reason = len(reasons) > 0, strings.Join(reasons, "; ")
		}
		g.Chosen += c.Count
		if c.Close {
			g.Close += c.Count
		}
		g.Queries = append(g.Queries, c)
	}
	return out
}

func writeChoicesText(b *strings.Builder, choices []faqChoices, lookups []store.LookupCount) {
	statsSection(b, "FAQ entries and the questions they were chosen for (! = close call)")
	if len(choices) == 0 {
		b.WriteString("  (none)\n")
	}
	for _, g := range choices {
		fmt.Fprintf(b, "  %s  %d chosen, %d close\n", g.FAQ, g.Chosen, g.Close)
		var rows [][]string
		for _, c := range g.Queries {
			flag, note := " ", fmt.Sprintf("%.2f", c.Score)
			if c.Close {
				flag, note = "!", note+"  "+c.Reason
			}
			if c.Now != "" {
				note += "  (now: " + c.Now + ")"
			}
			rows = append(rows, []string{flag, strconv.Itoa(c.Count), c.Text, note})
		}
		var sub strings.Builder
		statsTable(&sub, nil, rows)
		for _, line := range strings.SplitAfter(sub.String(), "\n") {
			if line != "" {
				b.WriteString("  " + line)
			}
		}
	}
	statsSection(b, "Lookups outside conversations (page, API, answer links, inline)")
	rows := [][]string{}
	for _, l := range lookups {
		rows = append(rows, []string{l.Surface, l.Region, l.Verdict, strconv.Itoa(l.Count)})
	}
	statsTable(b, []string{"SURFACE", "REGION", "VERDICT", "COUNT"}, rows)
}
