package dialog

import (
	"errors"
	"slices"
	"strings"

	"bujiao/rules"
)

// ActionKind is what a button does.
type ActionKind byte

// Action kinds, also the first byte of button data.
const (
	ActSet      ActionKind = 's' // answer a question: s:<field>:<value>
	ActExplain  ActionKind = 'x' // explain or switch input mode: x:<topic>
	ActEdit     ActionKind = 'e' // change an answer: e:<field>, or e: to choose
	ActCommand  ActionKind = 'c' // c:<command>
	ActFeedback ActionKind = 'f' // f:y:<subject> or f:n:<subject>
	ActFAQ      ActionKind = 'q' // q:<faq id>
	ActSkip     ActionKind = 'p' // pass on a question the answer can give both ways: p:<field>
	// ActConfirm confirms a fact read from inside a question ("断缴3个月，
	// 对吗？"): k:<field>:<value>, or k: for "no". Unlike ActSet it may come
	// before the question that would ask the fact.
	ActConfirm ActionKind = 'k'
)

// Action is a decoded button press.
type Action struct {
	Kind  ActionKind
	Field rules.Field
	Value string
}

// ErrBadAction is returned for button data that is malformed or forged.
var ErrBadAction = errors.New("unrecognised button data")

// commands a button may run.
var buttonCommands = []string{"restart", "back", "lang", "start", "summary", "help", "faq"}

// explain topics; "details" shows the full answer after the short one.
// "fee" and "cost" offer the refinements of an answer (refine.go).
var explainTopics = []string{"scheme", "since", "details", refineFee, refineCost}

// EncodeAction returns the button data for a; it is plain ASCII and at most
// MaxButtonData bytes for every action the engine creates.
func EncodeAction(a Action) string {
	switch a.Kind {
	case ActSet:
		return "s:" + string(a.Field) + ":" + a.Value
	case ActEdit:
		return "e:" + string(a.Field)
	case ActSkip:
		return "p:" + string(a.Field)
	case ActFeedback:
		return "f:" + a.Value
	case ActConfirm:
		if a.Field == "" {
			return "k:"
		}
		return "k:" + string(a.Field) + ":" + a.Value
	default:
		return string(a.Kind) + ":" + a.Value
	}
}

// DecodeAction parses and validates button data. Button data comes back
// from clients and can be forged, so everything is checked: the charset,
// the length, the kind, the field and the value's shape. Whether a region or
// FAQ ID exists is left to the engine, which has the knowledge base.
func DecodeAction(data string) (Action, error) {
	if len(data) < 2 || len(data) > MaxButtonData || data[1] != ':' {
		return Action{}, ErrBadAction
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == ':' || c == '.') {
			return Action{}, ErrBadAction
		}
	}
	kind, rest := ActionKind(data[0]), data[2:]
	switch kind {
	case ActSet:
		f, v, ok := strings.Cut(rest, ":")
		if !ok || !validSetValue(rules.Field(f), v) {
			return Action{}, ErrBadAction
		}
		return Action{Kind: ActSet, Field: rules.Field(f), Value: v}, nil
	case ActConfirm:
		if rest == "" {
			return Action{Kind: ActConfirm}, nil
		}
		f, v, ok := strings.Cut(rest, ":")
		if !ok || !validConfirm30b(rules.Field(f), v) { // owed30b.go
			return Action{}, ErrBadAction
		}
		return Action{Kind: ActConfirm, Field: rules.Field(f), Value: v}, nil
	case ActEdit:
		if rest != "" && !slices.Contains(rules.Fields, rules.Field(rest)) {
			return Action{}, ErrBadAction
		}
		return Action{Kind: ActEdit, Field: rules.Field(rest)}, nil
	case ActSkip:
		if !slices.Contains(rules.DecisiveFields, rules.Field(rest)) && !slices.Contains(refinable, rules.Field(rest)) {
			return Action{}, ErrBadAction
		}
		return Action{Kind: ActSkip, Field: rules.Field(rest)}, nil
	case ActCommand:
		if !slices.Contains(buttonCommands, rest) {
			return Action{}, ErrBadAction
		}
		return Action{Kind: ActCommand, Value: rest}, nil
	case ActExplain:
		if !slices.Contains(explainTopics, rest) {
			return Action{}, ErrBadAction
		}
		return Action{Kind: ActExplain, Value: rest}, nil
	case ActFeedback:
		yn, subject, ok := strings.Cut(rest, ":")
		if !ok || (yn != "y" && yn != "n") || !validID(subject) {
			return Action{}, ErrBadAction
		}
		return Action{Kind: ActFeedback, Value: rest}, nil
	case ActFAQ:
		if !validID(rest) {
			return Action{}, ErrBadAction
		}
		return Action{Kind: ActFAQ, Value: rest}, nil
	case ActRemind:
		if _, err := parseRemind(rest); err != nil {
			return Action{}, ErrBadAction
		}
		return Action{Kind: ActRemind, Value: rest}, nil
	}
	return Action{}, ErrBadAction
}

func validID(s string) bool {
	if s == "" || len(s) > 48 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// validSetValue checks a button's value against the fact schema: booleans
// travel as y/n, regions as IDs (whether one exists is the engine's to
// check), everything else in canonical form.
func validSetValue(f rules.Field, v string) bool {
	d, ok := rules.FactByField(f)
	if !ok || d.AltOf != "" || len(v) > 32 {
		return false
	}
	switch d.Kind {
	case rules.KindBool:
		return v == "y" || v == "n"
	case rules.KindPlace:
		return validID(v)
	case rules.KindCount, rules.KindYears:
		// Buttons offer whole numbers only.
		if len(v) > 3 || strings.ContainsAny(v, ".") {
			return false
		}
	}
	return d.Valid(v)
}
