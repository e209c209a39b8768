package remind

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"bujiao/knowledge"
	"bujiao/rules"
)

// RecordVersion is the format of Record; another version does not decode.
const RecordVersion = 1

// Record is one reminder as it is stored: the scheduled inbox entry's
// payload. It keeps its own copy of the case facts, taken when the person
// tapped, so later changes to the chat's case (or the conversation being
// swept after 30 idle days) do not alter it, and nothing else about the
// person: no text, no name, no chat id (the entry's chat carries that).
type Record struct {
	V int `json:"v"`
	// ID names the reminder within its chat: deadline, date and when it
	// was set, e.g. "individual-window.20270131.t8x2k0".
	ID   string         `json:"id"`
	Lang knowledge.Lang `json:"lang"`
	// Facts are the case's facts at the tap.
	Facts rules.Facts `json:"facts"`
	// Deadline is the deadline's id and Date its date when it was set;
	// Ceiling: the date is only the latest it can be.
	Deadline string     `json:"deadline"`
	Date     rules.Date `json:"date"`
	Ceiling  bool       `json:"ceiling,omitempty"`
	// When is what the person chose (kept so a deadline that moved is
	// reminded at the same distance from its new date).
	When When `json:"when"`
	// Times are the reminders still to send, earliest first; the first is
	// when this entry falls due.
	Times []time.Time `json:"times"`
	// Sent counts the reminders already sent for it.
	Sent int `json:"sent"`
	// SetOn is the Beijing day it was set.
	SetOn rules.Date `json:"set_on"`
}

// NewID names a reminder for deadline id on date, set at now.
func NewID(id string, date rules.Date, now time.Time) string {
	return id + "." + strings.ReplaceAll(date.String(), "-", "") + "." + strconv.FormatInt(now.Unix(), 36)
}

// Key is the entry key of the reminder's next firing within its chat: its
// ID, how many were sent before it and when it is due, so every firing
// (a "later" or a held one too) has its own key and a redelivered one is
// recognised.
func (r *Record) Key() string {
	return r.ID + ":" + strconv.Itoa(r.Sent) + ":" + strconv.FormatInt(r.Times[0].Unix(), 36)
}

// Next is the record after its first time fired: one more sent, one time
// fewer; ok is false when none is left.
func (r Record) Next() (Record, bool) {
	if len(r.Times) <= 1 {
		return Record{}, false
	}
	r.Times = append([]time.Time(nil), r.Times[1:]...)
	r.Sent++
	return r, true
}

// CanLater reports whether "later" may add one more reminder at now:
// under the cap, and not after the deadline has passed.
func (r *Record) CanLater(now time.Time) bool {
	return r.Sent+len(r.Times) < MaxPerDeadline && !r.Date.Before(Today(now).AddDays(1))
}

// Encode serialises the record for an entry's payload.
func (r Record) Encode() ([]byte, error) {
	r.V = RecordVersion
	if err := r.validate(); err != nil {
		return nil, err
	}
	return json.Marshal(r)
}

// ErrRecord is wrapped by every Decode error.
var ErrRecord = errors.New("reminder record")

// Decode reads a stored record. Anything that does not decode cleanly
// into a valid record is an error, never a half-read reminder.
func Decode(data []byte) (Record, error) {
	var r Record
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return Record{}, fmt.Errorf("%w: %w", ErrRecord, err)
	}
	if dec.More() {
		return Record{}, fmt.Errorf("%w: trailing data", ErrRecord)
	}
	if r.V != RecordVersion {
		return Record{}, fmt.Errorf("%w: version %d", ErrRecord, r.V)
	}
	if err := r.validate(); err != nil {
		return Record{}, err
	}
	return r, nil
}

func (r *Record) validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrRecord, fmt.Sprintf(format, a...))
	}
	if err := rules.Validate(r.Facts); err != nil {
		return fmt.Errorf("%w: %w", ErrRecord, err)
	}
	if r.Lang != knowledge.Zh && r.Lang != knowledge.En {
		return bad("language %q", r.Lang)
	}
	if !validID(r.ID) || !strings.HasPrefix(r.ID, r.Deadline+".") {
		return bad("id %q", r.ID)
	}
	known := false
	for _, id := range rules.DeadlineIDs {
		known = known || id == r.Deadline
	}
	if !known {
		return bad("deadline %q", r.Deadline)
	}
	if !r.When.Valid() {
		return bad("when %d", r.When)
	}
	if r.Date.IsZero() || r.SetOn.IsZero() {
		return bad("no date")
	}
	if len(r.Times) == 0 || r.Sent < 0 || r.Sent+len(r.Times) > MaxPerDeadline {
		return bad("%d sent and %d to send, at most %d", r.Sent, len(r.Times), MaxPerDeadline)
	}
	for i, t := range r.Times {
		if t.IsZero() || (i > 0 && !r.Times[i-1].Before(t)) {
			return bad("times out of order")
		}
	}
	return nil
}

// validID: lower-case letters, digits, '-' and '.', at most 64 bytes —
// it travels in button data and entry keys.
func validID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// ValidID reports whether s can name a reminder.
func ValidID(s string) bool { return validID(s) }
