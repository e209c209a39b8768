package rules

import (
	"fmt"
	"strings"
)

// Tri is a yes/no that the sources may not settle. Its zero value is
// TriUnknown, so a policy that does not state a point leaves it unknown
// rather than silently "no": an unsettled point must reach the person as
// "ask your bureau", never as a guess.
type Tri int8

// Tri values.
const (
	TriUnknown Tri = iota
	TriNo
	TriYes
)

// TriOf converts a settled bool.
func TriOf(b bool) Tri {
	if b {
		return TriYes
	}
	return TriNo
}

// Yes reports a settled yes.
func (t Tri) Yes() bool { return t == TriYes }

// No reports a settled no.
func (t Tri) No() bool { return t == TriNo }

// Known reports whether the point is settled.
func (t Tri) Known() bool { return t != TriUnknown }

// Ptr is the JSON form: nil when unknown.
func (t Tri) Ptr() *bool {
	if !t.Known() {
		return nil
	}
	b := t.Yes()
	return &b
}

// String is "true", "false" or "unknown", as written in the knowledge base.
func (t Tri) String() string {
	switch t {
	case TriYes:
		return "true"
	case TriNo:
		return "false"
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (t Tri) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText accepts true, false and unknown (also yes/no).
func (t *Tri) UnmarshalText(b []byte) error {
	switch strings.ToLower(strings.TrimSpace(string(b))) {
	case "true", "yes":
		*t = TriYes
	case "false", "no":
		*t = TriNo
	case "unknown", "":
		*t = TriUnknown
	default:
		return fmt.Errorf("want true, false or unknown, got %q", string(b))
	}
	return nil
}

// MarshalJSON writes true, false or null.
func (t Tri) MarshalJSON() ([]byte, error) {
	switch t {
	case TriYes:
		return []byte("true"), nil
	case TriNo:
		return []byte("false"), nil
	}
	return []byte("null"), nil
}
