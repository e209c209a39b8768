package understand

// An employer that paid what it owed, told without "back" (audit round
// 21, R21-M3: "my employer got a notice from the tax office and paid the 2
// months it owed within the deadline"): the arrears were paid; the month
// is asked when not named (paidback.go).
func init() {
	enPaidBack = append(enPaidBack, "months it owed", "months they owed", "month it owed", "month they owed", "what it owed",
		"what they owed", "everything it owed", "everything they owed", "all it owed", "all they owed", "the missing months",
		"the missed months")
}
