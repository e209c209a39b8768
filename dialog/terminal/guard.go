package terminal

import (
	"context"

	"bujiao/dialog"
)

// handle runs one turn. A panic anywhere below it costs the person this one
// message, answered with the same apology the bot sends, never the session:
// the runner commits a turn only after it returns, so the stored
// conversation is as it was before the line that failed.
func handle(ctx context.Context, r *dialog.Runner, in dialog.Input, hint string) (replies []dialog.Reply, err error) {
	defer func() {
		if recover() != nil {
			replies = []dialog.Reply{apology(r, hint)}
			err = nil
		}
	}()
	replies, _, err = r.Handle(ctx, ChatID, 0, in)
	return replies, err
}

func apology(r *dialog.Runner, hint string) dialog.Reply {
	kb := r.Machine.Knowledge()
	lang := dialog.LangFromHint(hint, r.Machine.DefaultLang)
	return dialog.Reply{Blocks: []dialog.Block{{Kind: dialog.Paragraph,
		Lines: [][]dialog.Span{{{Text: kb.Msg(lang, "tg.error")}}}}}}
}
