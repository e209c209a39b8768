package telegram

import (
	"context"
	"net/url"
	"time"
	"unicode/utf8"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"bujiao/dialog"
)

// Inline mode: "@bot 上海 灵活就业 断缴8个月" typed in any chat. The query
// is answered at once from the dialog's inline answer and never stored in
// the inbox: it belongs to no chat, and nothing personal is kept.

// inlineDeadline bounds answering one inline query: Telegram drops an
// answer that comes after about 10 s.
const inlineDeadline = 8 * time.Second

// maxInlineInFlight bounds the inline queries answered at once; a query
// that cannot start before its deadline is dropped (Telegram would refuse
// the late answer anyway).
const maxInlineInFlight = 32

// Telegram-side caching of our results. Results depend on the query text
// and the asker's language only, so Telegram could share them between
// people — but with is_personal false it would serve a Chinese reader's
// results to an English one. is_personal keeps its cache per person, and
// our own cache (per query and language, dialog.Inline) shares the work
// instead. A minute, like ours: a knowledge reload or a new day shows soon,
// and the case token in a link lives a day.
const (
	inlineCacheTime  = 60
	inlineIsPersonal = true
)

// maxDescription bounds a result's description in runes; the client shows
// two lines of it.
const maxDescription = 200

type inlineQuery struct {
	id, query, lang string
	// user counts the cases they create (dialog.Inline.CasesPerHour);
	// it is not stored.
	user int64
}

// inlineUpdates are the update kinds inline mode adds.
var inlineUpdates = []string{models.AllowedUpdateInlineQuery, models.AllowedUpdateChosenInlineResult}

// allowedUpdates are the update kinds the bot asks Telegram for.
func (b *Bot) allowedUpdates() []string {
	au := []string{models.AllowedUpdateMessage, models.AllowedUpdateCallbackQuery}
	if b.cfg.StaffChat != 0 {
		au = append(au, models.AllowedUpdateEditedMessage) // edits during a hand-off (editUpdate)
	}
	if b.cfg.Inline != nil {
		au = append(au, inlineUpdates...)
	}
	return au
}

// answerInline answers one inline query; it runs on its own goroutine.
func (b *Bot) answerInline(q inlineQuery) {
	ctx, cancel := context.WithTimeout(context.Background(), inlineDeadline)
	defer cancel()
	select {
	case b.inlineSlots <- struct{}{}:
		defer func() { <-b.inlineSlots }()
	case <-ctx.Done():
		b.met.inline("dropped")
		return
	}
	res, err := b.cfg.Inline.AnswerFor(ctx, q.user, q.query, q.lang)
	if err != nil {
		// The result is still good; only its link starts the chat without
		// the facts.
		b.log.Warn("store inline case", logKeyErr, err)
	}
	b.met.inline(string(res.Kind))
	params := b.inlineAnswer(q.id, res)
	err = b.call(ctx, "answerInlineQuery", 2, func(ctx context.Context) error {
		_, err := b.api.AnswerInlineQuery(ctx, params)
		return err
	})
	if err != nil {
		b.log.Debug("answer inline query", logKeyErr, b.scrub(err))
	}
}

// chosenInline counts a picked result (with inline feedback on).
func (b *Bot) chosenInline(resultID string) {
	ctx, cancel := context.WithTimeout(context.Background(), b.cfg.SendTimeout)
	defer cancel()
	kind, err := b.cfg.Inline.Chosen(ctx, resultID)
	if kind != "" {
		b.met.chosen(kind)
	}
	if err != nil {
		b.log.Warn("record chosen inline result", logKeyErr, err)
	}
}

// inlineAnswer translates an inline answer into answerInlineQuery: the
// answer (or what is missing) first, then "continue in the bot", each
// posting plain text (easy to copy, nothing to escape) with a button that
// opens the bot on the case.
func (b *Bot) inlineAnswer(queryID string, res dialog.InlineReply) *bot.AnswerInlineQueryParams {
	link := b.deepLink(res.StartPayload())
	var results []models.InlineQueryResult
	if res.FAQTitle != "" {
		// A question in the query: its FAQ entry first.
		results = append(results, b.article(dialog.InlineResultID(dialog.ResultFAQ, res.Token), res.FAQTitle,
			res.FAQDescription, res.FAQText, res.ContinueLabel, link))
	}
	first := dialog.ResultHint
	switch res.Kind {
	case dialog.InlineAnswered:
		first = dialog.ResultAnswer
	case dialog.InlineMissing:
		first = dialog.ResultMissing
	}
	results = append(results, b.article(dialog.InlineResultID(first, res.Token), res.Title, res.Description, res.Text,
		res.OpenLabel, link))
	results = append(results, b.article(dialog.InlineResultID(dialog.ResultContinue, res.Token), res.ContinueTitle,
		res.ContinueDescription, res.ContinueText, res.ContinueLabel, link))
	return &bot.AnswerInlineQueryParams{InlineQueryID: queryID, Results: results,
		CacheTime: inlineCacheTime, IsPersonal: inlineIsPersonal}
}

func (b *Bot) article(id, title, desc, text, label, link string) *models.InlineQueryResultArticle {
	a := &models.InlineQueryResultArticle{
		ID:                  id,
		Title:               title,
		Description:         cutRunes(desc, maxDescription),
		InputMessageContent: &models.InputTextMessageContent{MessageText: cutUTF16(text, MaxMessageLen)},
	}
	if link != "" {
		// A URL button: the library's empty copy_text is harmless next to
		// a URL (it is refused only on a button with nothing else).
		a.ReplyMarkup = &models.InlineKeyboardMarkup{InlineKeyboard: [][]models.InlineKeyboardButton{{{Text: label, URL: link}}}}
	}
	return a
}

// deepLink is the t.me link that opens the bot with a start payload, or
// "" while the bot's username is unknown (before Init).
func (b *Bot) deepLink(payload string) string {
	name := b.Username()
	if name == "" {
		return ""
	}
	u := "https://t.me/" + url.PathEscape(name)
	if payload != "" {
		u += "?start=" + url.QueryEscape(payload)
	}
	return u
}

func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// cutUTF16 cuts s to at most n UTF-16 code units (Telegram's measure).
func cutUTF16(s string, n int) string {
	if u16len(s) <= n {
		return s
	}
	units := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if units+w > n-1 {
			return s[:i] + "…"
		}
		units += w
	}
	return s
}
