package knowledge

import (
	"bujiao/rules"

	"gopkg.in/yaml.v3"
)

// Lang is an answer language.
type Lang string

// Supported languages. Chinese is the default: most people asking are in
// mainland China.
const (
	Zh Lang = "zh"
	En Lang = "en"
)

// Langs lists the supported languages; every text needs all of them.
var Langs = []Lang{Zh, En}

// ParseLang accepts zh or en (case-insensitive).
func ParseLang(s string) (Lang, bool) {
	switch s {
	case "zh", "ZH", "Zh":
		return Zh, true
	case "en", "EN", "En":
		return En, true
	}
	return "", false
}

// Text is one sentence or paragraph in every supported language. Texts may
// contain {placeholders} filled from the outcome (see placeholders.go).
type Text struct {
	Zh string
	En string
}

// In returns the text in lang.
func (t Text) In(lang Lang) string {
	if lang == En {
		return t.En
	}
	return t.Zh
}

// Source is where a law or document was read and when it was last checked.
type Source struct {
	URL       string
	Issued    string     // as the document gives it, e.g. 2018-12-29 or 国务院令第765号
	CheckedOn rules.Date // when someone last confirmed the text
	// Confidence is "primary" (official text read) or "secondary" (read in
	// reprints quoting it).
	Confidence string
}

// Law is a law, regulation or policy document the answers cite.
type Law struct {
	ID     string
	Title  Text // full title
	Short  Text // short name used in citations
	Source Source
	// ValidFrom and ValidTo bound the days the document applies, where it
	// says (valid_to: "有效期3年"); an answer that applies it outside them
	// gets a generated note that the rule may have changed (issue 18).
	ValidFrom *rules.Date
	ValidTo   *rules.Date
	Articles  []Article
	Sections  []Section
}

// Article is a numbered article, summarised in our own words.
type Article struct {
	Number  int
	Summary Text
}

// Section is a part of a document without numbered articles.
type Section struct {
	ID string
	// Title labels a section whose ID is not how people cite it ("waiting"
	// → "关于待遇等待期"); optional.
	Title   *Text
	Summary Text
}

// Item is a document to bring, a step, an agreement, a consequence or a note.
type Item struct {
	ID   string
	Name Text // short label (documents, channels, verdicts)
	Text Text // the explanation
	// Cite gives the legal basis of the item, if any.
	Cite []rules.Citation
	// Kind classifies channels: online, in-person or phone.
	Kind string
}

// Region is a region with its own rules.
type Region struct {
	ID      string
	Name    Text
	Aliases []string
	// Division is the region's GB/T 2260 province code ("330000"): every
	// place in that province is answered by the region's rules.
	Division string
	// CheckedOn is when the region's figures were last checked against
	// their sources.
	CheckedOn rules.Date
	// Sources names the laws (by ID) the figures come from.
	Sources []string
	// Policy overrides the national baseline; only differences are written.
	// It is kept as a node and decoded over a fresh copy of the baseline.
	Policy yaml.Node
	policy rules.Policy
	// Summary explains the region's rules in a sentence or two.
	Summary Text
}

// FAQ is a frequently asked question with its answer.
type FAQ struct {
	ID string
	// Questions are the ways people ask it, per language.
	Questions struct {
		Zh []string
		En []string
	}
	// Keywords are the words that tell this entry apart from its
	// neighbours, in the knowledge base's own words, per language ("分期"
	// for paying arrears in instalments): a message containing one ranks
	// the entry higher, whatever else it says.
	Keywords struct {
		Zh []string
		En []string
	}
	// Refines names the national entries a regional entry answers for its
	// region: someone who named the region gets this entry first when the
	// search found one of those.
	Refines []string
	Answer  Text
	Cite    []rules.Citation
	// Seed names the seed page the entry answers, if any.
	Seed string
}

// Synonym folds the ways people write a word into the one the FAQ's
// questions use, before the FAQ is searched: typos and homophones (医宝),
// pinyin (yibao), 交 for 缴, colloquial words (倒闭, 跑路). Both the
// questions and the query are folded, so a variant need not be written
// once per spelling.
type Synonym struct {
	// To is the word the questions use.
	To string
	// From are the other ways of writing it.
	From []string
}

// Scenario is one maintainer-written test: facts in, expected answer fields out.
type Scenario struct {
	Name  string
	Today rules.Date
	// Lang is the answer's language for expectations (default en).
	Lang  Lang
	Facts ScenarioFacts
	// Expect maps JSON paths of the `ask --format json` answer (e.g.
	// "coverage.resumes_on") to their expected values, written as text.
	Expect map[string]string
	Pos    Pos `yaml:"-"`
}

// ScenarioFacts are the facts of a scenario with the names of the ask flags.
type ScenarioFacts map[string]string

// files are the shapes of the YAML files. One file may hold any of the
// top-level lists, so maintainers can organise them as they like.
type file struct {
	Laws         []Law
	Documents    []Item
	Channels     []Item
	Steps        []Item
	Agreements   []Item
	Consequences []Item
	Notes        []Item
	Verdicts     []Item
	Deadlines    []Item
	Unknowns     []Item
	Open         []Item
	Questions    []Item
	// Unused says why a given fact is not used (rules.UnusedIDs).
	Unused    []Item
	Messages  map[string]Text
	Regions   []Region
	FAQ       []FAQ `yaml:"faq"`
	Synonyms  []Synonym
	Scenarios []Scenario
}
