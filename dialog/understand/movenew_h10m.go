package understand

// A new job named with its place after a job left in another ("I left my
// job in Beijing and started a new one in Shenzhen", "quit in Guangzhou
// and took a job in Hangzhou"): the new job's place is where the person
// is insured now, as "moved to" names it. Only words that name a NEW job
// mark the place: "my job in Beijing" is the job left.
var enNewJobIn = []string{"new one in", "new job in", "new position in", "new role in", "new employer in", "new company in",
	"another job in", "another one in", "got a job in", "found a job in", "took a job in", "started working in", "started work in",
	"started a job in", "joined a company in", "now employed in", "got hired in", "hired by a company in", "new job at a company in"}

func init() {
	enMovedTo = append(enMovedTo, enNewJobIn...)
	// And they are a new job after leaving (jobchange17c.go).
	enNewJobAfter = append(enNewJobAfter, "took a job", "took a new job", "started a new one", "started a new job", "took another job",
		"got hired", "joined a new company", "joined another company")
}
