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
		name string
		in   Facts
		want want
	}{
		{"a payer means a working employee", Facts{Payer: PayerIndividual},
			want{scheme: "employee", retirement: "working", payer: "individual"}},
		// A resident who says they missed 3 months has not said they left
		// the employee scheme; the transfer rules would answer someone else.
		{"a resident's gap is no scheme switch", Facts{Scheme: SchemeResident, GapMonths: &three},
			want{scheme: "resident"}},
		{"an employee's continuous years are no scheme switch", Facts{Scheme: SchemeEmployee, ContinuousYears: &two},
			want{scheme: "employee"}},
		// Years paid say retired employee, and a gap would then say a
		// resident who switched: the two cannot both be implied.
		{"implications that conflict are not made", Facts{YearsPaid: &ten, GapMonths: &three},
			want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Imply(tt.in, Inputs{})
			got := want{string(g.Scheme), string(g.PriorScheme), string(g.Retirement), string(g.Payer)}
			if got != tt.want {
				t.Errorf("Imply = %+v, want %+v", got, tt.want)
			}
		})
	}
}
