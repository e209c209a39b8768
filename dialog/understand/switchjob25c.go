package understand

// Audit round 24, R24-M2: a resident who "starts a factory job feb 1 2027
// with employee insurance" switches schemes (43号 ②), as one who "got a
// job" does; the job was not found in "starts a …" wordings, so the case was
// read as a resident one and answered with the newborn FAQ.
func init() {
	enJobFound = append(enJobFound, "starts a job", "starts a new job", "starts a factory job", "starts work", "starts working",
		"start a new job", "starting a new job", "start a factory job", "starting a factory job", "begins a job", "begins work",
		"begin a job", "takes a job", "take a job", "taking a job", "took a job", "starts her job", "starts his job",
		"starts her new job", "starts his new job", "start her new job", "start his new job", "gets a job", "getting a job",
		"job begins", "job starting", "will start work", "will start a job", "employee insurance from", "employee insurance starting")
	enPastScheme = append(enPastScheme, "has had", "have had", "has been on", "has been in", "had it for", "on resident")
}
