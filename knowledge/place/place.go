package place

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// Level is the tier of a division in GB/T 2260.
type Level uint8

const (
	// Province is a province, autonomous region, municipality (北京市) or SAR.
	Province Level = iota + 1
	// Prefecture is a prefecture-level city, prefecture (地区), league (盟) or
	// autonomous prefecture.
	Prefecture
	// County is a county-level division: district, county, county-level city,
	// banner, forestry or special district.
	County
)

func (l Level) String() string {
	switch l {
	case Province:
		return "province"
	case Prefecture:
		return "prefecture"
	case County:
		return "county"
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}

// Place is one administrative division. Places returned by a Table share
// their Parents slices: treat them as read-only.
type Place struct {
	// Code is the 6-digit GB/T 2260 code, e.g. "330481".
	Code string
	// Name is the full official name, e.g. 海宁市.
	Name string
	// Short is the name as people usually write it, e.g. 海宁; equal to Name
	// when dropping the suffix would leave a single character (沛县).
	Short string
	Level Level
	// Province is the code of the province-level division the place lies in
	// (its own code for a province), e.g. "330000".
	Province string
	// Parents are the names of the enclosing divisions, outermost first, e.g.
	// [浙江省 嘉兴市]. Municipalities have no prefecture tier, so 浦东新区 has
	// just [上海市].
	Parents []string
	// Pinyin is the usual romanisation of Short, e.g. "Haining", "Xi'an",
	// "Shaanxi".
	Pinyin string

	syllables string // toneless pinyin of Name, space separated
	index     int32
}

// ProvinceCode is the GB/T 2260 code of the province-level division the
// place lies in ("330000" for 海宁市). Callers map it to their own regions.
func (p Place) ProvinceCode() string { return p.Province }

// ProvinceName is the full name of the province-level division the place
// lies in (浙江省 for 海宁市, 上海市 for 浦东新区).
func (p Place) ProvinceName() string {
	if p.Level == Province || len(p.Parents) == 0 {
		return p.Name
	}
	return p.Parents[0]
}

// FullName is the name with its parents, as written on an address:
// 浙江省嘉兴市海宁市.
func (p Place) FullName() string {
	return strings.Join(p.Parents, "") + p.Name
}

// IsZero reports whether p is the zero Place (no place).
func (p Place) IsZero() bool { return p.Code == "" }

// Table is an immutable set of divisions with its look-up indexes. It is
// safe for concurrent use.
type Table struct {
	places []Place
	byCode map[string]int32

	// han and latin map a normalised name to the places it names; used by
	// Resolve.
	han, latin       map[string][]entry
	hanOrder         []string // keys in a fixed order
	latinOrder       []string
	hanMax, latinMax int             // longest key, in characters and in words
	hanLens          map[rune]uint32 // first rune → bit set of key lengths (2 to 31)
	runePinyin       map[rune]string

	// Built on first use by suggestIndex.
	suggestOnce        sync.Once
	hanKeys, latinKeys []suggestKey

	// find is the stricter dictionary Find uses inside free text, built on
	// first use by findIndex.
	findOnce   sync.Once
	find       map[string][]entry
	findLatin  map[string][]entry
	findLens   map[rune]uint32 // first rune → bit set of key lengths in runes
	findMaxLen int
}

// entry is one place a key names; full is set when the key is the place's
// full official name rather than a short or alternative form.
type entry struct {
	place int32
	full  bool
}

type suggestKey struct {
	key     string
	runes   []rune
	entries []entry
}

//go:embed divisions.tsv
var divisionsTSV []byte

var defaultTable = sync.OnceValue(func() *Table {
	t, err := parse(divisionsTSV)
	if err != nil {
		// The data is embedded and tested; a failure here is a build defect.
		panic("place: embedded divisions.tsv: " + err.Error())
	}
	return t
})

// Default returns the table built from the embedded national data. It is
// parsed on first use and shared afterwards.
func Default() *Table { return defaultTable() }

// ByCode returns the place with the given 6-digit GB/T 2260 code.
func (t *Table) ByCode(code string) (Place, bool) {
	i, ok := t.byCode[code]
	if !ok {
		return Place{}, false
	}
	return t.places[i], true
}

// Len is the number of places in the table.
func (t *Table) Len() int { return len(t.places) }

// parse reads the generator's TSV: code, name, short, syllables, latin.
func parse(data []byte) (*Table, error) {
	t := &Table{byCode: make(map[string]int32, 3300), places: make([]Place, 0, 3300)}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	names := map[string]string{} // code → name, for parents
	shared := map[string][]string{}
	for sc.Scan() {
		line++
		var f [5]string
		rest, n := sc.Text(), 0
		for ; n < len(f) && rest != ""; n++ {
			f[n], rest, _ = strings.Cut(rest, "\t")
		}
		if n != len(f) || rest != "" {
			return nil, fmt.Errorf("line %d: want 5 tab-separated fields", line)
		}
		code, name, short, syl, latin := f[0], f[1], f[2], f[3], f[4]
		if len(code) != 6 || strings.Trim(code, "0123456789") != "" {
			return nil, fmt.Errorf("line %d: code %q is not 6 digits", line, code)
		}
		if name == "" || short == "" || !strings.HasPrefix(name, short) {
			return nil, fmt.Errorf("line %d: short form %q is not a prefix of %q", line, short, name)
		}
		if ns, nr := strings.Count(syl, " ")+1, utf8.RuneCountInString(name); ns != nr || strings.Contains(syl, "  ") {
			return nil, fmt.Errorf("line %d: %d pinyin syllables for %d characters of %q", line, ns, nr, name)
		}
		if _, dup := t.byCode[code]; dup {
			return nil, fmt.Errorf("line %d: duplicate code %s", line, code)
		}
		p := Place{Code: code, Name: name, Short: short, Pinyin: latin, syllables: syl, Province: code[:2] + "0000"}
		switch {
		case code[2:] == "0000":
			p.Level = Province
		case code[4:] == "00":
			p.Level = Prefecture
			p.Parents = parents(names, shared, code[:2]+"0000")
		default:
			p.Level = County
			p.Parents = parents(names, shared, code[:2]+"0000", code[:4]+"00")
		}
		if p.Level != Province && p.Parents == nil {
			return nil, fmt.Errorf("line %d: %s %s has no province above it (rows must be sorted by code)", line, code, name)
		}
		p.index = int32(len(t.places))
		t.byCode[code] = p.index
		names[code] = name
		t.places = append(t.places, p)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(t.places) == 0 {
		return nil, fmt.Errorf("no places")
	}
	t.index()
	return t, nil
}

// parents returns the names of the divisions with the given codes, sharing
// one slice between all places under the same parent.
func parents(names map[string]string, shared map[string][]string, codes ...string) []string {
	key := codes[len(codes)-1]
	if s, ok := shared[key]; ok {
		return s
	}
	var out []string
	for _, c := range codes {
		if n, ok := names[c]; ok {
			out = append(out, n)
		}
	}
	if out == nil {
		return nil
	}
	out = out[:len(out):len(out)] // an append by a caller must copy
	shared[key] = out
	return out
}

// isAncestor reports whether a encloses p (strictly).
func isAncestor(a, p *Place) bool {
	switch a.Level {
	case Province:
		return p.Level > Province && p.Code[:2] == a.Code[:2]
	case Prefecture:
		return p.Level == County && p.Code[:4] == a.Code[:4]
	}
	return false
}

// municipal reports whether p is a district or county of 北京, 天津, 上海 or
// 重庆, which people treat like cities in their own right.
func (p *Place) municipal() bool {
	switch p.Province {
	case "110000", "120000", "310000", "500000":
		return p.Level == County
	}
	return false
}
