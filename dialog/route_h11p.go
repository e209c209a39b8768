package dialog

import "strings"

// Costs that are medical expenses, not the premium (issue 17, heldout11):
// "when can a new flexible worker claim medical costs" asks when cover
// starts; the costs are the bills to be reimbursed, not what the
// insurance costs a month.

// expenseCosts are "cost" words naming the bills of treatment.
var expenseCosts = []string{"medical costs", "medical cost", "hospital costs", "hospital cost", "treatment costs",
	"treatment cost", "doctor costs", "surgery costs", "hospitalisation costs", "hospitalization costs", "costs of treatment",
	"cost of treatment", "costs covered", "cost covered", "reimburse costs", "claim costs", "claim the costs",
	"claim my costs", "claim for costs", "medicine costs", "drug costs", "delivery costs", "birth costs", "costs are reimbursed", "costs reimbursed", "costs are covered", "costs get covered"}

// dropExpenseCosts blanks the expense phrases of lower (lowercase) so the
// cost words left are about the premium.
func dropExpenseCosts(lower string) string {
	if !strings.Contains(lower, "cost") {
		return lower
	}
	for _, p := range expenseCosts {
		lower = strings.ReplaceAll(lower, p, " ")
	}
	return lower
}

// expenseOnly: every English cost word of msg names medical bills ("how
// long until treatment costs are reimbursed"), none the premium.
func expenseOnly(msg string) bool {
	lower := strings.ToLower(msg)
	return strings.Contains(lower, "cost") && !containsAny(dropExpenseCosts(lower), enCostWords)
}
