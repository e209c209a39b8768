package understand

// Words heldout19 showed missing, by family (keywords.go and
// persona_r17b.go append them; keywords.go is at its size limit).
var (
	// en22Unit: an employer named as the kind of outfit it was ("the
	// startup I worked for shut down, founders disappeared", "the studio
	// owes me three months").
	en22Unit = []string{"startup", "startups", "start-up", "start up", "studio", "agency", "salon"}
	// en22EmployeeSaid: working for someone, said ("the company I worked
	// for", "I was working at a startup"): the employee scheme, whatever
	// "I have no job now" says of today.
	en22EmployeeSaid = []string{"worked for", "worked at", "work for", "working for", "working at", "my job", "my old job",
		"my last job", "my employer", "salary", "wages", "payslip", "pay slip"}
	// en22Arrears: months the employer is behind on ("my employer is 3
	// months behind on medical insurance").
	en22Arrears = []string{"months behind", "month behind", "behind on", "behind with", "behind in paying", "in arrears"}
)
