package understand

// Audit round 22, R22-M2: an employer that paid the months it owed within
// the tax office's deadline ("they paid everything within it in november",
// "paid it all before the deadline in october") has paid them back
// (ZJ 28 ¶3: the fund then pays the months' costs).
func init() {
	enPaidBack = append(enPaidBack, "paid everything within", "paid it all within", "paid all of it within", "paid everything before",
		"paid everything by", "paid it all before", "paid it all by", "paid within the deadline", "paid before the deadline",
		"paid by the deadline", "paid on time after", "paid everything they owed", "paid all they owed", "paid what they owed",
		"paid everything it owed", "paid what it owed", "paid all it owed")
}
