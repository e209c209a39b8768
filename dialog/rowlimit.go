package dialog

import (
	"strconv"
	"time"
)

// Rows a person can make the bot store for them, limited per chat and
// hour (issue 25): a hand-off opened (its row and staff topic), each of
// their messages relayed to staff (an outbox row, a post in the topic),
// each reminder set (a scheduled inbox entry). The count lives in the
// conversation state, so it is committed with the rows it counts in one
// transaction, on any store, whichever process runs the turn; /start and
// /restart keep it.

// DefaultRowsPerHour is the limit when Machine.RowsPerHour is zero: far
// above what a person asking for help does in an hour, far below what a
// script could fill a disk or a staff group with.
const DefaultRowsPerHour = 100

// RowCount is the rows counted in the hour that began at Start (Unix
// seconds).
type RowCount struct {
	Start int64 `json:"s"`
	N     int   `json:"n"`
}

// takeRow counts one row of the person's at now; false when the hour's
// allowance is used up (the row must not be made).
func (t *turn) takeRow() bool {
	limit := DefaultRowsPerHour
	if t.m != nil && t.m.RowsPerHour != 0 {
		limit = t.m.RowsPerHour
	}
	if limit < 0 {
		return true
	}
	now := t.now.Unix()
	c := t.s.Rows
	if c == nil || now-c.Start >= int64(time.Hour/time.Second) || now < c.Start {
		c = &RowCount{Start: now}
		t.s.Rows = c
	}
	if c.N >= limit {
		return false
	}
	c.N++
	return true
}

// rowsLeftIn is how long until the allowance comes back, in whole minutes
// (at least 1), for the message that says so.
func (t *turn) rowsLeftIn() int {
	c := t.s.Rows
	if c == nil {
		return 1
	}
	left := time.Unix(c.Start, 0).Add(time.Hour).Sub(t.now)
	return max(1, int((left+time.Minute-1)/time.Minute))
}

// rowLimit tells the person a row was not made, and when they can go on;
// cont re-shows where the conversation stands (not while with staff).
func (t *turn) rowLimit(key string, cont bool) {
	b := para(text(t.kb.Msgf(t.s.Lang, key, "minutes", strconv.Itoa(t.rowsLeftIn()))))
	if cont {
		t.sayThenContinue(b)
		return
	}
	t.say(b)
}
