package telegram

import "log/slog"

// logger is what the update and send paths log through: a *slog.Logger,
// or a chatLog.
type logger interface {
	Debug(msg string, args ...any)
	Info(msg string, args ...any)
	Warn(msg string, args ...any)
	Error(msg string, args ...any)
}

// chatLog is b.log with a chat's attributes (and an update's key), put
// together only when a line is logged: slog's With formats its attributes
// at once, and most updates and sends log nothing.
type chatLog struct {
	base *slog.Logger
	chat int64
	key  string // "": no update attribute
	l    *slog.Logger
}

func (b *Bot) chatLog(chat int64, key string) *chatLog {
	return &chatLog{base: b.log, chat: chat, key: key}
}

func (c *chatLog) get() *slog.Logger {
	if c.l == nil {
		if c.key != "" {
			c.l = c.base.With(logKeyChat, c.chat, logKeyUpdate, c.key)
		} else {
			c.l = c.base.With(logKeyChat, c.chat)
		}
	}
	return c.l
}

func (c *chatLog) Debug(msg string, args ...any) { c.get().Debug(msg, args...) }
func (c *chatLog) Info(msg string, args ...any)  { c.get().Info(msg, args...) }
func (c *chatLog) Warn(msg string, args ...any)  { c.get().Warn(msg, args...) }
func (c *chatLog) Error(msg string, args ...any) { c.get().Error(msg, args...) }
