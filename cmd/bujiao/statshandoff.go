package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"bujiao/store"
)

// statsJSON is the stats report with the hand-off figures added under
// "handoffs" (keys are added, never renamed).
type statsJSON struct {
	statsReport
	Handoffs store.HandoffStats `json:"handoffs"`
}

// writeHandoffText adds the hand-off section to the text report; nothing
// when no hand-off was offered.
func writeHandoffText(w io.Writer, h store.HandoffStats) error {
	if h.Offered == 0 && h.Opened == 0 {
		return nil
	}
	var b strings.Builder
	statsSection(&b, "Hand-offs to staff")
	median := "n/a"
	if h.Replied > 0 {
		median = (time.Duration(h.MedianFirstReplySeconds) * time.Second).String()
	}
	helpful := "n/a"
	if n := h.HelpfulYes + h.HelpfulNo; n > 0 {
		helpful = fmt.Sprintf("%.1f%% of %d", 100*h.HelpfulRatio, n)
	}
	statsTable(&b, nil, [][]string{
		{"offered", strconv.Itoa(h.Offered), ""},
		{"opened", strconv.Itoa(h.Opened), statsPercent(h.Opened, h.Offered, "of offered")},
		{"answered by staff", strconv.Itoa(h.Replied), "median first reply " + median},
		{"no-reply notices", strconv.Itoa(h.NoReply), ""},
		{"closed", strconv.Itoa(h.Closed), ""},
		{"helpful", strconv.Itoa(h.HelpfulYes), helpful},
	})
	_, err := io.WriteString(w, b.String())
	return err
}

// writeHandoffCSV adds the hand-off rows to the CSV report.
func writeHandoffCSV(w io.Writer, h store.HandoffStats) error {
	if h.Offered == 0 && h.Opened == 0 {
		return nil
	}
	cw := csv.NewWriter(w)
	ratio := ""
	if h.HelpfulYes+h.HelpfulNo > 0 {
		ratio = strconv.FormatFloat(h.HelpfulRatio, 'f', 3, 64)
	}
	for _, r := range [][]string{
		{"handoff", "offered", "", strconv.Itoa(h.Offered), ""},
		{"handoff", "opened", "", strconv.Itoa(h.Opened), ""},
		{"handoff", "answered", "median_first_reply_seconds " + strconv.FormatFloat(h.MedianFirstReplySeconds, 'f', 0, 64), strconv.Itoa(h.Replied), ""},
		{"handoff", "no_reply", "", strconv.Itoa(h.NoReply), ""},
		{"handoff", "closed", "", strconv.Itoa(h.Closed), ""},
		{"handoff", "feedback", "helpful", strconv.Itoa(h.HelpfulYes), ratio},
		{"handoff", "feedback", "not helpful", strconv.Itoa(h.HelpfulNo), ""},
	} {
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
