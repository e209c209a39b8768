package web

import (
	"bytes"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"bujiao/knowledge"
	"bujiao/rules"
)

// pageView is what templates/page.html renders.
type pageView struct {
	Lang         knowledge.Lang
	HTMLLang     string
	LangName     string
	OtherLang    knowledge.Lang
	OtherName    string
	OtherURL     string
	HomeURL      string
	Fields       []fieldView
	Today        string
	TodayDefault string
	TodayError   string
	Regions      []regionOption
	Problems     []problemView
	AllMissing   bool
	Answer       *answerView
	KBVersion    string
	AssetVersion string
}

// T returns a chrome message in the page's language.
func (v *pageView) T(key string) string { return tr(v.Lang, key) }

type fieldView struct {
	Key, Kind, Show  string
	ID, Label, Hint  string
	Value, Error     string
	Missing, Hidden  bool
	Optional         bool
	InputMode, List  string
	Placeholder      string
	Options          []optionView
	ChooseLabel      string
	DescribedBy      string
	OptionalLabel    string
	HintID, ErrorID  string
	ContainerID      string
	IsRadio, IsText  bool
	IsSelect, IsDate bool
}

type optionView struct {
	ID, Value, Label string
	Checked          bool
}

type regionOption struct{ ID, Name string }

type problemView struct {
	Anchor, Label, Message string
}

type answerView struct {
	Verdict                   string
	Title                     string
	VerdictLabel, VerdictName string
	VerdictText               string
	RegionLabel, RegionName   string
	SourcesLabel, Sources     string
	CheckedOn                 string
	Colon                     string
	AsOf                      string
	Parts                     []partView
	VersionLine               string
	Text, Markdown            string
	Permalink, TextURL, MDURL string
	// Case is the case line; Short the short answer as plain text, for
	// "copy short answer", and ShortURL the same as a link.
	Case, Short, ShortURL string
	// ICSURL is the calendar file of the dated deadlines ("Add to
	// calendar"), empty when the answer has none.
	ICSURL, ICSLabel string
	// ShortLines is the short answer as shown above the full one (its
	// case line is the page's own).
	ShortLines []string
	// TelegramParts are the plain-text answer cut to Telegram's message
	// size, one copy button each.
	TelegramParts []telegramPart
}

type telegramPart struct {
	ID, Text, Label, Done string
}

// partView is a knowledge.Part with each line's label separator worked
// out, as the text renderer writes it.
type partView struct {
	Heading         string
	Numbered, Prose bool
	// Later parts (documents, channels, basis, notes) are folded into a
	// <details> element, which opens without JavaScript.
	Later bool
	Lines []lineView
}

type lineView struct {
	Label, Sep, Text string
	Strong           bool
}

func partViews(parts []knowledge.Part, lang knowledge.Lang) []partView {
	out := make([]partView, 0, len(parts))
	for _, p := range parts {
		pv := partView{Heading: p.Heading, Numbered: p.Numbered, Prose: p.Prose, Later: p.Later}
		for _, l := range p.Lines {
			lv := lineView{Label: l.Label, Text: l.Text, Strong: l.Strong}
			if l.Label != "" && l.Text != "" {
				lv.Sep = knowledge.Colon(lang)
			}
			pv.Lines = append(pv.Lines, lv)
		}
		out = append(out, pv)
	}
	return out
}

// caseQuery encodes a case as a query string in a fixed order (the fact
// keys in ask's order, then today and lang), for permalinks.
func caseQuery(kv map[string]string, today string, lang knowledge.Lang) string {
	var parts []string
	for _, k := range knowledge.FactKeys {
		if v, ok := kv[k]; ok && v != "" {
			parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	if today != "" {
		parts = append(parts, "today="+url.QueryEscape(today))
	}
	parts = append(parts, "lang="+string(lang))
	return strings.Join(parts, "&")
}

// pageCase reads the page's query: language, date and the fact values.
func (s *Server) pageCase(b *knowledge.Base, q url.Values) (lang knowledge.Lang, day, defDay rules.Date, todayRaw, todayErr string, raw map[string]string) {
	lang = knowledge.Zh
	if l, ok := knowledge.ParseLang(strings.TrimSpace(q.Get("lang"))); ok {
		lang = l
	}
	defDay = knowledge.Today(s.now())
	day = defDay
	todayRaw = strings.TrimSpace(q.Get("today"))
	if todayRaw != "" {
		d, err := knowledge.ParseDay(todayRaw)
		if err != nil {
			todayErr = invalidMessage(b, lang, "today", todayRaw)
		} else {
			day = d
		}
	}
	raw = map[string]string{}
	for _, k := range knowledge.FactKeys {
		if v := strings.TrimSpace(q.Get(k)); v != "" {
			raw[k] = v
		}
	}
	chatGap(raw, day)
	return lang, day, defDay, todayRaw, todayErr, raw
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	b := s.kb()
	if b == nil {
		http.Error(w, tr(knowledge.Zh, "err.kb"), http.StatusServiceUnavailable)
		return
	}
	lang, day, defDay, todayRaw, todayErr, raw := s.pageCase(b, r.URL.Query())
	defs := fieldDefs(b)
	// What the given answers imply (a payer means a working employee) is
	// shown selected, so the fields that follow from it appear; the
	// permalink keeps only what was given.
	implied := withImplied(b, raw)
	shown, keptImplied := visibility(b, defs, implied)
	kept := map[string]string{}
	for k := range keptImplied {
		if v, ok := raw[k]; ok {
			kept[k] = v
		}
	}

	var (
		o     rules.Outcome
		ferrs []FieldError
	)
	answered := false
	if len(kept) > 0 && todayErr == "" {
		var err error
		o, ferrs, err = evaluate(b, kept, day, lang)
		if err != nil {
			s.log.Error("page: evaluate", "err", err)
			http.Error(w, tr(lang, "err.internal"), http.StatusInternalServerError)
			return
		}
		answered = len(ferrs) == 0
	}

	// A date equal to today's is left out of links, so a bookmarked case
	// is answered for the day it is opened.
	linkToday := ""
	if todayErr == "" && todayRaw != "" && day != defDay {
		linkToday = day.String()
	}
	v := &pageView{
		Lang: lang, HTMLLang: map[knowledge.Lang]string{knowledge.Zh: "zh-CN", knowledge.En: "en"}[lang],
		LangName: tr(lang, "lang_name"), OtherLang: otherLang(lang), OtherName: tr(otherLang(lang), "lang_name"),
		OtherURL:  "/?" + caseQuery(kept, linkToday, otherLang(lang)),
		HomeURL:   "/?lang=" + string(lang),
		Today:     day.String(),
		KBVersion: b.Version.String(), AssetVersion: s.assetVersion, TodayDefault: defDay.String(),
	}
	if todayErr != "" {
		v.Today, v.TodayError = todayRaw, todayErr
	}
	errByKey := map[string]FieldError{}
	for _, e := range ferrs {
		if _, dup := errByKey[e.Field]; !dup {
			errByKey[e.Field] = e
		}
	}
	v.AllMissing = true
	for _, f := range defs {
		fv := s.fieldView(b, lang, f, keptImplied[f.Key], !shown[f.Key], errByKey[f.Key])
		v.Fields = append(v.Fields, fv)
	}
	for _, e := range ferrs {
		label := e.Field
		anchor := ""
		if i := slices.IndexFunc(v.Fields, func(f fieldView) bool { return f.Key == e.Field }); i >= 0 {
			label, anchor = v.Fields[i].Label, "#"+v.Fields[i].ContainerID
		}
		v.Problems = append(v.Problems, problemView{Anchor: anchor, Label: label, Message: e.Message})
		if !e.Missing {
			v.AllMissing = false
		}
	}
	for _, reg := range b.Regions() {
		// The name in the page's language is what goes in the box (the
		// region resolves it); IDs are for scripts, not for staff.
		v.Regions = append(v.Regions, regionOption{ID: reg.ID, Name: reg.Name.In(lang)})
	}

	if answered {
		a := b.BuildAnswer(&o, lang)
		text, err1 := b.Render(&o, lang, knowledge.FormatText)
		md, err2 := b.Render(&o, lang, knowledge.FormatMarkdown)
		short, err3 := b.RenderShort(&o, lang, knowledge.FormatText)
		if err3 != nil {
			err1 = errors.Join(err1, err3)
		}
		if err1 != nil || err2 != nil {
			s.log.Error("page: render", "err", err1, "err2", err2)
			http.Error(w, tr(lang, "err.internal"), http.StatusInternalServerError)
			return
		}
		q := caseQuery(kept, linkToday, lang)
		// The permalink names the day it was answered for: opened next
		// month it must give the same answer, not a new one.
		permalink := "/?" + caseQuery(kept, day.String(), lang)
		v.Answer = &answerView{
			Verdict: a.Verdict, Title: b.Msg(lang, "answer.title"),
			VerdictLabel: b.Msg(lang, "answer.verdict"), VerdictName: a.VerdictName, VerdictText: a.VerdictText,
			RegionLabel: b.Msg(lang, "answer.region"), RegionName: a.Region.Name,
			SourcesLabel: b.Msg(lang, "answer.region_sources"), Sources: a.Region.Source,
			CheckedOn: a.Region.CheckedOn.String(), Colon: knowledge.Colon(lang),
			AsOf:  tr(lang, "as_of", "today", day.String()),
			Parts: partViews(b.Outline(&a), lang), VersionLine: b.VersionLine(&a),
			Text: text, Markdown: md,
			Permalink: permalink, TextURL: "/answer.txt?" + q, MDURL: "/answer.md?" + q,
			Case: b.CaseLineOf(&o, lang), Short: short, ShortURL: "/answer.txt?" + q + "&brief=1",
		}
		for _, line := range strings.Split(strings.TrimSpace(short), "\n") {
			if line = strings.TrimSpace(line); line != "" && line != v.Answer.Case {
				v.Answer.ShortLines = append(v.Answer.ShortLines, line)
			}
		}
		parts := telegramParts(text, telegramLimit)
		for i, p := range parts {
			n := strconv.Itoa(len(parts))
			k := strconv.Itoa(i + 1)
			label := tr(lang, "telegram_part", "i", k, "n", n)
			if len(parts) == 1 {
				label = tr(lang, "telegram_whole")
			}
			v.Answer.TelegramParts = append(v.Answer.TelegramParts, telegramPart{ID: "answer-tg-" + k, Text: p,
				Label: label, Done: tr(lang, "copied_telegram", "i", k, "n", n)})
		}
		if len(b.DatedDeadlines(&o, lang)) > 0 {
			v.Answer.ICSURL, v.Answer.ICSLabel = "/answer.ics?"+q, b.Msg(lang, "ics.link")
		}
		s.countAnswer(r, "page", &o, kept)
	}

	var buf bytes.Buffer
	if err := s.page.Execute(&buf, v); err != nil {
		s.log.Error("page: template", "err", err)
		http.Error(w, tr(lang, "err.internal"), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

func (s *Server) fieldView(b *knowledge.Base, lang knowledge.Lang, f fieldDef, value string, hidden bool, fe FieldError) fieldView {
	fv := fieldView{
		Key: f.Key, Kind: string(f.Kind), Show: f.Show, ID: "f-" + f.Key, ContainerID: "field-" + f.Key,
		Label: kbMsg(b, lang, f.Label), Value: value, Hidden: hidden, Optional: f.Optional,
		InputMode: f.InputMode, List: f.List, Placeholder: f.Pattern,
		HintID: "hint-" + f.Key, ErrorID: "err-" + f.Key,
		IsRadio: f.Kind == kindRadio, IsSelect: f.Kind == kindSelect, IsText: f.Kind == kindText, IsDate: f.Kind == kindDate,
		ChooseLabel: tr(lang, "choose"), OptionalLabel: tr(lang, "optional"),
	}
	if f.Key == "prior_scheme" {
		fv.ChooseLabel = tr(lang, "no_switch")
	}
	if f.Hint {
		fv.Hint = validText(b, lang, f.Key)
	}
	if !hidden && fe.Message != "" {
		fv.Error, fv.Missing = fe.Message, fe.Missing
		// The message already says what is valid.
		if !isChoice(f.Key) {
			fv.Hint = ""
		}
	}
	var desc []string
	if fv.Hint != "" {
		desc = append(desc, fv.HintID)
	}
	if fv.Error != "" {
		desc = append(desc, fv.ErrorID)
	}
	fv.DescribedBy = strings.Join(desc, " ")
	norm := normalise(b, f.Key, value)
	for _, o := range f.Options {
		fv.Options = append(fv.Options, optionView{ID: fv.ID + "-" + o, Value: o,
			Label: kbMsg(b, lang, f.optionLabelKey(o)), Checked: value != "" && norm == o})
	}
	return fv
}

// serveRendered answers GET /answer.txt, /answer.md and /answer.ics (the
// dated deadlines as a calendar; 404 when there are none): the same query as
// the page (every fact key as given, like ask's flags), the answer as
// Render writes it. Unknown parameters and bad or missing facts are a 400
// with one message a line.
func (s *Server) serveRendered(format knowledge.Format) http.Handler {
	ctype := "text/plain; charset=utf-8"
	switch format {
	case knowledge.FormatMarkdown:
		ctype = "text/markdown; charset=utf-8"
	case knowledge.FormatICS:
		ctype = "text/calendar; charset=utf-8"
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := s.kb()
		if b == nil {
			http.Error(w, tr(knowledge.Zh, "err.kb"), http.StatusServiceUnavailable)
			return
		}
		q := r.URL.Query()
		lang, day, _, _, todayErr, raw := s.pageCase(b, q)
		var msgs []string
		if l := q.Get("lang"); l != "" {
			if _, ok := knowledge.ParseLang(strings.TrimSpace(l)); !ok {
				msgs = append(msgs, "lang: "+invalidMessage(b, lang, "lang", l))
			}
		}
		if todayErr != "" {
			msgs = append(msgs, "today: "+todayErr)
		}
		brief := false
		switch v := q.Get("brief"); v {
		case "", "0", "false":
		case "1", "true":
			brief = true
		default:
			msgs = append(msgs, "brief: "+tr(lang, "err.invalid", "value", v, "valid", "1 | 0"))
		}
		for k := range q {
			if !slices.Contains(knowledge.FactKeys, k) && k != "today" && k != "lang" && k != "brief" {
				msgs = append(msgs, k+": "+tr(lang, "err.unknown_key", "key", k,
					"keys", strings.Join(append(slices.Clone(knowledge.FactKeys), "today", "lang", "brief"), ", ")))
			}
		}
		if len(msgs) == 0 {
			o, ferrs, err := evaluate(b, raw, day, lang)
			if err != nil {
				s.log.Error("answer: evaluate", "err", err)
				http.Error(w, tr(lang, "err.internal"), http.StatusInternalServerError)
				return
			}
			for _, e := range ferrs {
				msgs = append(msgs, e.Field+": "+e.Message)
			}
			if len(msgs) == 0 {
				render := b.Render
				switch {
				case format == knowledge.FormatICS:
					render = func(o *rules.Outcome, lang knowledge.Lang, _ knowledge.Format) (string, error) {
						return b.RenderICS(o, lang)
					}
					w.Header().Set("Content-Disposition", `attachment; filename="bujiao-deadlines.ics"`)
				case brief:
					render = b.RenderShort
				}
				out, err := render(&o, lang, format)
				if errors.Is(err, knowledge.ErrNoDatedDeadline) {
					// An empty calendar is not valid iCalendar.
					w.Header().Del("Content-Disposition")
					w.Header().Set("Cache-Control", "no-store")
					http.Error(w, b.Msg(lang, "ics.no_deadline"), http.StatusNotFound)
					return
				}
				if err != nil {
					s.log.Error("answer: render", "err", err)
					http.Error(w, tr(lang, "err.internal"), http.StatusInternalServerError)
					return
				}
				s.countAnswer(r, "text", &o, raw)
				w.Header().Set("Content-Type", ctype)
				w.Header().Set("Cache-Control", "no-store")
				w.Write([]byte(out))
				return
			}
		}
		slices.Sort(msgs)
		w.Header().Set("Cache-Control", "no-store")
		http.Error(w, strings.Join(msgs, "\n"), http.StatusBadRequest)
	})
}
