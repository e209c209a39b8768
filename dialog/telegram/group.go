package telegram

import (
	"context"
	"encoding/json"
	"net/url"
	"time"

	"bujiao/dialog"
	"bujiao/knowledge"
)

// Groups. A reply in a group goes to the thread (forum topic) of the
// message it answers: without message_thread_id Telegram puts it in
// "General", away from the person who asked. And a group is no place for a
// personal case: once a group's conversation holds facts of a case, the
// bot answers with a link to the private chat instead of the answer, the
// case carried over by a shared-case token where a case store is set.

// groupCaseTTL bounds the wait for the link of a group case.
const groupCaseTTL = 3 * time.Second

// holdsCase reports whether a conversation state carries facts of a case.
func holdsCase(st dialog.State) bool {
	data, err := json.Marshal(st.Facts)
	return err != nil || string(data) != "{}"
}

// privateLink is the deep link that opens the private chat, with the case
// of st when it can be stored under a token.
func (b *Bot) privateLink(st dialog.State) string {
	link := "https://t.me/" + url.PathEscape(b.Username())
	if b.runner.Cases == nil {
		return link
	}
	tok, err := dialog.NewCaseToken()
	if err != nil {
		return link
	}
	data, err := dialog.EncodeSharedCase(dialog.SharedCase{Facts: st.Facts, Moved: st.Moved})
	if err != nil {
		return link
	}
	ctx, cancel := context.WithTimeout(context.Background(), groupCaseTTL)
	defer cancel()
	if err := b.runner.Cases.PutCase(ctx, tok, data, time.Now().Add(dialog.CaseTTL)); err != nil {
		b.log.Warn("store group case for its link", logKeyErr, err)
		return link
	}
	return link + "?start=" + dialog.CasePayload(tok)
}

// groupPointer replaces a group turn's replies when the conversation holds
// a case: one message pointing to the private chat, never the answer.
func (b *Bot) groupPointer(st dialog.State, lang knowledge.Lang) []dialog.Reply {
	kb := b.runner.Machine.Knowledge()
	link := b.privateLink(st)
	return []dialog.Reply{{Blocks: []dialog.Block{{Kind: dialog.Paragraph, Lines: [][]dialog.Span{
		{{Text: kb.Msg(lang, "tg.group_case")}},
		{{Text: kb.Msg(lang, "tg.group_case_link"), Link: link, Bold: true}},
	}}}}}
}
