package knowledge

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"bujiao/rules"

	"gopkg.in/yaml.v3"
)

//go:embed kb
var embedded embed.FS

// DefaultFS returns the knowledge base compiled into the binary.
func DefaultFS() fs.FS {
	sub, err := fs.Sub(embedded, "kb")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory
	}
	return sub
}

// Version identifies the knowledge a pasted answer came from: a hash of every
// file's content and the newest date any figure was checked.
type Version struct {
	Hash      string     `json:"hash"`
	CheckedOn rules.Date `json:"checked_on"`
}

func (v Version) String() string { return v.Hash + " (" + v.CheckedOn.String() + ")" }

// Base is a loaded, validated knowledge base. It is immutable after Load, so
// one Base may serve any number of goroutines, and a reload swaps in a whole
// new Base.
type Base struct {
	Version Version

	laws       map[string]*Law
	lawOrder   []string
	items      map[string]map[string]*Item // kind -> id -> item
	itemOrder  map[string][]string
	messages   map[string]Text
	regions    map[string]*Region
	regionList []string // display order: national last
	aliases    []alias  // longest first
	faq        []*FAQ
	faqIndex   *faqIndex
	folds      *folder
	scenarios  []Scenario
	policies   map[string]rules.Policy
	citeLabels map[citeKey]string
}

type alias struct {
	text   string // lower-cased
	region string
}

// itemKinds are the lists of Items a file may hold.
var itemKinds = []string{"documents", "channels", "steps", "agreements", "consequences", "notes", "verdicts",
	"deadlines", "unknowns", "open", "questions", "unused"}

// Options tune loading.
type Options struct {
	// Today is used for the stale-figure warning and to refuse a
	// checked_on in the future; zero skips both.
	Today rules.Date
}

// LoadDir loads a knowledge directory from disk.
func LoadDir(dir string, opt Options) (*Base, []Problem, error) {
	if st, err := os.Stat(dir); err != nil {
		return nil, nil, fmt.Errorf("knowledge directory: %w", err)
	} else if !st.IsDir() {
		return nil, nil, fmt.Errorf("knowledge directory %s: not a directory", dir)
	}
	return Load(os.DirFS(dir), opt)
}

// Default loads the embedded knowledge base. It cannot fail in a released
// binary because tests load it, so an error here means a broken build.
func Default() (*Base, error) {
	b, _, err := Load(DefaultFS(), Options{})
	return b, err
}

// Load reads every *.yaml file under fsys, strictly, and validates the whole.
// It returns warnings (and errors) as problems; err is a *Error listing every
// error when the knowledge base cannot be used.
func Load(fsys fs.FS, opt Options) (*Base, []Problem, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read knowledge directory: %w", err)
	}
	sort.Strings(names)
	l := &loader{roots: map[string]*yaml.Node{}}
	h := sha256.New()
	datas := make([][]byte, len(names))
	for i, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", name, err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
		datas[i] = data
	}
	// YAML parsing is most of the load time and each file stands alone, so
	// files are parsed in parallel and merged in name order: a reload stays
	// well under the time a person would notice.
	parsed := make([]parsedFile, len(names))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, name := range names {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			parsed[i] = decodeFile(name, datas[i])
		}()
	}
	wg.Wait()
	for i := range parsed {
		l.merge(&parsed[i])
	}
	if len(names) == 0 {
		l.add(Problem{Pos: Pos{".", 1, 1}, Severity: SevError, Field: "files", Message: "no .yaml files found"})
	}
	b := l.build(opt)
	b.Version.Hash = hex.EncodeToString(h.Sum(nil))[:12]
	sort.SliceStable(l.problems, func(i, j int) bool {
		a, c := l.problems[i].Pos, l.problems[j].Pos
		if a.File != c.File {
			return a.File < c.File
		}
		if a.Line != c.Line {
			return a.Line < c.Line
		}
		return a.Col < c.Col
	})
	l.problems = l.foldFollowOns(l.problems)
	for i := range l.problems {
		l.nameEntries(&l.problems[i])
	}
	var errs []Problem
	for _, p := range l.problems {
		if p.Severity == SevError {
			errs = append(errs, p)
		}
	}
	if len(errs) > 0 {
		return nil, l.problems, &Error{Problems: errs}
	}
	return b, l.problems, nil
}

func decodeFile(name string, data []byte) parsedFile {
	pf := parsedFile{name: name}
	root, ok := parsedNodes.get(data)
	if !ok {
		root = new(yaml.Node)
		dec := yaml.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(root); err != nil {
			line, col, msg := locateYAMLError(data, err)
			pf.problems = append(pf.problems, Problem{Pos: Pos{name, line, col}, Severity: SevError, Field: "yaml", Message: msg})
			return pf
		}
		var extra yaml.Node
		if err := dec.Decode(&extra); err == nil {
			pf.problems = append(pf.problems, Problem{Pos: Pos{name, extra.Line, extra.Column}, Severity: SevError, Field: "yaml",
				Message: "more than one YAML document (---) in a file; put each in its own file"})
		} else {
			parsedNodes.put(data, root)
		}
	}
	d := &decoder{file: name, problems: &pf.problems}
	d.decode(root, reflectValue(&pf.f), "")
	pf.root = root
	return pf
}

// parsedNodes remembers the YAML tree of each file content parsed, so a
// reload re-parses only the files that changed and the loader's fuzz target
// parses only the fuzzed file (parsing is three quarters of a load). Trees
// are only read after parsing, so sharing them between loads is safe.
var parsedNodes = &nodeCache{m: map[[32]byte]*yaml.Node{}}

type nodeCache struct {
	mu sync.Mutex
	m  map[[32]byte]*yaml.Node
}

// maxCachedFiles bounds the cache: a knowledge base has a few dozen files,
// and a fuzzer or an editor saving often must not grow it without end.
const maxCachedFiles = 256

func (c *nodeCache) get(data []byte) (*yaml.Node, bool) {
	k := sha256.Sum256(data)
	c.mu.Lock()
	defer c.mu.Unlock()
	n, ok := c.m[k]
	return n, ok
}

func (c *nodeCache) put(data []byte, n *yaml.Node) {
	k := sha256.Sum256(data)
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= maxCachedFiles {
		clear(c.m)
	}
	c.m[k] = n
}

// merge adds a decoded file's contents, problems and positions.
func (l *loader) merge(pf *parsedFile) {
	name, f := pf.name, &pf.f
	l.problems = append(l.problems, pf.problems...)
	if pf.root != nil {
		l.roots[name] = pf.root
	}
	for i := range f.Laws {
		l.laws = append(l.laws, located[Law]{&f.Laws[i], name, fmt.Sprintf("laws[%d]", i)})
	}
	if l.items == nil {
		l.items = map[string][]located[Item]{}
	}
	for _, kl := range []struct {
		kind string
		list []Item
	}{{"documents", f.Documents}, {"channels", f.Channels}, {"steps", f.Steps}, {"agreements", f.Agreements},
		{"consequences", f.Consequences}, {"notes", f.Notes}, {"verdicts", f.Verdicts},
		{"deadlines", f.Deadlines}, {"unknowns", f.Unknowns}, {"open", f.Open}, {"questions", f.Questions},
		{"unused", f.Unused}} {
		for i := range kl.list {
			l.items[kl.kind] = append(l.items[kl.kind], located[Item]{&kl.list[i], name, fmt.Sprintf("%s[%d]", kl.kind, i)})
		}
	}
	if f.Messages != nil {
		l.messages = append(l.messages, located[map[string]Text]{&f.Messages, name, "messages"})
	}
	for i := range f.Regions {
		l.regions = append(l.regions, located[Region]{&f.Regions[i], name, fmt.Sprintf("regions[%d]", i)})
	}
	for i := range f.FAQ {
		l.faq = append(l.faq, located[FAQ]{&f.FAQ[i], name, fmt.Sprintf("faq[%d]", i)})
	}
	for i := range f.Synonyms {
		l.synonyms = append(l.synonyms, located[Synonym]{&f.Synonyms[i], name, fmt.Sprintf("synonyms[%d]", i)})
	}
	for i := range f.Scenarios {
		s := &f.Scenarios[i]
		p := fmt.Sprintf("scenarios[%d]", i)
		s.Pos = l.at(name, p)
		l.scenarios = append(l.scenarios, located[Scenario]{s, name, p})
	}
}

func (l *loader) checkText(file, field string, t Text) {
	l.checkTextWith(file, field, t, Placeholders)
}

// checkTextWith checks a text's languages and that its placeholders are
// among known; known nil allows any (messages are filled by their callers).
func (l *loader) checkTextWith(file, field string, t Text, known []string) {
	if strings.TrimSpace(t.Zh) == "" {
		l.errorf(file, field, "missing zh text")
	}
	if strings.TrimSpace(t.En) == "" {
		l.errorf(file, field, "missing en text")
	}
	for _, s := range []string{t.Zh, t.En} {
		for _, name := range placeholdersIn(s) {
			if known != nil && !slices.Contains(known, name) {
				if s := Suggest(name, known); s != "" {
					l.errorf(file, field, "unknown placeholder {%s}; did you mean {%s}?", name, s)
				} else {
					l.errorf(file, field, "unknown placeholder {%s} (known: %s)", name, strings.Join(Placeholders, ", "))
				}
			}
		}
	}
}

func (l *loader) checkID(file, field, id string) bool {
	if id == "" {
		l.errorf(file, field, "id is required")
		return false
	}
	// IDs travel in button data, which Telegram caps at 64 bytes.
	if len(id) > 40 {
		l.errorf(file, field, "id %q is longer than 40 characters", id)
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			l.errorf(file, field, "id %q: use lower-case letters, digits and dashes", id)
			return false
		}
	}
	return true
}

func (l *loader) build(opt Options) *Base {
	b := &Base{
		laws: map[string]*Law{}, items: map[string]map[string]*Item{}, itemOrder: map[string][]string{},
		messages: map[string]Text{}, regions: map[string]*Region{}, policies: map[string]rules.Policy{},
	}
	// Laws first: everything else cites them.
	firstLaw := map[string]string{}
	for _, lw := range l.laws {
		law := lw.v
		if !l.checkID(lw.file, lw.path+".id", law.ID) {
			continue
		}
		if _, dup := b.laws[law.ID]; dup {
			l.errorf(lw.file, lw.path+".id", "duplicate law id %q%s", law.ID, firstLaw[law.ID])
			continue
		}
		firstLaw[law.ID] = l.firstCopy(lw.file, lw.path+".id")
		b.laws[law.ID] = law
		b.lawOrder = append(b.lawOrder, law.ID)
		l.checkText(lw.file, lw.path+".title", law.Title)
		l.checkText(lw.file, lw.path+".short", law.Short)
		l.checkSource(lw.file, lw.path+".source", law.Source, opt)
		l.checkValidity(lw.file, lw.path, law)
		seen := map[int]bool{}
		for i, a := range law.Articles {
			p := fmt.Sprintf("%s.articles[%d]", lw.path, i)
			if a.Number < 1 || a.Number > 1000 {
				l.errorf(lw.file, p+".number", "article number must be 1 to 1000")
			}
			if seen[a.Number] {
				l.errorf(lw.file, p+".number", "duplicate article %d", a.Number)
			}
			seen[a.Number] = true
			l.checkText(lw.file, p+".summary", a.Summary)
		}
		seenSec := map[string]bool{}
		for i, s := range law.Sections {
			p := fmt.Sprintf("%s.sections[%d]", lw.path, i)
			if s.ID == "" || seenSec[s.ID] {
				l.errorf(lw.file, p+".id", "section id must be present and unique")
			}
			seenSec[s.ID] = true
			l.checkText(lw.file, p+".summary", s.Summary)
			if s.Title != nil {
				l.checkText(lw.file, p+".title", *s.Title)
			}
		}
	}
	emitted := rules.EmittedIDs()
	for _, kind := range itemKinds {
		b.items[kind] = map[string]*Item{}
		firstItem := map[string]string{}
		for _, it := range l.items[kind] {
			item := it.v
			if !l.checkID(it.file, it.path+".id", item.ID) {
				continue
			}
			if _, dup := b.items[kind][item.ID]; dup {
				l.errorf(it.file, it.path+".id", "duplicate %s id %q%s", strings.TrimSuffix(kind, "s"), item.ID, firstItem[item.ID])
				continue
			}
			firstItem[item.ID] = l.firstCopy(it.file, it.path+".id")
			b.items[kind][item.ID] = item
			b.itemOrder[kind] = append(b.itemOrder[kind], item.ID)
			if kind == "documents" || kind == "channels" || kind == "verdicts" {
				l.checkText(it.file, it.path+".name", item.Name)
			}
			l.checkText(it.file, it.path+".text", item.Text)
			if kind == "channels" && !slices.Contains([]string{"online", "in-person", "phone"}, item.Kind) {
				l.errorf(it.file, it.path+".kind", "channel kind must be online, in-person or phone")
			}
			if kind != "channels" && item.Kind != "" {
				l.errorf(it.file, it.path+".kind", "kind is only for channels")
			}
			l.checkCites(it.file, it.path+".cite", item.Cite, b)
		}
	}
	firstMsg := map[string]string{}
	for _, m := range l.messages {
		for key, t := range *m.v {
			if _, dup := b.messages[key]; dup {
				l.errorf(m.file, m.path+"."+key+"#key", "duplicate message %q%s", key, firstMsg[key])
				continue
			}
			firstMsg[key] = l.firstCopy(m.file, m.path+"."+key+"#key")
			b.messages[key] = t
			l.checkTextWith(m.file, m.path+"."+key, t, nil)
		}
	}
	l.buildRegions(b, opt)
	for _, f := range l.faq {
		l.checkFAQ(f, b)
	}
	l.checkFAQWordings()
	for _, s := range l.scenarios {
		if strings.TrimSpace(s.v.Name) == "" {
			l.errorf(s.file, s.path+".name", "scenario name is required")
		}
		if s.v.Today.IsZero() {
			l.errorf(s.file, s.path+".today", "today (YYYY-MM-DD) is required so the scenario does not change with the calendar")
		}
		if len(s.v.Expect) == 0 {
			l.errorf(s.file, s.path+".expect", "a scenario needs at least one expected field")
		}
		if _, ok := ParseLang(string(s.v.Lang)); s.v.Lang != "" && !ok {
			l.errorf(s.file, s.path+".lang", "lang must be zh or en (the answer's language the expectations are in)")
		}
		for k := range s.v.Facts {
			if !slices.Contains(FactKeys, k) {
				if sug := Suggest(k, FactKeys); sug != "" {
					l.errorf(s.file, s.path+".facts."+k, "unknown fact %q; did you mean %q?", k, sug)
				} else {
					l.errorf(s.file, s.path+".facts."+k, "unknown fact %q (known: %s)", k, strings.Join(FactKeys, ", "))
				}
			}
		}
		b.scenarios = append(b.scenarios, *s.v)
	}
	// Every ID the rules can emit needs a text, or an answer would have a hole.
	for kind, ids := range emitted {
		for _, id := range ids {
			if _, ok := b.items[kind][id]; !ok {
				l.add(Problem{Pos: Pos{"(rules)", 1, 1}, Severity: SevError, Field: kind + "." + id, reference: true,
					Message: fmt.Sprintf("the rules use %s %q but no file defines it%s", strings.TrimSuffix(kind, "s"), id,
						definedInstead(b.itemOrder[kind], id))})
			}
		}
	}
	shortKeys := slices.Clone(ShortMessages)
	for _, id := range emitted["deadlines"] {
		shortKeys = append(shortKeys, "short.deadline."+id)
	}
	for _, key := range slices.Concat(RequiredMessages, SchemaMessages(), shortKeys, ICSMessages) {
		if _, ok := b.messages[key]; !ok {
			l.add(Problem{Pos: Pos{"(render)", 1, 1}, Severity: SevError, Field: "messages." + key, reference: true,
				Message: fmt.Sprintf("message %q is used by the answers but not defined%s", key, definedInstead(keysOf(b.messages), key))})
		}
	}
	// Texts nothing refers to are probably left over from an edit.
	referenced := map[string]bool{"verdicts." + resumedVerdictItem: true, "verdicts." + waitOverVerdictItem: true, "verdicts." + coverResumedVerdictItem: true}
	for _, r := range b.regions {
		for _, c := range r.policy.Channels {
			referenced["channels."+c] = true
		}
		for _, n := range r.policy.Notes {
			referenced["notes."+n] = true
		}
	}
	for _, kind := range itemKinds {
		for _, it := range l.items[kind] {
			if b.items[kind][it.v.ID] == it.v && !slices.Contains(emitted[kind], it.v.ID) && !referenced[kind+"."+it.v.ID] {
				l.warnf(it.file, it.path+".id", "%s %q is not used by any rule or region", strings.TrimSuffix(kind, "s"), it.v.ID)
			}
		}
	}
	for _, id := range b.lawOrder {
		if d := b.laws[id].Source.CheckedOn; b.Version.CheckedOn.Before(d) {
			b.Version.CheckedOn = d
		}
	}
	for _, id := range b.regionList {
		if d := b.regions[id].CheckedOn; b.Version.CheckedOn.Before(d) {
			b.Version.CheckedOn = d
		}
	}
	b.folds = l.buildFolds()
	l.checkSynonymsUsed(b)
	l.checkFAQKeywords(b)
	b.faqIndex = newFAQIndex(b.faq, b.folds)
	b.precomputeCiteLabels()
	return b
}

func (l *loader) checkSource(file, field string, s Source, opt Options) {
	if s.CheckedOn.IsZero() {
		l.errorf(file, field+".checked_on", "checked_on (YYYY-MM-DD) is required: when was this last checked against the source?")
	} else if l.checkFuture(file, field+".checked_on", s.CheckedOn, opt) {
	} else if !opt.Today.IsZero() && s.CheckedOn.AddDays(365).Before(opt.Today) {
		l.warnf(file, field+".checked_on", "checked on %s, more than 12 months ago; check it again", s.CheckedOn)
	}
	if !slices.Contains([]string{"primary", "secondary"}, s.Confidence) {
		l.errorf(file, field+".confidence", "confidence must be primary (official text read) or secondary (reprints)")
	}
	if s.URL == "" && s.Issued == "" {
		l.errorf(file, field, "a source needs a url or an issued line saying where it comes from")
	}
}

func (l *loader) checkCites(file, field string, cs []rules.Citation, b *Base) {
	for i, c := range cs {
		p := fmt.Sprintf("%s[%d]", field, i)
		law, ok := b.laws[c.Law]
		if !ok {
			l.referencef(file, p+".law", "unknown law %q%s", c.Law, didYouMean(c.Law, b.lawOrder))
			continue
		}
		if c.Article != 0 && law.article(c.Article) == nil {
			l.errorf(file, p+".article", "%s has no article %d in the knowledge base", c.Law, c.Article)
		}
		if c.Section != "" && law.section(c.Section) == nil {
			l.errorf(file, p+".section", "%s has no section %q in the knowledge base", c.Law, c.Section)
		}
		if c.Article != 0 && c.Section != "" {
			l.errorf(file, p, "give an article or a section, not both")
		}
	}
}

func (lw *Law) article(n int) *Article {
	for i := range lw.Articles {
		if lw.Articles[i].Number == n {
			return &lw.Articles[i]
		}
	}
	return nil
}

func (lw *Law) section(id string) *Section {
	for i := range lw.Sections {
		if lw.Sections[i].ID == id {
			return &lw.Sections[i]
		}
	}
	return nil
}

func (l *loader) checkFAQ(f located[FAQ], b *Base) {
	q := f.v
	if !l.checkID(f.file, f.path+".id", q.ID) {
		return
	}
	for _, have := range l.faq {
		if have.v == f.v {
			break
		}
		if have.v.ID == q.ID {
			l.errorf(f.file, f.path+".id", "duplicate faq id %q%s", q.ID, l.firstCopy(have.file, have.path+".id"))
			return
		}
	}
	for _, lq := range []struct {
		lang string
		qs   []string
	}{{"zh", q.Questions.Zh}, {"en", q.Questions.En}} {
		lang, qs := lq.lang, lq.qs
		switch {
		case len(qs) == 0:
			l.errorf(f.file, f.path+".questions."+lang, "at least one %s question is required", lang)
		case len(qs) < 2:
			l.warnf(f.file, f.path+".questions."+lang, "only one %s question variant; add another way people ask it", lang)
		}
		for i, s := range qs {
			if strings.TrimSpace(s) == "" {
				l.errorf(f.file, fmt.Sprintf("%s.questions.%s[%d]", f.path, lang, i), "empty question")
			}
		}
	}
	l.checkText(f.file, f.path+".answer", q.Answer)
	l.checkCites(f.file, f.path+".cite", q.Cite, b)
	b.faq = append(b.faq, q)
}

// firstCopy says where the first of two copies is, for "duplicate"
// errors: "; the first is at faq.yaml:12".
func (l *loader) firstCopy(file, field string) string {
	p := l.at(file, field)
	return fmt.Sprintf("; the first is at %s:%d", p.File, p.Line)
}

func sortStrings(s []string) { sort.Strings(s) }

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// definedInstead points at a defined ID that looks like a misspelling of the
// one the code needs.
func definedInstead(defined []string, id string) string {
	if s := Suggest(id, defined); s != "" {
		return fmt.Sprintf("; a file defines %q: is that a misspelling?", s)
	}
	return ""
}

// checkFuture refuses a checked_on after today: nobody can have checked a
// figure on a day that has not come, and a typo there would hide the
// figure from the stale-figure warning for years.
func (l *loader) checkFuture(file, field string, d rules.Date, opt Options) bool {
	if opt.Today.IsZero() || !opt.Today.Before(d) {
		return false
	}
	l.errorf(file, field, "checked on %s, which is after today (%s); write the day you checked the source", d, opt.Today)
	return true
}

// buildFolds checks the synonyms and builds the folder the FAQ search uses.
// A spelling may fold into one word only, and a target must stay as it is
// when folded: otherwise what the search sees would depend on the order of
// the lines.
func (l *loader) buildFolds() *folder {
	var ok []Synonym
	seen := map[string]string{} // folded spelling -> path where listed
	for _, s := range l.synonyms {
		sy := s.v
		if strings.TrimSpace(sy.To) == "" {
			l.errorf(s.file, s.path+".to", "to is required: the word the FAQ's questions use")
			continue
		}
		if len(sy.From) == 0 {
			l.errorf(s.file, s.path+".from", "from is required: the other ways people write %q", sy.To)
			continue
		}
		good := Synonym{To: sy.To}
		for i, f := range sy.From {
			p := fmt.Sprintf("%s.from[%d]", s.path, i)
			key := foldSpelling(f)
			switch {
			case strings.TrimSpace(f) == "":
				l.errorf(s.file, p, "empty spelling")
			case key == foldSpelling(sy.To):
				l.errorf(s.file, p, "%q is the word itself; list only other spellings", f)
			case seen[key] != "":
				l.errorf(s.file, p, "%q is already folded by %s; a spelling folds into one word only", f, seen[key])
			default:
				seen[key] = s.file + ": " + p
				good.From = append(good.From, f)
			}
		}
		if len(good.From) > 0 {
			ok = append(ok, good)
		}
	}
	fo := newFolder(ok)
	for _, s := range l.synonyms {
		if to := foldSpelling(s.v.To); to != "" && fo.replace(to) != strings.Join(strings.Fields(to), " ") {
			l.errorf(s.file, s.path+".to", "%q is itself changed by another synonym (to %q); fold it into the final word directly",
				s.v.To, fo.replace(to))
		}
	}
	return fo
}

// checkSynonymsUsed warns about a synonym whose word no FAQ question uses:
// folding into it finds nothing.
func (l *loader) checkSynonymsUsed(b *Base) {
	var questions []string
	for _, f := range b.faq {
		for _, q := range append(append([]string(nil), f.Questions.Zh...), f.Questions.En...) {
			questions = append(questions, strings.Join(strings.Fields(b.folds.fold(q)), " "))
		}
	}
	for _, s := range l.synonyms {
		to := strings.Join(strings.Fields(foldSpelling(s.v.To)), " ")
		if to == "" || len(b.faq) == 0 {
			continue
		}
		if !slices.ContainsFunc(questions, func(q string) bool { return strings.Contains(q, to) }) {
			l.warnf(s.file, s.path+".to", "no FAQ question uses %q, so folding into it finds nothing; use the word the questions use", s.v.To)
		}
	}
}
