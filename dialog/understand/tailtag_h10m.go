package understand

import (
	"strings"
	"unicode/utf8"
)

// A place told after the question of a run-on, as a tag of its own
// ("…我们员工会不会受影响啊嘉兴的", "…能报吗坐标广州", "…会不会影响看病呀
// 我是宁波的", "…will it affect us we're in ningbo"): it is where the
// person is, not part of what they ask. tailTagSplit ends the question
// clause before such a tag, so that the tag is read as a stated clause.

// tagParticles end the question a tag follows.
var tagParticles = []string{"啊", "吗", "呢", "呀", "吧", "嘛", "哦", "哈", "啦"}

// tagLeads and tagTails are the forms of a place tag: "在X", "我是X的",
// "坐标X", "X这边", "X的".
var (
	tagLeads = []string{"我们这边是", "我这边是", "这边是", "我们是", "我们在", "我是", "我在", "俺是", "俺在", "人在", "坐标", "在"}
	tagTails = []string{"这边的", "那边的", "这边", "那边", "这里", "那里", "的", "人", "市"}
	// enTagLeads open an English tag at the end of a run-on.
	enTagLeads = []string{" we're in ", " we are in ", " were in ", " i'm in ", " im in ", " i am in ", " i'm from ", " im from ",
		" i am from ", " based in ", " i live in ", " i work in ", " we're based in "}
)

// tagMaxRunes is the longest tag read.
const tagMaxRunes = 10

// tailTagSplit returns where a place tag after the question in
// s[start:end] begins, or nil. clauses asks it only of a stretch that is
// a question of its own: after a mark, or after runOnSplits split the
// run-on ("单位欠了我四个月医保了这个要紧吗我们这边是温州" is one clause
// that tells and asks; its facts are read with the place).
func (x *extractor) tailTagSplit(start, end int) []int {
	s := x.s
	if start >= end || end > len(s) {
		return nil
	}
	seg := s[start:end]
	if seg[0] < 0x80 && seg[len(seg)-1] < 0x80 {
		return x.enTailTag(start, end)
	}
	at := -1
	for _, p := range tagParticles {
		if i := strings.LastIndex(seg, p); i >= 0 && i+len(p) > at {
			at = i + len(p)
		}
	}
	if at <= 0 {
		return nil
	}
	tag := strings.TrimSpace(seg[at:])
	n := utf8.RuneCountInString(tag)
	if n < 2 || n > tagMaxRunes || utf8.RuneCountInString(seg[:at]) < 3 {
		return nil
	}
	if !hasPrefixAny(tag, tagLeads) && !hasSuffixAnyStr(tag, tagTails) {
		return nil
	}
	if hasAny(tag, []string{"不", "没", "未", "期", "缴"}) {
		// "现在不在缴费期": a fact of its own, not a place.
		return nil
	}
	if colloquialAsks(tag) > 0 || x.asksWithin(start+at, end) {
		return nil
	}
	return []int{start + at}
}

// enTailTag is tailTagSplit for an English run-on: the tag is one of
// enTagLeads and at most four words to the end.
func (x *extractor) enTailTag(start, end int) []int {
	seg := " " + x.s[start:end] + " "
	at := -1
	for _, l := range enTagLeads {
		if i := strings.LastIndex(seg, l); i > at {
			at = i
		}
	}
	if at <= 0 || len(strings.Fields(seg[at:])) > 6 || len(strings.Fields(seg[:at])) < enRunOnMinWords {
		return nil
	}
	if x.asksWithin(start+at, end) {
		return nil
	}
	return []int{start + at} // at counts the leading space: the tag's space
}

// asksWithin reports a question word inside s[from:to].
func (x *extractor) asksWithin(from, to int) bool {
	for _, h := range x.hits[:x.nh] {
		if int(h.pos) >= from && int(h.end) <= to {
			if w, _ := x.hitWeight(h); w > 0 {
				return true
			}
		}
	}
	return false
}

// ownPlaceMarkers come right before the person's own place inside a
// question ("…会不会影响我们嘉兴这边的员工", "我在宁波能不能报"): the
// place is theirs, not what is asked.
var ownPlaceMarkers = []string{"我们这边", "我这边", "我们在", "我们", "俺们在", "俺们", "咱们", "咱这", "我在", "俺在", "人在"}

// ownPlaceInQuestion finds such a place in a question's clauses.
func ownPlaceInQuestion(q string, regions RegionMatcher) (string, bool) {
	for _, m := range ownPlaceMarkers {
		for k := 0; ; {
			j := strings.Index(q[k:], m)
			if j < 0 {
				break
			}
			k += j + len(m)
			win := cutRunes(q[k:], 4)
			if c := strings.IndexAny(win, ", "); c >= 0 {
				win = win[:c]
			}
			if utf8.RuneCountInString(win) < 2 {
				continue
			}
			if id, ok := regions.MatchRegion(win); ok {
				return id, true
			}
		}
	}
	return "", false
}
