package place

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Mention is a place name found in free text.
type Mention struct {
	// Start and End are byte offsets: text[Start:End] is the name as
	// written.
	Start, End int
	// Text is text[Start:End].
	Text string
	// Resolution says which place the name means; its Kind is Found or
	// Ambiguous, never Unknown.
	Resolution
}

// County-level places whose short form Find accepts inside text. Most county
// names are ordinary words (和平, 新华, 城关, 东区, 长乐), so a county-level
// place is found by its short form only if it is on this list: well known
// districts and county-level cities, chiefly of the regions the knowledge base
// covers, whose short forms are not also everyday words. Their full names
// (海宁市, 顺德区) are always found.
var findCounty = strings.Fields(`
	浦东 闵行 徐汇 静安 黄浦 杨浦 宝山 嘉定 松江 青浦 奉贤 崇明 长宁 普陀 虹口
	海宁 慈溪 义乌 余姚 诸暨 乐清 瑞安 温岭 萧山 余杭 临安 桐乡 平湖 嘉善 长兴 德清 安吉
	上虞 柯桥 永康 东阳 兰溪 象山 宁海 奉化 鄞州 镇海 北仑 瓯海 富阳 建德 桐庐 淳安 嵊州
	新昌 青田 缙云 遂昌 松阳 景宁 庆元 龙游 武义 浦江 磐安 岱山 嵊泗 平阳 苍南 文成 泰顺
	永嘉 洞头 龙港 海曙 拱墅 钱塘 临平 吴兴 南浔 越城 婺城 椒江 黄岩 莲都 仙居
	顺德 南沙 番禺 花都 增城 从化 天河 越秀 海珠 荔湾 黄埔 宝安 龙岗 福田 罗湖 龙华 坪山
	盐田 禅城 三水 香洲 斗门 金湾 新会 台山 开平 鹤山 恩平 惠阳 惠东 博罗 普宁 潮阳 潮南
	澄海 英德 连州 乐昌 南雄 四会 化州 信宜 高州 吴川 雷州 廉江 陆丰 兴宁 罗定
	海淀 朝阳 丰台 昌平 顺义 通州 房山 密云 延庆 门头沟 石景山 平谷
	渝北 渝中 沙坪坝 九龙坡 万州 涪陵 武侯 青羊 成华 龙泉驿 双流 郫都 温江 都江堰 简阳
	昆山 江阴 张家港 常熟 太仓 宜兴 溧阳 晋江 南安 福清 江宁 浦口 秦淮 建邺 姑苏 吴中
	吴江 相城 武进 金坛 寿光 即墨 胶州 平度 黄岛 崂山 章丘 历城 仙桃 潜江 汉阳 武昌`)

// Left out of findCounty on purpose, as everyday words: 东城 西城 (any town's
// east and west), 大兴 (大兴土木), 怀柔 (怀柔政策), 南山, 南海, 金山, 白云, 光明, 高明,
// 江山, 天台, 海盐, 临海, 玉环, 定海, 长乐, 石狮, 鼓楼, 西湖, 江北, 滨江, 锦江, 玄武.

// Short forms of provinces and prefectures that Find does not accept in text
// because they are everyday words or idioms far more often than places
// (大同小异, 祝您安康, 来宾, 日照时间, 白银, 玉树临风, 阿里巴巴, 天南海北,
// 山南海北, 中卫 in football). Their full names (大同市) are still found.
var findCommonWords = map[string]bool{
	"大同": true, "安康": true, "来宾": true, "日照": true, "白银": true, "玉树": true,
	"阿里": true, "海北": true, "山南": true, "中卫": true, "兴安": true,
}

// Find does not take a short form followed by one of these as a place: 中山路
// is a street, 中山医院 and 北京银行 are institutions, whichever city they are
// in.
var findNotBefore = strings.Fields(`路 街 大道 巷 弄 医院 大学 学院 公园 广场 书店 中学 小学 银行 酒店 饭店
	陵 装 舰 号 大桥`)

// Per-name words that turn a place into something else: 三明治, 普洱茶, 哈密瓜,
// 和田玉, 大理石, 长治久安, 北海道, 德州扑克, 朝阳产业, 四平八稳, and across a
// word boundary 医保定点, 平安顺利, 隆重庆祝, 新会员, 平安吉祥; and 北京时间, the
// time zone.
var findNotBeforeName = map[string][]string{
	"三明": {"治"}, "普洱": {"茶"}, "哈密": {"瓜"}, "大理": {"石"}, "长治": {"久安"},
	"北海": {"道"}, "和田": {"玉"}, "开封": {"后", "即", "前"}, "吉林": {"大学"}, "黄山": {"毛峰"},
	"德州": {"扑克"}, "朝阳": {"产业"}, "四平": {"八稳"}, "保定": {"点"}, "安顺": {"利"},
	"新乡": {"村"}, "合肥": {"料"}, "营口": {"径"}, "重庆": {"祝"}, "安吉": {"祥"}, "文成": {"公主"},
	"新会": {"员"}, "北京": {"时间"},
}

// Full county-level names that are generic descriptions of part of a town:
// people write 新城区 and 市中区 without meaning the district so named.
var findGenericNames = map[string]bool{
	"新城区": true, "城中区": true, "城东区": true, "城西区": true, "城北区": true,
	"市中区": true, "城关区": true, "郊区": true, "城区": true, "矿区": true, "东区": true, "西区": true,
}

// findIndex builds Find's dictionary on first use.
func (t *Table) findIndex() {
	t.findOnce.Do(t.indexFind)
}

// Romanised names that are more often a person's given name in English text
// (Jian, Dali, Xinyi); Resolve still knows them.
var findLatinGivenNames = map[string]bool{
	"jian": true, "luan": true, "dali": true, "yili": true, "xinyi": true, "ziyang": true, "wuyi": true,
}

func (t *Table) indexFind() {
	t.find = map[string][]entry{}
	t.findLatin = map[string][]entry{}
	t.findLens = map[rune]uint32{}
	county := map[string]bool{}
	for _, s := range findCounty {
		county[s] = true
	}
	add := func(key string, e entry) {
		n := utf8.RuneCountInString(key)
		if n < 2 || n > 31 {
			return
		}
		for _, old := range t.find[key] {
			if old.place == e.place {
				return
			}
		}
		t.find[key] = append(t.find[key], e)
		r, _ := utf8.DecodeRuneInString(key)
		t.findLens[r] |= 1 << n
		t.findMaxLen = max(t.findMaxLen, n)
	}
	addLatin := func(key string, e entry) {
		if len(key) >= 4 && !findLatinGivenNames[key] {
			t.findLatin[key] = append(t.findLatin[key], e)
		}
	}
	for i := range t.places {
		p := &t.places[i]
		e := entry{place: int32(i)}
		full := entry{place: int32(i), full: true}
		switch {
		case p.Level != County:
			add(p.Name, full)
			if !findCommonWords[p.Short] {
				add(p.Short, e)
				if strings.Contains(p.Name, "自治") && p.Short != p.Name {
					add(p.Short+"州", e) // 延边州
				}
			}
		case !findGenericNames[p.Name] && utf8.RuneCountInString(p.Name) >= 3:
			add(p.Name, full)
			if county[p.Short] {
				add(p.Short, e)
			}
		default:
			continue
		}
		if p.Level != County || county[p.Short] {
			addLatin(latinKey(p.Pinyin), e)
			for _, x := range exonyms[p.Code] {
				addLatin(x, e)
			}
		}
	}
}

type rawMention struct {
	start, end int
	entries    []entry
}

// Find returns the place names in text, in order, with byte offsets, for
// free-text understanding ("从北京搬到上海了" mentions 北京, then 上海; the
// caller decides that "from A to B" means B).
//
// Inside text Find is stricter than Resolve, because many division names are
// ordinary words:
//   - provinces and prefectures are found by full name and by a short form of
//     two or more characters (上海, 杭州), except short forms that are common
//     words (大同, 安康, 日照: see findCommonWords);
//   - county-level places are found by full name of three or more characters
//     (海宁市, 顺德区, 浦东新区), except generic ones (新城区, 市中区), and by
//     short form only if on a list of well-known names (海宁, 顺德, 浦东);
//   - a short form followed by 路, 街, 医院, 大学, 公园, 银行 and the like is a
//     street or an institution (中山路, 中山医院, 北京银行), not a place;
//   - the longest name starting leftmost wins and names do not overlap;
//   - adjacent names that nest merge into one mention (广州南沙, 浙江省海宁市);
//   - latin names are found as capitalised words (Beijing, Hong Kong, Xi'an)
//     or as lower-case words of five letters or more (shanghai).
//
// Single-character forms (沪, 粤) and traditional characters are never found.
// 中山 is found as the city in Guangdong (a prefecture), except in 中山路,
// 中山医院, 中山大学, 中山公园, 中山装, 中山陵.
func (t *Table) Find(text string) []Mention {
	// Folding keeps byte offsets: a traditional character and its simplified
	// form are both three bytes in UTF-8.
	scan := foldTraditional(text)
	t.findIndex()
	var raw []rawMention
	for i := 0; i < len(scan); {
		r, size := utf8.DecodeRuneInString(scan[i:])
		mask := t.findLens[r]
		if mask == 0 {
			if r < utf8.RuneSelf && isLatinLetter(byte(r)) && (i == 0 || !isLatinDigitOrLetter(scan[i-1]) && scan[i-1] != '\'') {
				if m, ok := t.findLatinAt(scan, i); ok {
					raw = append(raw, m)
					i = m.end
					continue
				}
			}
			i += size
			continue
		}
		// Byte offsets of the ends of the next characters, as many as the
		// longest key starting with r.
		var ends [32]int
		n, j, longest := 0, i, bits.Len32(mask)-1
		for n < longest && j < len(scan) {
			_, s := utf8.DecodeRuneInString(scan[j:])
			j += s
			n++
			ends[n] = j
		}
		found := false
		for l := bits.Len32(mask&(1<<(n+1)-1)) - 1; l >= 2; l-- {
			if mask&(1<<l) == 0 {
				continue
			}
			key := scan[i:ends[l]]
			es, ok := t.find[key]
			if !ok || !t.acceptInText(key, es, scan[ends[l]:]) {
				continue
			}
			m := t.extendInside(scan, rawMention{start: i, end: ends[l], entries: es})
			raw = append(raw, m)
			i, found = m.end, true
			break
		}
		if !found {
			i += size
		}
	}
	if len(raw) == 0 {
		return nil
	}
	raw = t.mergeNested(scan, raw)
	out := make([]Mention, len(raw))
	for k, m := range raw {
		out[k] = Mention{Start: m.start, End: m.end, Text: text[m.start:m.end]}
		out[k].Resolution = t.decide(Resolution{Input: out[k].Text}, preferFull(m.entries))
	}
	return out
}

// extendInside takes in a county-level short form right after a city or
// province it lies in, even one Find would not take alone: in 南京鼓楼 and
// 嘉兴海宁 the first name settles which 鼓楼 is meant and that it is a place.
func (t *Table) extendInside(scan string, m rawMention) rawMention {
	r, _ := utf8.DecodeRuneInString(scan[m.end:])
	mask := t.hanLens[r]
	if mask == 0 {
		return m
	}
	var ends [32]int
	n, j, longest := 0, m.end, bits.Len32(mask)-1
	for n < longest && j < len(scan) {
		_, s := utf8.DecodeRuneInString(scan[j:])
		j += s
		n++
		ends[n] = j
	}
	for l := n; l >= 2; l-- {
		if mask&(1<<l) == 0 {
			continue
		}
		key := scan[m.end:ends[l]]
		es, ok := t.han[key]
		if !ok || !t.acceptInText(key, es, scan[ends[l]:]) {
			continue
		}
		inner := qualified(t, [][]entry{preferFull(m.entries), preferFull(es)})
		if len(inner) > 0 && containsOnlyFrom(inner, es) {
			return rawMention{start: m.start, end: ends[l], entries: inner}
		}
	}
	return m
}

// foldTraditional returns s with the traditional characters of division
// names simplified, or s itself when it has none.
func foldTraditional(s string) string {
	var b []byte
	for i, r := range s {
		if r < 0x4E00 || r >= 0xA000 || tradBits[(r-0x4E00)/64]&(1<<((r-0x4E00)%64)) == 0 {
			continue
		}
		f, ok := traditional[r]
		if !ok {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		utf8.EncodeRune(b[i:], f)
	}
	if b == nil {
		return s
	}
	return string(b)
}

// acceptInText rejects a name that is the start of a longer word: a short
// form that starts a street or institution name, a city name that ends in
// the 市 of 市场.
func (t *Table) acceptInText(key string, es []entry, rest string) bool {
	if strings.HasSuffix(key, "市") && strings.HasPrefix(rest, "场") {
		return false // 东方市场 is a market; 上海市场 falls back to 上海
	}
	for _, e := range es {
		if e.full {
			return true
		}
	}
	for _, w := range findNotBefore {
		if strings.HasPrefix(rest, w) {
			return false
		}
	}
	for _, w := range findNotBeforeName[key] {
		if strings.HasPrefix(rest, w) {
			return false
		}
	}
	return true
}

// mergeNested joins a mention to the one before it when only spaces separate
// them and the second lies inside the first: 广州南沙 is the 南沙 of 广州, not
// two places.
func (t *Table) mergeNested(text string, raw []rawMention) []rawMention {
	out := raw[:1]
	for _, m := range raw[1:] {
		last := &out[len(out)-1]
		if strings.TrimSpace(text[last.end:m.start]) == "" {
			inner := qualified(t, [][]entry{preferFull(last.entries), preferFull(m.entries)})
			if len(inner) > 0 && containsOnlyFrom(inner, m.entries) {
				last.end, last.entries = m.end, inner
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// containsOnlyFrom reports whether every entry of inner is one of es: the
// merged mention must name the inner place, not re-name the outer one.
func containsOnlyFrom(inner, es []entry) bool {
	for _, x := range inner {
		ok := false
		for _, e := range es {
			if e.place == x.place {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func isLatinLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// findLatinAt matches a romanised name starting at text[i]: one or two
// capitalised words (Beijing, Hong Kong, Xi'an), or a single lower-case word
// of five letters or more (shanghai, from people who do not capitalise), as
// shorter pinyin is too often an English word or a given name.
func (t *Table) findLatinAt(text string, i int) (rawMention, bool) {
	word := func(j int) int { // end of the word starting at j
		for j < len(text) && (isLatinLetter(text[j]) || text[j] == '\'' && j+1 < len(text) && isLatinLetter(text[j+1])) {
			j++
		}
		return j
	}
	// lookup finds the name text[s:e], or the name before an English
	// possessive ("Zhejiang's rules" names Zhejiang, as "Xi'an" keeps its
	// apostrophe), typed without the apostrophe too ("zhejiangs rules",
	// as the chat reads it): no pinyin name ends in s, so a name of five
	// letters or more with an s after it is that name. The mention then
	// ends before the "'s".
	lookup := func(s, e int) (rawMention, bool) {
		if es, ok := t.findLatin[latinKey(text[s:e])]; ok {
			return rawMention{start: s, end: e, entries: es}, true
		}
		cut := e
		switch {
		case e-s > 2 && (text[e-2:e] == "'s" || text[e-2:e] == "'S"):
			cut = e - 2
		case text[e-1] == 's' || text[e-1] == 'S':
			cut = e - 1
		}
		// The s ends the name's own word: "Putuo S" is no possessive.
		if cut < e && cut-s >= 5 && isLatinLetter(text[cut-1]) {
			if es, ok := t.findLatin[latinKey(text[s:cut])]; ok {
				return rawMention{start: s, end: cut, entries: es}, true
			}
		}
		return rawMention{}, false
	}
	end1 := word(i)
	if end1 < len(text) && isLatinDigitOrLetter(text[end1]) {
		return rawMention{}, false // part of a longer token: shanghai2024
	}
	if !capitalised(text[i:]) {
		if end1-i < 5 {
			return rawMention{}, false
		}
		return lookup(i, end1)
	}
	if end1 < len(text) && text[end1] == ' ' && end1+1 < len(text) && capitalised(text[end1+1:]) {
		end2 := word(end1 + 1)
		if m, ok := lookup(i, end2); ok && (end2 == len(text) || !isLatinDigitOrLetter(text[end2])) {
			return m, true
		}
	}
	return lookup(i, end1)
}

func isLatinDigitOrLetter(b byte) bool { return isLatinLetter(b) || b >= '0' && b <= '9' }
