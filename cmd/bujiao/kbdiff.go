package main

import (
	"archive/tar"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"bujiao/knowledge"
	"bujiao/rules"
)

// kb diff answers a grid of cases with the old and the new knowledge base
// and reports what a maintainer needs to judge an edit: which kinds of
// answer changed in how many cases, each distinct change once with the
// cases it touches, and what changed in the FAQ. How a case is answered is
// passed in (caseAnswerer), so this file knows nothing of the rules.

// caseAnswerer answers one case with one knowledge base, as flat fields
// (key -> value) in the language of the comparison.
type caseAnswerer func(b *knowledge.Base, c diffCase) map[string]string

// Kinds of change, in the order the summary lists them.
const (
	changeVerdict   = "verdict"
	changeDates     = "dates"
	changeMoney     = "money"
	changeDocuments = "documents"
	changeWording   = "wording"
	changeSources   = "sources"
)

var changeKinds = []string{changeVerdict, changeDates, changeMoney, changeDocuments, changeWording, changeSources}

// changeKind sorts an answer field into the kind of change a reviewer
// weighs differently: a verdict or a date matters more than a source line.
func changeKind(field string) string {
	switch {
	case field == "verdict" || field == "path" || field == "error" || field == "back_payment.allowed" ||
		field == "agreement.id" || field == "region.id" || field == "region.fallback":
		return changeVerdict
	case strings.HasPrefix(field, "coverage.") || strings.HasPrefix(field, "retirement."):
		return changeDates
	case strings.HasPrefix(field, "back_payment."):
		return changeMoney
	case strings.HasPrefix(field, "documents"):
		return changeDocuments
	case field == "citations" || strings.HasPrefix(field, "citation[") || field == "region.checked_on" || field == "region.source":
		return changeSources
	}
	return changeWording
}

// changeGroup is one distinct change (a field from one value to another)
// and every case it appears in.
type changeGroup struct {
	Kind   string   `json:"kind"`
	Field  string   `json:"field"`
	Before string   `json:"before"`
	After  string   `json:"after"`
	Cases  []string `json:"cases"`
}

// faqChange is one difference in one FAQ entry.
type faqChange struct {
	ID string `json:"id"`
	// Change is added, removed, reworded (the answer), questions or
	// citations.
	Change           string   `json:"change"`
	Lang             string   `json:"lang,omitempty"`
	Before           string   `json:"before,omitempty"`
	After            string   `json:"after,omitempty"`
	QuestionsAdded   []string `json:"questions_added,omitempty"`
	QuestionsRemoved []string `json:"questions_removed,omitempty"`
}

// kbDiff is the whole comparison; it is also the JSON CI reads.
type kbDiff struct {
	Old          knowledge.Version `json:"old"`
	New          knowledge.Version `json:"new"`
	Cases        int               `json:"cases"`
	ChangedCases int               `json:"changed_cases"`
	// ByKind counts the cases with at least one change of each kind.
	ByKind map[string]int `json:"cases_by_kind"`
	Groups []changeGroup  `json:"changes"`
	// FAQByChange counts FAQ entries per kind of change.
	FAQByChange map[string]int `json:"faq_entries_by_change"`
	FAQ         []faqChange    `json:"faq"`
	// Laws lists changes to the documents answers cite: a summary no case
	// cites still shows here.
	Laws []lawChange `json:"laws"`
}

// lawChange is one difference in one law: added, removed, a source field,
// or an article or section summary.
type lawChange struct {
	ID     string `json:"id"`
	Field  string `json:"field,omitempty"`
	Change string `json:"change"` // added, removed, changed
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
}

// compareKnowledge answers every case with both bases and compares the FAQ.
func compareKnowledge(oldKB, newKB *knowledge.Base, cases []diffCase, answer caseAnswerer) kbDiff {
	d := kbDiff{Old: oldKB.Version, New: newKB.Version, Cases: len(cases), ByKind: map[string]int{},
		FAQByChange: map[string]int{}}
	for _, k := range changeKinds {
		d.ByKind[k] = 0
	}
	type groupKey struct{ field, before, after string }
	index := map[groupKey]int{}
	for _, c := range cases {
		before, after := answer(oldKB, c), answer(newKB, c)
		keys := map[string]bool{}
		for k := range before {
			keys[k] = true
		}
		for k := range after {
			keys[k] = true
		}
		kinds := map[string]bool{}
		for _, k := range sortedKeySet(keys) {
			if before[k] == after[k] {
				continue
			}
			kinds[changeKind(k)] = true
			gk := groupKey{k, before[k], after[k]}
			i, ok := index[gk]
			if !ok {
				i = len(d.Groups)
				index[gk] = i
				d.Groups = append(d.Groups, changeGroup{Kind: changeKind(k), Field: k, Before: before[k], After: after[k]})
			}
			d.Groups[i].Cases = append(d.Groups[i].Cases, c.name)
		}
		if len(kinds) > 0 {
			d.ChangedCases++
		}
		for k := range kinds {
			d.ByKind[k]++
		}
	}
	kindOrder := func(k string) int { return slices.Index(changeKinds, k) }
	sort.SliceStable(d.Groups, func(i, j int) bool {
		a, b := d.Groups[i], d.Groups[j]
		if a.Kind != b.Kind {
			return kindOrder(a.Kind) < kindOrder(b.Kind)
		}
		if len(a.Cases) != len(b.Cases) {
			return len(a.Cases) > len(b.Cases)
		}
		if a.Field != b.Field {
			return a.Field < b.Field
		}
		return a.Before < b.Before
	})
	d.FAQ = compareFAQ(oldKB.FAQs(), newKB.FAQs())
	for _, k := range []string{"added", "removed", "reworded", "questions", "citations"} {
		d.FAQByChange[k] = 0
	}
	d.Laws = compareLaws(oldKB.Laws(), newKB.Laws())
	counted := map[string]bool{}
	for _, f := range d.FAQ {
		if !counted[f.Change+"\x00"+f.ID] {
			counted[f.Change+"\x00"+f.ID] = true
			d.FAQByChange[f.Change]++
		}
	}
	return d
}

// compareFAQ lists what changed in the FAQ, entry by entry in the new
// order, removed entries last.
func compareFAQ(oldFAQ, newFAQ []*knowledge.FAQ) []faqChange {
	old := map[string]*knowledge.FAQ{}
	for _, f := range oldFAQ {
		old[f.ID] = f
	}
	var out []faqChange
	seen := map[string]bool{}
	for _, n := range newFAQ {
		seen[n.ID] = true
		o, ok := old[n.ID]
		if !ok {
			out = append(out, faqChange{ID: n.ID, Change: "added", After: n.Answer.En})
			continue
		}
		for _, lang := range []string{"zh", "en"} {
			ob, nb := o.Answer.Zh, n.Answer.Zh
			oq, nq := o.Questions.Zh, n.Questions.Zh
			if lang == "en" {
				ob, nb, oq, nq = o.Answer.En, n.Answer.En, o.Questions.En, n.Questions.En
			}
			if ob != nb {
				out = append(out, faqChange{ID: n.ID, Change: "reworded", Lang: lang, Before: ob, After: nb})
			}
			added, removed := listDelta(oq, nq)
			if len(added)+len(removed) > 0 {
				out = append(out, faqChange{ID: n.ID, Change: "questions", Lang: lang, QuestionsAdded: added, QuestionsRemoved: removed})
			}
		}
		if oc, nc := citeList(o.Cite), citeList(n.Cite); oc != nc {
			out = append(out, faqChange{ID: n.ID, Change: "citations", Before: oc, After: nc})
		}
	}
	for _, o := range oldFAQ {
		if !seen[o.ID] {
			out = append(out, faqChange{ID: o.ID, Change: "removed", Before: o.Answer.En})
		}
	}
	return out
}

// compareLaws lists what changed in the laws, in the new order, removed
// ones last.
func compareLaws(oldLaws, newLaws []*knowledge.Law) []lawChange {
	old := map[string]*knowledge.Law{}
	for _, l := range oldLaws {
		old[l.ID] = l
	}
	out := []lawChange{}
	seen := map[string]bool{}
	for _, n := range newLaws {
		seen[n.ID] = true
		o, ok := old[n.ID]
		if !ok {
			out = append(out, lawChange{ID: n.ID, Change: "added", After: n.Title.En})
			continue
		}
		before, after := lawFields(o), lawFields(n)
		keys := map[string]bool{}
		for k := range before {
			keys[k] = true
		}
		for k := range after {
			keys[k] = true
		}
		for _, k := range sortedKeySet(keys) {
			if before[k] != after[k] {
				out = append(out, lawChange{ID: n.ID, Field: k, Change: "changed", Before: before[k], After: after[k]})
			}
		}
	}
	for _, o := range oldLaws {
		if !seen[o.ID] {
			out = append(out, lawChange{ID: o.ID, Change: "removed", Before: o.Title.En})
		}
	}
	return out
}

func lawFields(l *knowledge.Law) map[string]string {
	f := map[string]string{
		"title.zh": l.Title.Zh, "title.en": l.Title.En, "short.zh": l.Short.Zh, "short.en": l.Short.En,
		"source.url": l.Source.URL, "source.issued": l.Source.Issued, "source.checked_on": l.Source.CheckedOn.String(),
		"source.confidence": l.Source.Confidence,
	}
	for _, a := range l.Articles {
		f[fmt.Sprintf("article %d.zh", a.Number)] = a.Summary.Zh
		f[fmt.Sprintf("article %d.en", a.Number)] = a.Summary.En
	}
	for _, sec := range l.Sections {
		f["section "+sec.ID+".zh"] = sec.Summary.Zh
		f["section "+sec.ID+".en"] = sec.Summary.En
	}
	return f
}

func listDelta(before, after []string) (added, removed []string) {
	for _, a := range after {
		if !slices.Contains(before, a) {
			added = append(added, a)
		}
	}
	for _, b := range before {
		if !slices.Contains(after, b) {
			removed = append(removed, b)
		}
	}
	return added, removed
}

func citeList(cs []rules.Citation) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = citeString(c)
	}
	return strings.Join(s, ", ")
}

func citeString(c rules.Citation) string {
	switch {
	case c.Article != 0:
		return fmt.Sprintf("%s:%d", c.Law, c.Article)
	case c.Section != "":
		return c.Law + ":" + c.Section
	}
	return c.Law
}

// writeDiffText prints the summary, then each kind of change with its
// distinct changes folded (most cases first), then the FAQ.
func writeDiffText(w io.Writer, d kbDiff, maxGroups int) {
	fmt.Fprintf(w, "knowledge %s → %s\n", d.Old, d.New)
	var parts []string
	for _, k := range changeKinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, d.ByKind[k]))
	}
	fmt.Fprintf(w, "%d of %d cases changed: %s\n", d.ChangedCases, d.Cases, strings.Join(parts, ", "))
	fmt.Fprintf(w, "FAQ entries: %d added, %d removed, %d reworded, %d with changed questions, %d with changed citations\n",
		d.FAQByChange["added"], d.FAQByChange["removed"], d.FAQByChange["reworded"], d.FAQByChange["questions"], d.FAQByChange["citations"])
	laws := map[string]map[string]bool{}
	for _, l := range d.Laws {
		if laws[l.Change] == nil {
			laws[l.Change] = map[string]bool{}
		}
		laws[l.Change][l.ID] = true
	}
	fmt.Fprintf(w, "laws: %d added, %d removed, %d changed\n", len(laws["added"]), len(laws["removed"]), len(laws["changed"]))
	for _, k := range changeKinds {
		var groups []changeGroup
		for _, g := range d.Groups {
			if g.Kind == k {
				groups = append(groups, g)
			}
		}
		if len(groups) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s: %d case(s), %d distinct change(s)\n", k, d.ByKind[k], len(groups))
		// Changes that touch exactly the same cases are one edit seen
		// through several fields (a wait and the date it moves): one line.
		type bucket struct {
			short, long []changeGroup
		}
		var order []string
		buckets := map[string]*bucket{}
		for _, g := range groups {
			key := strings.Join(g.Cases, "\x00")
			b := buckets[key]
			if b == nil {
				b = &bucket{}
				buckets[key] = b
				order = append(order, key)
			}
			if isShortChange(g) {
				b.short = append(b.short, g)
			} else {
				b.long = append(b.long, g)
			}
		}
		for i, key := range order {
			if maxGroups > 0 && i == maxGroups {
				rest, n := map[string]bool{}, 0
				for _, key := range order[i:] {
					n += len(buckets[key].short) + len(buckets[key].long)
					for _, c := range strings.Split(key, "\x00") {
						rest[c] = true
					}
				}
				fmt.Fprintf(w, "  … %d more distinct change(s) in %d case(s); kb diff --all lists them\n", n, len(rest))
				break
			}
			b := buckets[key]
			if len(b.short) > 0 {
				parts := make([]string, len(b.short))
				for j, g := range b.short {
					parts[j] = fmt.Sprintf("%s: %s → %s", g.Field, orAbsent(g.Before), orAbsent(g.After))
				}
				cases := b.short[0].Cases
				fmt.Fprintf(w, "  %s in %d case(s): %s\n", strings.Join(parts, "; "), len(cases), caseList(cases, 3))
			}
			for _, g := range b.long {
				writeGroup(w, g)
			}
		}
	}
	if len(d.FAQ) > 0 {
		fmt.Fprintln(w, "\nFAQ")
	}
	for _, f := range d.FAQ {
		switch f.Change {
		case "added", "removed":
			fmt.Fprintf(w, "  %s %s: %s\n", f.Change, f.ID, clip(f.Before+f.After, 100))
		case "reworded":
			fmt.Fprintf(w, "  reworded %s (%s):\n    - %s\n    + %s\n", f.ID, f.Lang, f.Before, f.After)
		case "questions":
			fmt.Fprintf(w, "  questions of %s (%s):", f.ID, f.Lang)
			for _, q := range f.QuestionsAdded {
				fmt.Fprintf(w, " +%q", q)
			}
			for _, q := range f.QuestionsRemoved {
				fmt.Fprintf(w, " -%q", q)
			}
			fmt.Fprintln(w)
		case "citations":
			fmt.Fprintf(w, "  citations of %s: %s → %s\n", f.ID, orAbsent(f.Before), orAbsent(f.After))
		}
	}
	if len(d.Laws) > 0 {
		fmt.Fprintln(w, "\nlaws")
	}
	for _, l := range d.Laws {
		switch {
		case l.Change != "changed":
			fmt.Fprintf(w, "  %s %s: %s\n", l.Change, l.ID, l.Before+l.After)
		case len(l.Before) <= 40 && len(l.After) <= 40:
			fmt.Fprintf(w, "  %s %s: %s → %s\n", l.ID, l.Field, orAbsent(l.Before), orAbsent(l.After))
		default:
			fmt.Fprintf(w, "  %s %s:\n    - %s\n    + %s\n", l.ID, l.Field, orAbsent(l.Before), orAbsent(l.After))
		}
	}
}

// isShortChange: both values fit on one line with the field name.
func isShortChange(g changeGroup) bool {
	return len(g.Before) <= 40 && len(g.After) <= 40 && !strings.ContainsAny(g.Before+g.After, "\n")
}

func writeGroup(w io.Writer, g changeGroup) {
	where := fmt.Sprintf("in %d case(s): %s", len(g.Cases), caseList(g.Cases, 3))
	if isShortChange(g) {
		fmt.Fprintf(w, "  %s: %s → %s %s\n", g.Field, orAbsent(g.Before), orAbsent(g.After), where)
		return
	}
	fmt.Fprintf(w, "  %s %s\n    - %s\n    + %s\n", g.Field, where, orAbsent(g.Before), orAbsent(g.After))
}

func caseList(cases []string, n int) string {
	if len(cases) <= n {
		return strings.Join(cases, "; ")
	}
	return fmt.Sprintf("%s; … (+%d)", strings.Join(cases[:n], "; "), len(cases)-n)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func runKBDiff(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("kb diff", flag.ContinueOnError)
	fs.SetOutput(stdout)
	lang := fs.String("lang", "en", "language of the compared texts: zh or en")
	format := fs.String("format", "text", "text, or json for CI")
	all := fs.Bool("all", false, "list every distinct change, not the first 12 of each kind")
	rev := fs.String("git", "", "compare DIR (default knowledge/kb) at this git revision with the working tree")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError("%v", err)
	}
	l, ok := knowledge.ParseLang(*lang)
	if !ok {
		return usageError("kb diff: --lang: want zh or en")
	}
	if *format != "text" && *format != "json" {
		return usageError("kb diff: --format: want text or json, got %q", *format)
	}
	var oldDir, newDir string
	if *rev != "" {
		if fs.NArg() > 1 {
			return usageError("kb diff --git REV: give at most one knowledge directory (default knowledge/kb)")
		}
		newDir = "knowledge/kb"
		// From any folder of the checkout, not only its top.
		if dir, ok := checkoutKB(); ok {
			newDir = dir
		}
		if fs.NArg() == 1 {
			newDir = fs.Arg(0)
		}
		dir, cleanup, err := checkoutKnowledge(*rev, newDir)
		if err != nil {
			return err
		}
		defer cleanup()
		oldDir = dir
	} else {
		if fs.NArg() != 2 {
			return usageError("kb diff: give two knowledge directories, OLD and NEW, or --git REV [DIR] to compare with a git revision")
		}
		oldDir, newDir = fs.Arg(0), fs.Arg(1)
	}
	oldKB, err := loadKB(oldDir)
	if err != nil {
		return err
	}
	newKB, err := loadKB(newDir)
	if err != nil {
		return err
	}
	d := compareKnowledge(oldKB, newKB, diffCases(oldKB, newKB), func(b *knowledge.Base, c diffCase) map[string]string {
		return answerCaseFields(b, c, l)
	})
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	maxGroups := 12
	if *all {
		maxGroups = 0
	}
	writeDiffText(stdout, d, maxGroups)
	return nil
}

// diffCases is the grid over every region of either base, plus every
// scenario of either.
func diffCases(oldKB, newKB *knowledge.Base) []diffCase {
	regionSet := map[string]bool{"beijing": true}
	for _, b := range []*knowledge.Base{oldKB, newKB} {
		for _, r := range b.Regions() {
			regionSet[r.ID] = true
		}
	}
	cases := diffGrid(sortedKeySet(regionSet))
	seen := map[string]bool{}
	for _, b := range []*knowledge.Base{oldKB, newKB} {
		for _, s := range b.Scenarios() {
			if !seen[s.Name] {
				seen[s.Name] = true
				cases = append(cases, diffCase{name: "scenario: " + s.Name, today: s.Today, facts: s.Facts})
			}
		}
	}
	return cases
}

// answerCaseFields answers a case and flattens the answer, with the texts
// of its documents, steps, notes, channels and citations in lang, so a
// reworded text shows; the version hash is left out because it changes
// with any edit.
func answerCaseFields(b *knowledge.Base, c diffCase, lang knowledge.Lang) map[string]string {
	ans, err := b.AnswerCase(c.facts, c.today, lang)
	if err == nil {
		err = ans.Err()
	}
	if err != nil {
		return map[string]string{"error": err.Error()}
	}
	o := ans.Outcome
	flat := b.FlatAnswer(&o)
	a := b.BuildAnswer(&o, lang)
	flat["verdict_text"], flat["verdict_name"] = a.VerdictText, a.VerdictName
	flat["region.name"], flat["region.source"] = a.Region.Name, a.Region.Source
	for _, l := range []struct {
		key   string
		items []knowledge.NamedText
	}{{"documents", a.Documents}, {"steps", a.Steps}, {"notes", a.Notes}, {"channels", a.Channels}, {"consequences", a.Consequences}} {
		for _, it := range l.items {
			text := it.Text
			if it.Name != "" {
				text = it.Name + ": " + text
			}
			flat[l.key+"["+it.ID+"]"] = text
		}
	}
	if a.Agreement != nil {
		flat["agreement["+a.Agreement.ID+"]"] = a.Agreement.Text
	}
	for _, ca := range a.Citations {
		flat["citation["+ca.Label+"]"] = ca.Summary
	}
	delete(flat, "knowledge.hash")
	delete(flat, "knowledge.checked_on")
	return flat
}

// checkoutKnowledge writes dir as it is at git revision rev into a
// temporary directory, so that revision can be loaded like any other.
func checkoutKnowledge(rev, dir string) (string, func(), error) {
	top, err := gitOutput("", "rev-parse", "--show-toplevel")
	if err != nil {
		return "", nil, &exitError{code: 2, msg: "kb diff --git: not inside a git checkout; run it in the repository, or compare two directories: kb diff OLD NEW"}
	}
	top = strings.TrimSpace(top)
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", nil, err
	}
	// The checkout may be reached through a symbolic link.
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		abs = r
	}
	if r, err := filepath.EvalSymlinks(top); err == nil {
		top = r
	}
	rel, err := filepath.Rel(top, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", nil, usageError("kb diff --git: %s is not inside the git checkout %s", dir, top)
	}
	rel = filepath.ToSlash(rel)
	if _, err := gitOutput(top, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return "", nil, usageError("kb diff --git: %q is not a revision of this repository (try HEAD, HEAD~1, main or a commit hash)", rev)
	}
	archive, err := gitOutput(top, "archive", "--format=tar", rev, "--", rel)
	if err != nil {
		return "", nil, fmt.Errorf("kb diff --git: %s has no %s: %w", rev, rel, err)
	}
	tmp, err := os.MkdirTemp("", "bujiao-kb-diff-")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(tmp) }
	if err := untar(strings.NewReader(archive), tmp); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("kb diff --git: unpack %s at %s: %w", rel, rev, err)
	}
	out := filepath.Join(tmp, filepath.FromSlash(rel))
	if _, err := os.Stat(out); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("kb diff --git: %s has no %s", rev, rel)
	}
	return out, cleanup, nil
}

func gitOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return "", fmt.Errorf("git %s: %s", args[0], msg)
		}
		return "", fmt.Errorf("git %s: %w", args[0], err)
	}
	return stdout.String(), nil
}

// untar unpacks regular files and directories only; git archive writes
// nothing else that a knowledge directory needs.
func untar(r io.Reader, dir string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		name := filepath.FromSlash(h.Name)
		if !filepath.IsLocal(name) {
			return fmt.Errorf("unsafe path %q in archive", h.Name)
		}
		dst := filepath.Join(dir, name)
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(dst, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			data, err := io.ReadAll(tr)
			if err != nil {
				return err
			}
			if err := os.WriteFile(dst, data, 0o644); err != nil {
				return err
			}
		}
	}
}
