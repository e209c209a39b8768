package dialog

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"bujiao/dialog/persist"
	"bujiao/dialog/understand"
	"bujiao/knowledge"
	"bujiao/rules"
)

// Inline answers: someone types a case into any chat ("@bot 上海 灵活就业
// 断缴8个月") and posts the short answer, with a link that opens the full
// answer in the bot. The reading is the chat's own (Decide and the facts it
// applies), so the inline answer and the chat never disagree about a case.
// Nothing personal is kept: the case is stored without who asked, under a
// random token that expires after CaseTTL.

// MaxInlineQuery is the longest query read, in runes: Telegram sends at
// most 256 characters, and a longer one is not a case typed by hand.
const MaxInlineQuery = 256

// CaseTTL is how long a case shared by an inline answer can be opened.
const CaseTTL = 24 * time.Hour

// InlineKind says what an inline query found.
type InlineKind string

// Inline kinds; the strings label metrics.
const (
	InlineEmpty    InlineKind = "empty"    // nothing typed yet
	InlineTooLong  InlineKind = "too_long" // over MaxInlineQuery runes
	InlineNoFacts  InlineKind = "no_facts" // typed, but no fact understood
	InlineMissing  InlineKind = "missing"  // some facts, not enough to answer
	InlineAnswered InlineKind = "answer"   // a complete case, answered
)

// InlineResult is an inline query read and answered, as text in the
// query's language; transports add the link to the bot.
type InlineResult struct {
	Kind InlineKind
	Lang knowledge.Lang
	// Case holds the facts understood, to pre-fill the chat (Facts is
	// zero when nothing was understood).
	Case SharedCase
	// Understood lists the facts understood ("地区：上海"), Missing the
	// questions the chat would still ask, in question order.
	Understood []string
	Missing    []string
	// Title and Description show in the list of results; Text is the
	// message posted when the result is picked (the short answer, or what
	// is known and what is missing).
	Title, Description, Text string
	// OpenLabel is the label of the button under the posted message,
	// ContinueLabel the one under the "continue in the bot" message.
	OpenLabel, ContinueLabel string
	// ContinueTitle, ContinueDescription and ContinueText are the "continue
	// in the bot" result, offered always.
	ContinueTitle, ContinueDescription, ContinueText string
	// Verdict and Region are set for an answered case (for counting).
	Verdict, Region string
	// FAQTitle, FAQDescription and FAQText are the FAQ entry a question
	// in the query found, offered first; empty when none.
	FAQTitle, FAQDescription, FAQText string
}

// HasFacts reports whether anything worth carrying into the chat was
// understood.
func (r InlineResult) HasFacts() bool { return r.Kind == InlineMissing || r.Kind == InlineAnswered }

// InlineAnswer reads an inline query the way the chat reads a first
// message and answers it: the short answer for a complete case, else what
// is known and what is missing. It does no I/O.
func InlineAnswer(kb *knowledge.Base, query string, today rules.Date, lang knowledge.Lang) InlineResult {
	r := InlineResult{Lang: lang}
	q := strings.TrimSpace(strings.ToValidUTF8(query, ""))
	msg := func(key string) string { return kb.Msg(lang, key) }
	r.ContinueTitle, r.ContinueDescription = msg("in.continue_title"), msg("in.continue_desc")
	r.ContinueText, r.OpenLabel = msg("in.continue_text"), msg("in.open_continue")
	r.ContinueLabel = r.OpenLabel
	switch {
	case q == "":
		r.Kind = InlineEmpty
		r.Title, r.Description, r.Text = msg("in.empty_title"), msg("in.empty_desc"), msg("in.continue_text")
		return r
	case utf8.RuneCountInString(q) > MaxInlineQuery:
		r.Kind = InlineTooLong
		r.Title, r.Description, r.Text = msg("in.too_long_title"), msg("in.too_long_desc"), msg("in.continue_text")
		return r
	}
	if hz, ok := understand.Depinyin(q); ok {
		// Pinyin is read in characters, as the chat reads it.
		q = hz
	}
	q = understand.Simplified39d(q) // fold39d.go
	t := &turn{kb: kb, s: State{V: StateVersion, Lang: lang}, today: today, typed: q}
	route := Decide(kb, q, today, "", rules.Facts{})
	if (route.Kind == RouteFAQ || route.Kind == RouteBoth) && route.FAQHit() && (route.Analysis.Asks || route.Facts.Empty()) {
		// A question gets its FAQ entry first, as in the chat.
		f := route.FAQ[0].FAQ
		r.FAQTitle = f.Questions.Zh[0]
		if lang == knowledge.En {
			r.FAQTitle = f.Questions.En[0]
		}
		r.FAQDescription = knowledge.FirstSentence(f.Answer.In(lang), lang)
		r.FAQText = r.FAQTitle + "\n\n" + f.Answer.In(lang)
	}
	// Facts said inside a question ("断缴3个月能补吗") count as the chat
	// counts them; a gap the chat would confirm first is left out, so the
	// inline answer never rests on a reading the person did not confirm.
	t.applyStated(route.Facts, route.Analysis)
	t.s.Facts = rules.Imply(t.s.Facts, t.inputs())
	if f := &t.s.Facts; movedAcrossCity(f, t.s.MovedAcross, t.s.SelfPaidMoved, t.s.Skipped) { // moved24a.go
		yes := true
		f.CrossCity = &yes
	}
	r.Case = SharedCase{Facts: t.s.Facts, Moved: t.s.Moved}
	r.Understood = t.knownFacts()
	// Only what a decision needs is missing, as for ask: the unit's status,
	// a move across cities and the like are answered both ways (the unit
	// taken to operate, and the answer says so), the money after it. The
	// month a gap ended is needed once the person says it ended.
	for _, f := range append(rules.Needed(t.s.Facts, t.inputs()), t.refineNext()...) {
		r.Missing = append(r.Missing, msg("d.f."+string(f)))
	}
	sep := listSep(lang)
	if t.s.Facts == (rules.Facts{}) || len(r.Understood) == 0 {
		r.Kind = InlineNoFacts
		r.Case = SharedCase{}
		r.Title, r.Description = msg("in.no_facts_title"), msg("in.no_facts_desc")
		r.Text = msg("in.continue_text")
		return r
	}
	known := strings.Join(r.Understood, sep)
	if len(r.Missing) > 0 {
		r.Kind = InlineMissing
		missing := strings.Join(r.Missing, sep)
		r.Title = kb.Msgf(lang, "in.missing_title", "missing", missing)
		r.Description = kb.Msgf(lang, "in.missing_desc", "known", known)
		r.Text = kb.Msgf(lang, "in.missing_text", "known", known, "missing", missing)
		r.ContinueDescription = kb.Msgf(lang, "in.continue_prefilled", "known", known)
		return r
	}
	o, err := kb.Evaluate(t.s.Facts, today)
	if err != nil {
		// Facts that validate but cannot be decided (a first unpaid month
		// after today): the chat asks for the gap again, and so does this.
		r.Kind = InlineMissing
		r.Missing = []string{msg("d.f." + string(rules.FieldGap))}
		missing := strings.Join(r.Missing, sep)
		r.Title = kb.Msgf(lang, "in.missing_title", "missing", missing)
		r.Description = kb.Msgf(lang, "in.missing_desc", "known", known)
		r.Text = kb.Msgf(lang, "in.missing_text", "known", known, "missing", missing)
		return r
	}
	r.Kind, r.Verdict, r.Region = InlineAnswered, string(o.Verdict), o.Region
	// The short answer is the chat's and `ask --brief`'s: it opens with the
	// case, so whoever reads a posted answer can check what it assumed, and
	// ends with the knowledge version it came from.
	short := kb.ShortAnswer(&o, lang)
	r.Text = short.Text(kb)
	r.Title = short.VerdictName
	var desc []string
	for _, l := range short.Lines {
		switch l.Kind {
		case "verdict":
			r.Title = l.Label + t.colon() + l.Text
		case "cover", "deadline":
			desc = append(desc, l.Label+t.colon()+l.Text)
		}
	}
	r.Description = strings.Join(desc, " · ")
	r.OpenLabel = msg("in.open_full")
	r.ContinueDescription = kb.Msgf(lang, "in.continue_prefilled", "known", known)
	return r
}

// knownFacts describes the facts understood. Before the scheme is known
// the chat shows none (which facts matter depends on it), but a place and
// a gap typed inline are still understood and shown.
func (t *turn) knownFacts() []string {
	var out []string
	if t.s.Facts.Scheme == "" {
		for _, ft := range t.kb.DescribeGiven(t.s.Facts, t.s.Lang) {
			out = append(out, ft.Label+t.colon()+ft.Value)
		}
		return out
	}
	for _, fv := range t.factValues() {
		out = append(out, fv.label+t.colon()+fv.value)
	}
	return out
}

func listSep(lang knowledge.Lang) string {
	if lang == knowledge.Zh {
		return "；"
	}
	return "; "
}

// SharedCase is what an inline answer hands to the chat through a deep
// link: the facts understood and nothing about who typed them.
type SharedCase struct {
	Facts rules.Facts `json:"facts"`
	Moved bool        `json:"moved,omitempty"`
}

// sharedCaseVersion is the stored format of a SharedCase.
const sharedCaseVersion = 1

type storedCase struct {
	V int `json:"v"`
	SharedCase
}

// EncodeSharedCase serialises a case for a CaseStore.
func EncodeSharedCase(c SharedCase) ([]byte, error) {
	return json.Marshal(storedCase{V: sharedCaseVersion, SharedCase: c})
}

// DecodeSharedCase reads a stored case; anything that is not a valid case
// of this version is an error, never half a case.
func DecodeSharedCase(data []byte) (SharedCase, error) {
	var s storedCase
	if err := json.Unmarshal(data, &s); err != nil {
		return SharedCase{}, fmt.Errorf("decode shared case: %w", err)
	}
	if s.V != sharedCaseVersion {
		return SharedCase{}, fmt.Errorf("decode shared case: unknown version %d", s.V)
	}
	if err := rules.Validate(s.Facts); err != nil {
		return SharedCase{}, fmt.Errorf("decode shared case: %w", err)
	}
	return s.SharedCase, nil
}

// CaseStore keeps shared cases under tokens until they expire: the
// persistence contract's (*store.DB is one).
type CaseStore = persist.CaseStore

// Case tokens: a start payload is at most 64 characters of A-Za-z0-9_-,
// too short for a case, so the link carries "c-" and a random token.
const (
	casePayloadPrefix = "c-"
	caseTokenLen      = 10 // 60 random bits: not guessable within a day
	tokenAlphabet     = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
)

// NewCaseToken returns a random case token.
func NewCaseToken() (string, error) {
	buf := make([]byte, caseTokenLen)
	if _, err := rand.Read(buf); err != nil {
		return "", fmt.Errorf("case token: %w", err)
	}
	for i, c := range buf {
		buf[i] = tokenAlphabet[int(c)%len(tokenAlphabet)] // 256 % 64 == 0: uniform
	}
	return string(buf), nil
}

// CasePayload is the start payload that opens a shared case.
func CasePayload(token string) string { return casePayloadPrefix + token }

// ParseCasePayload returns the token of a start payload "c-<token>"; ok is
// false for any other payload (the "region-…_payer-…" kind included).
func ParseCasePayload(payload string) (token string, ok bool) {
	tok, found := strings.CutPrefix(payload, casePayloadPrefix)
	if !found || !ValidCaseToken(tok) {
		return "", false
	}
	return tok, true
}

// ValidCaseToken reports whether s has the form of a case token.
func ValidCaseToken(s string) bool {
	if len(s) != caseTokenLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(tokenAlphabet, s[i]) < 0 {
			return false
		}
	}
	return true
}

// startCaseToken returns the case token of a typed "/start c-<token>"
// (also "/start@bot c-<token>"), so the runner can look it up before the
// turn.
func startCaseToken(text string) (string, bool) {
	line := strings.TrimSpace(text)
	if !strings.HasPrefix(line, "/") {
		return "", false
	}
	name, args, _ := strings.Cut(line[1:], " ")
	name, _, _ = strings.Cut(name, "@")
	if !strings.EqualFold(name, "start") {
		return "", false
	}
	return ParseCasePayload(strings.TrimSpace(args))
}

// Inline answers inline queries for transports: it caches results per
// query text and language for a short time, and stores the case of each
// result that has facts under a token for the deep link.
type Inline struct {
	Machine *Machine
	Cases   CaseStore
	// Now defaults to time.Now.
	Now func() time.Time
	// CacheTTL defaults to DefaultInlineCacheTTL, CacheSize to
	// DefaultInlineCacheSize entries.
	CacheTTL  time.Duration
	CacheSize int
	// Record, if set, stores events that happen outside a chat (a picked
	// result).
	Record func(ctx context.Context, events []Event) error
	// CasesPerHour bounds the new shared cases one person (AnswerFor's
	// user) creates in an hour; past it, results come without a deep link.
	// Zero means DefaultCasesPerHour, negative no bound.
	CasesPerHour int

	mu    sync.Mutex
	cache map[inlineKey]inlineEntry
	order []inlineKey // insertion order, for eviction
	// shared maps a stored case (its encoding) to the token it is stored
	// under, so the same case typed again, by anyone, reuses one row.
	shared map[string]sharedToken
	// made holds, per user, when their recent new cases were stored.
	made map[int64][]time.Time
}

// DefaultCasesPerHour is how many new shared cases one person may create
// in an hour: far more than a help-desk shift answers, far fewer than a
// script filling the table.
const DefaultCasesPerHour = 60

// maxSharedTokens bounds the reuse table; past it the oldest half is
// forgotten (a forgotten case only costs a new row when typed again).
const maxSharedTokens = 4096

type sharedToken struct {
	token   string
	expires time.Time
}

// Inline cache defaults: staff type a case letter by letter and Telegram
// asks at every pause, and a team asks the same few cases; a minute keeps
// those cheap while a knowledge reload or a new day shows up quickly.
const (
	DefaultInlineCacheTTL  = 60 * time.Second
	DefaultInlineCacheSize = 2048
)

type inlineKey struct {
	query string
	lang  knowledge.Lang
}

type inlineEntry struct {
	res     InlineReply
	kb      *knowledge.Base
	expires time.Time
}

// InlineReply is an InlineResult with the token its case is stored under
// ("" when it has no facts or could not be stored).
type InlineReply struct {
	InlineResult
	Token string
	// Cached: served from the cache.
	Cached bool
	// Limited: the asker made too many new cases this hour, so the case
	// was not stored and the result has no deep link.
	Limited bool
}

// StartPayload is the start payload of the result's link: the case
// token's, or "" for a plain start.
func (r InlineReply) StartPayload() string {
	if r.Token == "" {
		return ""
	}
	return CasePayload(r.Token)
}

// ErrNoCaseStore is returned when a case cannot be stored for its link.
var ErrNoCaseStore = errors.New("no store for shared cases")

// Answer answers one inline query. langHint is the asker's client
// language. A failure to store the case still returns a result (without a
// token: its link starts the chat without the facts) together with the
// error, so the asker gets an answer either way.
func (in *Inline) Answer(ctx context.Context, query, langHint string) (InlineReply, error) {
	return in.AnswerFor(ctx, 0, query, langHint)
}

// AnswerFor is Answer for a known person (their Telegram user id): the new
// cases they create count against CasesPerHour. User 0 is nobody in
// particular and is not limited.
func (in *Inline) AnswerFor(ctx context.Context, user int64, query, langHint string) (InlineReply, error) {
	now := time.Now()
	if in.Now != nil {
		now = in.Now()
	}
	kb := in.Machine.Knowledge()
	lang := LangFromHint(langHint, in.Machine.DefaultLang)
	if l, ok := understand.LangOf(query); ok {
		// The language of the query, whatever the phone says.
		lang, _ = knowledge.ParseLang(l)
	}
	key := inlineKey{query: normalizeQuery(query), lang: lang}
	if r, ok := in.cached(key, kb, now); ok {
		r.Cached = true
		return r, nil
	}
	res := InlineReply{InlineResult: InlineAnswer(kb, key.query, knowledge.Today(now), lang)}
	var err error
	if res.HasFacts() {
		res.Token, res.Limited, err = in.share(ctx, user, res.Case, now)
	}
	// A result without its link (over the limit) is not cached: the next
	// person typing the same case should get one.
	if err == nil && !res.Limited {
		in.remember(key, res, kb, now)
	}
	return res, err
}

// normalizeQuery folds the ways of typing the same query into one cache
// key: surrounding and repeated spaces (ASCII and ideographic).
func normalizeQuery(q string) string {
	q = strings.ToValidUTF8(q, "")
	return strings.Join(strings.FieldsFunc(q, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' || r == '\n' }), " ")
}

// share returns the token a case is stored under: the one already made
// for the same case while it has at least half its life left, else a new
// one — unless user made CasesPerHour new ones in the past hour, in which
// case limited is true and there is no token.
func (in *Inline) share(ctx context.Context, user int64, c SharedCase, now time.Time) (token string, limited bool, err error) {
	if in.Cases == nil {
		return "", false, ErrNoCaseStore
	}
	data, err := EncodeSharedCase(c)
	if err != nil {
		return "", false, err
	}
	key := string(data)
	in.mu.Lock()
	if e, ok := in.shared[key]; ok && e.expires.Sub(now) >= CaseTTL/2 {
		in.mu.Unlock()
		return e.token, false, nil
	}
	if !in.allowNew(user, now) {
		in.mu.Unlock()
		return "", true, nil
	}
	in.mu.Unlock()
	tok, err := NewCaseToken()
	if err != nil {
		return "", false, err
	}
	expires := now.Add(CaseTTL)
	if err := in.Cases.PutCase(ctx, tok, data, expires); err != nil {
		return "", false, fmt.Errorf("store shared case: %w", err)
	}
	in.mu.Lock()
	if in.shared == nil || len(in.shared) >= maxSharedTokens {
		old := in.shared
		in.shared = map[string]sharedToken{}
		for k, e := range old {
			if e.expires.Sub(now) >= CaseTTL*3/4 { // the newer half, roughly
				in.shared[k] = e
			}
		}
	}
	in.shared[key] = sharedToken{tok, expires}
	in.mu.Unlock()
	return tok, false, nil
}

// allowNew counts a new case for user and reports whether it is within
// CasesPerHour. in.mu must be held.
func (in *Inline) allowNew(user int64, now time.Time) bool {
	limit := in.CasesPerHour
	if limit == 0 {
		limit = DefaultCasesPerHour
	}
	if user == 0 || limit < 0 {
		return true
	}
	if in.made == nil {
		in.made = map[int64][]time.Time{}
	}
	hourAgo := now.Add(-time.Hour)
	recent := in.made[user]
	for len(recent) > 0 && !recent[0].After(hourAgo) {
		recent = recent[1:]
	}
	if len(recent) >= limit {
		in.made[user] = recent
		return false
	}
	in.made[user] = append(recent, now)
	if len(in.made) > 10_000 {
		// Forget people with nothing in the past hour.
		for u, ts := range in.made {
			if len(ts) == 0 || !ts[len(ts)-1].After(hourAgo) {
				delete(in.made, u)
			}
		}
	}
	return true
}

func (in *Inline) cached(k inlineKey, kb *knowledge.Base, now time.Time) (InlineReply, bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	e, ok := in.cache[k]
	// A reloaded knowledge base answers afresh.
	if !ok || e.kb != kb || !now.Before(e.expires) {
		return InlineReply{}, false
	}
	return e.res, true
}

func (in *Inline) remember(k inlineKey, r InlineReply, kb *knowledge.Base, now time.Time) {
	ttl, size := in.CacheTTL, in.CacheSize
	if ttl <= 0 {
		ttl = DefaultInlineCacheTTL
	}
	if size <= 0 {
		size = DefaultInlineCacheSize
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.cache == nil {
		in.cache = map[inlineKey]inlineEntry{}
	}
	if _, ok := in.cache[k]; !ok {
		for len(in.order) >= size {
			// Oldest first: entries all live equally long, so the oldest
			// is the first to expire anyway.
			delete(in.cache, in.order[0])
			in.order = in.order[1:]
		}
		in.order = append(in.order, k)
	}
	in.cache[k] = inlineEntry{res: r, kb: kb, expires: now.Add(ttl)}
}

// cacheLen is the number of cached queries (tests).
func (in *Inline) cacheLen() int {
	in.mu.Lock()
	defer in.mu.Unlock()
	return len(in.cache)
}

// Inline result kinds, the first part of a result id.
const (
	ResultAnswer   = "answer"
	ResultMissing  = "missing"
	ResultContinue = "continue"
	ResultHint     = "hint"
	ResultFAQ      = "faq"
)

// InlineResultID is a result id (at most 64 bytes) naming its kind, so a
// chosen result can be counted by kind without storing the query.
func InlineResultID(kind, token string) string {
	if token == "" {
		token = "-"
	}
	return kind + ":" + token
}

// ChosenKind is the kind of a result id made by InlineResultID; ok is false
// for an id this version did not make.
func ChosenKind(resultID string) (kind string, ok bool) {
	k, _, found := strings.Cut(resultID, ":")
	switch k {
	case ResultAnswer, ResultMissing, ResultContinue, ResultHint, ResultFAQ:
		return k, found
	}
	return "", false
}

// Chosen counts a picked result (Telegram reports it when inline feedback
// is on): an EvInline event naming its kind, nothing about who or what.
func (in *Inline) Chosen(ctx context.Context, resultID string) (kind string, err error) {
	kind, ok := ChosenKind(resultID)
	if !ok {
		return "", nil
	}
	if in.Record != nil {
		err = in.Record(ctx, []Event{{Kind: EvInline, Question: kind}})
	}
	return kind, err
}
