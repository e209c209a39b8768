package telegram

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"bujiao/dialog"
)

// The message calls of every update (sendMessage, editMessageText) are
// made here rather than through the library, with the same form fields
// and the same errors. The library streams each call's form through a
// pipe from a goroutine of its own, writes every field as a chunk of its
// own (a system call each), fills the form by reflection and decodes the
// whole Message it gets back: together about a fifth of the CPU of an
// update. Here the form is written into one buffer and sent with its
// length, and only the message id is read from the answer.

// formField is one field of a multipart form.
type formField struct{ name, value string }

// apiReply is what a call's answer holds, as the library reads it.
type apiReply struct {
	OK          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	Description string          `json:"description"`
	ErrorCode   int             `json:"error_code"`
	Parameters  struct {
		RetryAfter      int `json:"retry_after"`
		MigrateToChatID int `json:"migrate_to_chat_id"`
	} `json:"parameters"`
}

// sentMessage is what is read of a Message sent or edited.
type sentMessage struct {
	ID int `json:"message_id"`
}

// newBoundary is a random multipart boundary, as multipart.Writer makes.
func newBoundary() (string, error) {
	var buf [30]byte
	if _, err := io.ReadFull(rand.Reader, buf[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(buf[:]), nil
}

// apiURL is the address of a Bot API method.
func (b *Bot) apiURL(method string) string {
	server := strings.TrimRight(b.cfg.ServerURL, "/")
	if server == "" {
		server = "https://api.telegram.org"
	}
	return server + "/bot" + b.cfg.Token + "/" + method
}

// postForm makes one Bot API call with fields as multipart/form-data and
// decodes its result into dest (nil: not read). Errors are the library's:
// classify reads them the same.
func (b *Bot) postForm(ctx context.Context, method string, fields []formField, dest any) error {
	n := len(b.boundary) + 8
	for _, f := range fields {
		n += len(b.boundary) + len(f.name) + len(f.value) + 56
	}
	body := make([]byte, 0, n)
	for _, f := range fields {
		body = append(body, "--"...)
		body = append(body, b.boundary...)
		body = append(body, "\r\nContent-Disposition: form-data; name=\""...)
		body = append(body, f.name...) // our own names: nothing to escape
		body = append(body, "\"\r\n\r\n"...)
		body = append(body, f.value...)
		body = append(body, "\r\n"...)
	}
	body = append(body, "--"...)
	body = append(body, b.boundary...)
	body = append(body, "--\r\n"...)

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.apiURL(method), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("error create request for method %s, %w", method, err)
	}
	req.Header["Content-Type"] = []string{b.formType}
	resp, err := b.cfg.HTTPClient.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			ue.URL = strings.ReplaceAll(ue.URL, b.cfg.Token, "***")
		}
		return fmt.Errorf("error do request for method %s, %w", method, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("error read response body for method %s, %w", method, err)
	}
	var r apiReply
	if err := json.Unmarshal(data, &r); err != nil {
		return fmt.Errorf("error decode response body for method %s, %s, %w", method, data, err)
	}
	if !r.OK {
		return replyError(method, &r)
	}
	if dest != nil {
		if err := json.Unmarshal(r.Result, dest); err != nil {
			return fmt.Errorf("error decode response result for method %s, %w", method, err)
		}
	}
	return nil
}

// replyError is the library's error for a refused call.
func replyError(method string, r *apiReply) error {
	switch r.ErrorCode {
	case http.StatusForbidden:
		return fmt.Errorf("%w, %s", bot.ErrorForbidden, r.Description)
	case http.StatusBadRequest:
		if r.Parameters.MigrateToChatID != 0 {
			return &bot.MigrateError{Message: fmt.Sprintf("%s: %s", bot.ErrorBadRequest, r.Description),
				MigrateToChatID: r.Parameters.MigrateToChatID}
		}
		return fmt.Errorf("%w, %s", bot.ErrorBadRequest, r.Description)
	case http.StatusUnauthorized:
		return fmt.Errorf("%w, %s", bot.ErrorUnauthorized, r.Description)
	case http.StatusNotFound:
		return fmt.Errorf("%w, %s", bot.ErrorNotFound, r.Description)
	case http.StatusConflict:
		return fmt.Errorf("%w, %s", bot.ErrorConflict, r.Description)
	case http.StatusTooManyRequests:
		return &bot.TooManyRequestsError{Message: fmt.Sprintf("%s, %s", bot.ErrorTooManyRequests, r.Description),
			RetryAfter: r.Parameters.RetryAfter}
	}
	return fmt.Errorf("error response from telegram for method %s, %d %s", method, r.ErrorCode, r.Description)
}

// noPreviewJSON is link_preview_options with previews off, as the library
// writes models.LinkPreviewOptions{IsDisabled: true}.
const noPreviewJSON = `{"is_disabled":true}`

// messageFields are the form of a sendMessage (edit 0) or editMessageText
// call, field for field what the library writes for the same parameters.
func messageFields(chat, thread int64, edit int, text string, mode models.ParseMode, buttons [][]dialog.Button) ([]formField, error) {
	fs := make([]formField, 0, 6)
	fs = append(fs, formField{"chat_id", strconv.FormatInt(chat, 10)})
	if edit != 0 {
		fs = append(fs, formField{"message_id", strconv.Itoa(edit)})
	} else if thread != 0 {
		fs = append(fs, formField{"message_thread_id", strconv.FormatInt(thread, 10)})
	}
	fs = append(fs, formField{"text", text})
	if mode != "" {
		fs = append(fs, formField{"parse_mode", string(mode)})
	}
	fs = append(fs, formField{"link_preview_options", noPreviewJSON})
	if kb := keyboard(buttons); kb != nil {
		data, err := json.Marshal(kb)
		if err != nil {
			return nil, err
		}
		fs = append(fs, formField{"reply_markup", string(data)})
	}
	return fs, nil
}
