package rules

import (
	"testing"

	"github.com/shopspring/decimal"
)

// Imply fills only what the facts given really say; a wrong implication
// skips the questions that would have caught it.
func TestImply(t *testing.T) {
	three, two := 3, 2
	ten := decimal.NewFromInt(10)
	type want struct{ scheme, prior, retirement, payer string }
	tests := []struct {
		name   string
		in     Facts
		inputs Inputs
		want   want
	}{
		{"a payer means a working employee", Facts{Payer: PayerIndividual}, Inputs{},
			want{scheme: "employee", retirement: "working", payer: "individual"}},
		// A resident who says they missed 3 months has not said they left
		// the employee scheme; the transfer rules would answer someone else.
		{"a resident's gap is no scheme switch", Facts{Scheme: SchemeResident, GapMonths: &three}, Inputs{},
			want{scheme: "resident"}},
		{"an employee's continuous years are no scheme switch", Facts{Scheme: SchemeEmployee, ContinuousYears: &two}, Inputs{},
			want{scheme: "employee"}},
		// Years paid say retired employee, and a gap would then say a
		// resident who switched: the two cannot both be implied.
		{"implications that conflict are not made", Facts{YearsPaid: &ten, GapMonths: &three}, Inputs{},
			want{}},
		// Where sex matters, sex told in passing would say "at retirement
		// age" and the payer "working": neither is assumed.
		{"sex and a payer settle no retirement", Facts{Sex: SexFemale, Payer: PayerUnit}, Inputs{SexMatters: true},
			want{payer: "unit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Imply(tt.in, tt.inputs)
			got := want{string(g.Scheme), string(g.PriorScheme), string(g.Retirement), string(g.Payer)}
			if got != tt.want {
				t.Errorf("Imply = %+v, want %+v", got, tt.want)
			}
		})
	}
}
