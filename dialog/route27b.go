package dialog

import "bujiao/knowledge"

// fix27b: two more questions whose words were mostly a neighbour's; as in
// route26b.go, a cue in the message tells them apart. siblings27b runs
// after siblings26b.
//   - Never registered for social insurance at all ("老板都没给我办社保登记",
//     "never signed me up"): the not-registered entry, not the one about an
//     employer refusing to pay arrears it already owes.
//   - Moving between the employee and the resident scheme ("从职工医保转成
//     居民医保", "from employee insurance to the resident scheme"): the
//     switch entry, not moving one's insurance to another city.
//   - Paying resumed, then from which month benefits are "enjoyed" again
//     ("恢复交费后第几个月能享受", "重新缴费以后多久能享受待遇"): cover
//     returning after payment (or the region's entry that refines it);
//     享受 is the word the rules use for benefits, which no entry's own
//     question has.
func siblings27b(msg string, matches []knowledge.FAQMatch) {
	applySiblingRules(msg, matches, siblingRules27b)
	siblings31b(msg, matches) // route31b.go
	siblings31(msg, matches)  // route31.go
}

var siblingRules27b = []siblingRule26b{
	{cue: func(low string) bool {
		return (containsAny(low, paidThenWords24b) || containsAny(low, resumedWords27b)) && containsAny(low, fromWhenWords24b) &&
			containsAny(low, enjoyWords27b)
	}, score: switchBonus27b, raise: []string{"什么时候能用", "自动恢复", "when does employee-scheme cover return", "restore automatically"},
		lower: []string{"不能报", "马上就停", "stop"}},
	{cue: func(low string) bool { return containsAny(low, notRegisteredWords27b) },
		raise: []string{"单位一直没给我上医保", "never enrolled me"}, lower: []string{"不给补缴", "refuses to pay the arrears"}},
	{cue: switchesSchemes27b, score: switchBonus27b,
		raise: []string{"职工医保和居民医保之间", "switch between employee and resident"}, lower: []string{"换城市工作", "another city"}},
}

// switchBonus27b raises the switch entry's score for a message that names
// both schemes and a move from one to the other.
const switchBonus27b = 0.1

// switchesSchemes27b reports whether a message names the employee and the
// resident scheme and a move from one to the other, and no other city.
func switchesSchemes27b(low string) bool {
	zh := containsAny(low, []string{"职工医保", "职工保险", "职工"}) && containsAny(low, []string{"居民医保", "居民保险", "居民", "城乡"}) &&
		containsAny(low, []string{"转成", "转为", "转到", "转去", "转入", "换成", "改成", "改交", "换到"})
	en := containsAny(low, []string{"employee insurance", "employee scheme", "employee medical", "employee plan", "employee-scheme", "work insurance"}) &&
		containsAny(low, []string{"resident scheme", "resident insurance", "resident medical", "resident plan", "resident-scheme"}) &&
		containsAny(low, []string{"from", "switch", "moving", "move", "change", "convert", "going to", "go to"})
	return (zh || en) && !containsAny(low, otherCityWords27b)
}

var (
	// notRegisteredWords27b: the employer never registered the person at all.
	notRegisteredWords27b = []string{"没给我办社保登记", "没办社保登记", "没有办社保登记", "没给我办登记", "没给我做社保登记", "没给我登记社保",
		"没给我登记参保", "社保登记都没", "社保登记也没", "参保登记都没", "never signed me up", "never registered me", "not registered for social",
		"never enrolled me", "didn't register me", "did not register me", "never did my registration"}
	// resumedWords27b: paying resumed, in the words paidThenWords24b lacks.
	resumedWords27b = []string{"恢复交", "恢复缴费", "恢复交费", "重新缴费", "重新交费", "重新参保", "再次缴费", "再次交费"}
	// enjoyWords27b: benefits "enjoyed" (享受待遇), the rules' own word.
	enjoyWords27b     = []string{"享受", "享有", "待遇"}
	otherCityWords27b = []string{"外地", "老家", "另一个城市", "别的城市", "换城市", "another city", "other city", "new city", "hometown"}
)
