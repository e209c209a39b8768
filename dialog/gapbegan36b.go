package dialog

import (
	"bujiao/dialog/understand"
	"bujiao/rules"
)

// gapBeganHere36b (fix36b): a message that names the city the gap began in
// as the region ("left my shanghai job … started in guangzhou") says the
// region is the old city (rules/oldcity35c.go); a region named later
// without it is a new answer, and the old reading goes.
func gapBeganHere36b(f *rules.Facts, ex understand.Extracted) {
	if ex.Region == "" {
		return
	}
	if ex.GapBeganHere {
		yes := true
		f.GapBeganHere = &yes
		return
	}
	if f.GapBeganHere != nil && ex.Region != f.Region {
		f.GapBeganHere = nil
	}
}
