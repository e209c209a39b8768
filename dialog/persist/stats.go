package persist

import "time"

// Report summarises events in [From, To) for maintainers.
type Report struct {
	From time.Time `json:"from"`
	To   time.Time `json:"to"`

	// ConversationsStarted counts distinct chats with a "started" event;
	// ConversationsFinished distinct chats with a final answer.
	ConversationsStarted  int `json:"conversations_started"`
	ConversationsFinished int `json:"conversations_finished"`

	// Questions is the drop-off funnel, most asked first.
	Questions []QuestionStats `json:"questions"`
	// Verdicts counts final answers by region and verdict.
	Verdicts []VerdictCount `json:"verdicts_by_region"`

	FAQHits   int `json:"faq_hits"`
	FAQMisses int `json:"faq_misses"`
	// TopUnmatched are the most frequent (redacted) queries no FAQ matched,
	// at most 20.
	TopUnmatched []TextCount `json:"top_unmatched"`

	HelpfulYes int `json:"helpful_yes"`
	HelpfulNo  int `json:"helpful_no"`
	// HelpfulRatio is yes/(yes+no), 0 when there was no feedback.
	HelpfulRatio float64 `json:"helpful_ratio"`

	// Errors counts "error" events by code.
	Errors []TextCount `json:"errors"`

	// FallbackPlaces are the places named in final answers that were
	// answered with the national baseline because the knowledge base has no
	// rules of their own: where a region file would help most. Place is
	// the name the person gave, "" when the event did not record it.
	FallbackPlaces []TextCount `json:"fallback_places"`
	// UnmatchedGroups are unmatched queries grouped by similar wording,
	// largest group first, at most 20: each is probably one missing FAQ
	// entry or a missing way of asking an existing one.
	UnmatchedGroups []QueryGroup `json:"unmatched_groups"`
	// FAQFeedback is the helpful ratio per FAQ entry, most rated first.
	FAQFeedback []FAQFeedback `json:"faq_feedback"`
	// Reminders counts "reminder" events by what happened: offered, set,
	// sent, done, later, cancelled, dropped, held (issue 23).
	Reminders map[string]int `json:"reminders"`
}

// QueryGroup is a set of similar unmatched queries.
type QueryGroup struct {
	// Example is the most frequent query of the group.
	Example string `json:"example"`
	// Count is how often any query of the group was asked.
	Count   int         `json:"count"`
	Queries []TextCount `json:"queries"`
}

// FAQFeedback is the feedback on one FAQ entry's answer.
type FAQFeedback struct {
	FAQ        string `json:"faq"`
	HelpfulYes int    `json:"helpful_yes"`
	HelpfulNo  int    `json:"helpful_no"`
	// HelpfulRatio is yes/(yes+no).
	HelpfulRatio float64 `json:"helpful_ratio"`
}

// QuestionStats is one question's line in the drop-off funnel. Each count is
// of distinct chats.
type QuestionStats struct {
	Question string `json:"question"`
	Asked    int    `json:"asked"`
	Answered int    `json:"answered"`
	// Abandoned counts chats whose last asked question was this one, with
	// neither an answer to it nor a final answer afterwards.
	Abandoned int `json:"abandoned"`
}

// VerdictCount is the number of final answers with one region and verdict.
type VerdictCount struct {
	Region  string `json:"region"`
	Verdict string `json:"verdict"`
	Count   int    `json:"count"`
}

// TextCount is a text (a query or an error code) and how often it occurred.
type TextCount struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}
