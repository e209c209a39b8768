package understand

// A former employer's skipped months (fix25a; heldout21): "my old employer
// skipped the last 2 months before I left … total 4 months unpaid". The
// skipping is the employer's only when the employer is its subject ("the
// company skipped", "they skipped"), never the person's own "I skipped";
// "total 4 months" is the whole gap, not a second count owed.
func init() {
	r17aEnOwed = append(r17aEnOwed, "employer skipped", "company skipped", "boss skipped", "firm skipped", "they skipped",
		"employer missed", "company missed", "boss missed", "firm missed")
	fl21EnTotal = append(fl21EnTotal, "total", "total of", "total:", "in all", "overall")
}
