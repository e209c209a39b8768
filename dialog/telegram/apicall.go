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
	"sync"
	"unicode/utf8"

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

// form writes a multipart/form-data body with the Bot's boundary.
type form struct {
	b        []byte
	boundary string
}

func newForm(boundary string, size int) *form {
	return &form{b: make([]byte, 0, size+8*len(boundary)+512), boundary: boundary}
}

// field starts a field; its value is appended to f.b next.
func (f *form) field(name string) {
	f.b = append(f.b, "--"...)
	f.b = append(f.b, f.boundary...)
	f.b = append(f.b, "\r\nContent-Disposition: form-data; name=\""...)
	f.b = append(f.b, name...) // our own names: nothing to escape
	f.b = append(f.b, "\"\r\n\r\n"...)
}

func (f *form) add(name, value string) {
	f.field(name)
	f.b = append(f.b, value...)
	f.b = append(f.b, "\r\n"...)
}

func (f *form) close() []byte {
	f.b = append(f.b, "--"...)
	f.b = append(f.b, f.boundary...)
	f.b = append(f.b, "--\r\n"...)
	return f.b
}

// replies holds the buffers answers are read into.
var replies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// postForm makes one Bot API call with body, a multipart/form-data form
// (form), and decodes its result into dest (nil: not read). Errors are
// the library's: classify reads them the same.
func (b *Bot) postForm(ctx context.Context, method string, body []byte, dest any) error {
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
	buf := replies.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 64<<10 {
			buf.Reset()
			replies.Put(buf)
		}
	}()
	buf.Reset()
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return fmt.Errorf("error read response body for method %s, %w", method, err)
	}
	data := buf.Bytes()
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

// messageForm is the form of a sendMessage (edit 0) or editMessageText
// call, field for field what the library writes for the same parameters.
func (b *Bot) messageForm(chat, thread int64, edit int, text string, mode models.ParseMode, buttons [][]dialog.Button) []byte {
	f := newForm(b.boundary, len(text)+keyboardSize(buttons))
	f.field("chat_id")
	f.b = strconv.AppendInt(f.b, chat, 10)
	f.b = append(f.b, "\r\n"...)
	if edit != 0 {
		f.field("message_id")
		f.b = strconv.AppendInt(f.b, int64(edit), 10)
		f.b = append(f.b, "\r\n"...)
	} else if thread != 0 {
		f.field("message_thread_id")
		f.b = strconv.AppendInt(f.b, thread, 10)
		f.b = append(f.b, "\r\n"...)
	}
	f.add("text", text)
	if mode != "" {
		f.add("parse_mode", string(mode))
	}
	f.add("link_preview_options", noPreviewJSON)
	if hasButtons(buttons) {
		f.field("reply_markup")
		f.b = appendKeyboard(f.b, buttons)
		f.b = append(f.b, "\r\n"...)
	}
	return f.close()
}

// hasButtons reports whether keyboard(rows) has any button.
func hasButtons(rows [][]dialog.Button) bool {
	for _, row := range rows {
		for _, b := range row {
			if sendableButton(b) {
				return true
			}
		}
	}
	return false
}

// keyboardSize is room for appendKeyboard's JSON of rows (escapes aside),
// so that the form is not grown for it.
func keyboardSize(rows [][]dialog.Button) int {
	n := 24
	for _, row := range rows {
		n += 3
		for _, b := range row {
			n += 72 + len(b.Label) + len(b.Data)
		}
	}
	return n
}

// appendKeyboard appends the JSON of keyboard(rows), as json.Marshal
// writes it (a button's empty copy_text included), without reflection.
func appendKeyboard(dst []byte, rows [][]dialog.Button) []byte {
	dst = append(dst, `{"inline_keyboard":[`...)
	firstRow := true
	for _, row := range rows {
		first := true
		for _, b := range row {
			if !sendableButton(b) {
				continue
			}
			switch {
			case first && !firstRow:
				dst = append(dst, ",["...)
			case first:
				dst = append(dst, '[')
			default:
				dst = append(dst, ',')
			}
			first, firstRow = false, false
			dst = append(dst, `{"text":`...)
			dst = appendJSONString(dst, buttonLabel(b))
			dst = append(dst, `,"callback_data":`...)
			dst = appendJSONString(dst, b.Data)
			dst = append(dst, `,"copy_text":{"text":""}}`...)
		}
		if !first {
			dst = append(dst, ']')
		}
	}
	return append(dst, "]}"...)
}

// appendJSONString appends s as encoding/json writes a string: HTML
// characters, U+2028 and U+2029 escaped, invalid UTF-8 as U+FFFD.
func appendJSONString(dst []byte, s string) []byte {
	const hexDigits = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// sendableButton and buttonLabel are keyboard's rules (send.go), which
// appendKeyboard follows: a button goes only with callback data Telegram
// takes, and a blank label shows the data.
func sendableButton(b dialog.Button) bool { return b.Data != "" && len(b.Data) <= dialog.MaxButtonData }

func buttonLabel(b dialog.Button) string {
	if strings.TrimSpace(b.Label) == "" {
		return b.Data
	}
	return b.Label
}
