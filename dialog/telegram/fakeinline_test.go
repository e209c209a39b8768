package telegram

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/go-telegram/bot/models"
)

// inlineResult is one result of an answerInlineQuery as the fake read it.
type inlineResult struct {
	Type                string `json:"type"`
	ID                  string `json:"id"`
	Title               string `json:"title"`
	Description         string `json:"description"`
	InputMessageContent struct {
		MessageText string `json:"message_text"`
		ParseMode   string `json:"parse_mode"`
	} `json:"input_message_content"`
	ReplyMarkup *models.InlineKeyboardMarkup `json:"reply_markup"`
}

// link is the URL of the result's first button.
func (r inlineResult) link() string {
	if r.ReplyMarkup == nil || len(r.ReplyMarkup.InlineKeyboard) == 0 || len(r.ReplyMarkup.InlineKeyboard[0]) == 0 {
		return ""
	}
	return r.ReplyMarkup.InlineKeyboard[0][0].URL
}

// startParamRE is Telegram's rule for deep-link payloads.
var startParamRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// answerInlineQuery applies Telegram's checks to an answerInlineQuery:
// a query id, at most 50 results with unique ids of 1–64 bytes, articles
// with a title and a message text of 1–4096 UTF-16 units, URL buttons
// with http(s) links whose start payload follows the deep-link rules.
func (f *fakeAPI) answerInlineQuery(w http.ResponseWriter, c apiCall) {
	rs, err := checkInlineAnswer(c.Fields)
	if err != nil {
		f.record(c, http.StatusBadRequest)
		f.fail(w, http.StatusBadRequest, "Bad Request: "+err.Error(), nil)
		return
	}
	_ = rs
	f.record(c, http.StatusOK)
	f.reply(w, http.StatusOK, map[string]any{"ok": true, "result": true})
}

func checkInlineAnswer(fields map[string]string) ([]inlineResult, error) {
	if fields["inline_query_id"] == "" {
		return nil, fmt.Errorf("query is too old and response timeout expired or query ID is invalid")
	}
	var rs []inlineResult
	if err := json.Unmarshal([]byte(fields["results"]), &rs); err != nil {
		return nil, fmt.Errorf("can't parse inline query results JSON object: %v", err)
	}
	if len(rs) > 50 {
		return nil, fmt.Errorf("RESULTS_TOO_MUCH")
	}
	if b := fields["button"]; b != "" {
		var btn struct {
			StartParameter string `json:"start_parameter"`
		}
		if err := json.Unmarshal([]byte(b), &btn); err != nil || !startParamRE.MatchString(btn.StartParameter) {
			return nil, fmt.Errorf("START_PARAM_INVALID")
		}
	}
	seen := map[string]bool{}
	for _, r := range rs {
		if n := len(r.ID); n < 1 || n > 64 || seen[r.ID] {
			return nil, fmt.Errorf("RESULT_ID_INVALID")
		}
		seen[r.ID] = true
		if r.Type != "article" || strings.TrimSpace(r.Title) == "" {
			return nil, fmt.Errorf("RESULT_TITLE_EMPTY")
		}
		text := r.InputMessageContent.MessageText
		if strings.TrimSpace(text) == "" || u16len(text) > MaxMessageLen {
			return nil, fmt.Errorf("MESSAGE_EMPTY or MESSAGE_TOO_LONG")
		}
		if r.InputMessageContent.ParseMode == "HTML" {
			if _, err := checkHTML(text); err != nil {
				return nil, fmt.Errorf("can't parse entities: %v", err)
			}
		}
		if r.ReplyMarkup != nil {
			for _, row := range r.ReplyMarkup.InlineKeyboard {
				for _, b := range row {
					if b.Text == "" || b.URL == "" && b.CallbackData == "" {
						return nil, fmt.Errorf("BUTTON_TYPE_INVALID")
					}
					if b.URL == "" {
						continue
					}
					u, err := url.Parse(b.URL)
					if err != nil || u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "tg" || u.Host == "" {
						return nil, fmt.Errorf("BUTTON_URL_INVALID")
					}
					if p, ok := u.Query()["start"]; ok && (len(p) != 1 || !startParamRE.MatchString(p[0])) {
						return nil, fmt.Errorf("START_PARAM_INVALID")
					}
				}
			}
		}
	}
	return rs, nil
}

// updateKind is the allowed_updates name of an update's kind.
func updateKind(u *models.Update) string {
	switch {
	case u.Message != nil:
		return models.AllowedUpdateMessage
	case u.CallbackQuery != nil:
		return models.AllowedUpdateCallbackQuery
	case u.InlineQuery != nil:
		return models.AllowedUpdateInlineQuery
	case u.ChosenInlineResult != nil:
		return models.AllowedUpdateChosenInlineResult
	}
	return ""
}

// inlineResults returns the results of the newest answerInlineQuery for
// queryID.
func (f *fakeAPI) inlineResults(queryID string) (apiCall, []inlineResult, bool) {
	calls := f.callsOf("answerInlineQuery", 0)
	for i := len(calls) - 1; i >= 0; i-- {
		if calls[i].Fields["inline_query_id"] == queryID && calls[i].ok() {
			rs, err := checkInlineAnswer(calls[i].Fields)
			return calls[i], rs, err == nil
		}
	}
	return apiCall{}, nil, false
}
