package telegram

import (
	"bytes"
	"encoding/json"

	"github.com/go-telegram/bot/models"
)

// leanUpdate is models.Update for the two kinds nearly every turn starts
// from, a message and a pressed button. The library decodes a pressed
// button's message (models.MaybeInaccessibleMessage) twice, each time
// checking the whole text again; here it is read once.
type leanUpdate struct {
	ID            int64           `json:"update_id"`
	Message       *models.Message `json:"message"`
	CallbackQuery *leanCallback   `json:"callback_query"`
}

// leanCallback is models.CallbackQuery with its message read as a
// models.Message: the lean way applies only to a message that is
// accessible (has a date).
type leanCallback struct {
	ID              string          `json:"id"`
	From            models.User     `json:"from"`
	Message         *models.Message `json:"message"`
	InlineMessageID string          `json:"inline_message_id"`
	ChatInstance    string          `json:"chat_instance"`
	Data            string          `json:"data"`
	GameShortName   string          `json:"game_short_name"`
}

// decodeUpdate decodes an update as json.Unmarshal into models.Update
// does, with the same result. Anything the lean form does not know (any
// other field at any depth, an inaccessible message) is decoded the
// library's way.
func decodeUpdate(raw []byte) (models.Update, error) {
	var l leanUpdate
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if dec.Decode(&l) == nil && !dec.More() && dec.InputOffset() == int64(len(bytes.TrimRight(raw, " \t\r\n"))) {
		u := models.Update{ID: l.ID, Message: l.Message}
		cq := l.CallbackQuery
		switch {
		case cq == nil:
			return u, nil
		case cq.Message != nil && cq.Message.Date != 0:
			u.CallbackQuery = &models.CallbackQuery{ID: cq.ID, From: cq.From, InlineMessageID: cq.InlineMessageID,
				ChatInstance: cq.ChatInstance, Data: cq.Data, GameShortName: cq.GameShortName,
				Message: models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeMessage, Message: cq.Message}}
			return u, nil
		}
	}
	var u models.Update
	err := json.Unmarshal(raw, &u)
	return u, err
}
