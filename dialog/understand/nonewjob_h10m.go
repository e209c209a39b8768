package understand

import "strings"

// No new job yet, as a grammar rather than a list of phrases: a
// negation, then a verb of finding, then a job ("还没找到新工作",
// "到而家都未搵到新工", "一直没找着下家", "冇搵到工", "still haven't found
// a new job", "haven't got another job yet"). A new job named only to be
// denied is no job change: the person left and is between jobs.

var (
	// zhFindJobVerbs find a job; the longest first.
	zhFindJobVerbs = []string{"找到了", "找着了", "搵到了", "找到", "找着", "搵到", "寻到", "落实", "找好", "搵"}
	// zhJobNouns are what is found.
	zhJobNouns = []string{"新工作", "新单位", "新公司", "新东家", "新厂", "新工", "下家", "下一家", "工作", "份工", "工", "单位", "班", "活", "厂子", "厂", "公司",
		// "冇找到新事做", "没找到事做" (heldout14/15): work to do.
		"新事", "事做", "事情做", "新活"}
	// zhNoFindNeg deny the finding: the verb follows one of them, after
	// adverbs of time ("都", "还", "一直", "至今").
	zhNoFindNeg   = []string{"没有", "没", "未", "冇", "无"}
	zhNoFindAdvbs = []string{"都", "还", "一直", "至今", "仍然", "仍", "仲", "暂时", "目前", "现在", "而家"}
	// enNoNewJob are English denials of a new job.
	enNoNewJob = []string{"havent found", "haven't found", "have not found", "didnt find", "didn't find", "did not find",
		"havent got another", "haven't got another", "havent got a new", "haven't got a new", "still no job", "no new job yet",
		"still looking for a job", "still looking for work", "still job hunting", "not found a job", "not found work"}
)

// noNewJob reports a new job named only to be denied.
func (x *extractor) noNewJob() bool {
	if x.has(lNoNewJob) {
		return true
	}
	if x.s == "" {
		return false
	}
	return zhNoNewJob(x.s) || hasAny(x.s, enNoNewJob) || enNoNewJobGrammar(x.s) // nonewjob21a.go
}

// zhNoNewJob finds negation + finding verb + job.
func zhNoNewJob(s string) bool {
	for _, v := range zhFindJobVerbs {
		for k := 0; ; {
			j := strings.Index(s[k:], v)
			if j < 0 {
				break
			}
			at := k + j
			k = at + len(v)
			after := strings.TrimPrefix(strings.TrimPrefix(s[k:], "一"), "个")
			if !hasPrefixAny(after, zhJobNouns) {
				continue
			}
			if rest := after[len(longestPrefix(after, zhJobNouns)):]; hasPrefixAny(strings.TrimPrefix(rest, "的"), []string{"之前", "以前", "前", "时候", "那段"}) {
				// "没找到工作之前断了三个月": the time before the new job.
				continue
			}
			before := strings.TrimRight(s[:at], " ")
			for _, loc := range []string{"在", "喺", "去", "到"} {
				// "还没在深圳找到工作": the place between the denial and
				// the finding.
				if k := strings.LastIndex(cutRunesBack(before, 6), loc); k >= 0 {
					before = before[:len(before)-len(cutRunesBack(before, 6))+k]
					break
				}
			}
			for changed := true; changed; {
				changed = false
				for _, a := range zhNoFindAdvbs {
					if t, ok := strings.CutSuffix(before, a); ok && t != before {
						before, changed = t, true
					}
				}
			}
			// The negation may sit before the adverbs or after them
			// ("都未搵到", "未都"): both forms are cut above.
			if _, neg := hasSuffixAny(before, zhNoFindNeg); neg {
				return true
			}
			if _, neg := hasSuffixAny(strings.TrimRight(s[:at], " "), zhNoFindNeg); neg {
				return true
			}
		}
	}
	return false
}

// longestPrefix is the longest of ws that s starts with.
func longestPrefix(s string, ws []string) string {
	best := ""
	for _, w := range ws {
		if strings.HasPrefix(s, w) && len(w) > len(best) {
			best = w
		}
	}
	return best
}
