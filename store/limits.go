package store

import (
	"sync"
	"time"
)

// DefaultRowsPerChatHour bounds the rows one chat adds in an hour to a
// table kept for a long time (events, kept 180 days): a person asking a
// few dozen questions stays far below it, a script posting as fast as
// Telegram lets it cannot fill the disk.
const DefaultRowsPerChatHour = 100

// rowLimiter counts the rows each chat added in the current hour-long
// window. It is per process: with several processes on one database each
// enforces its own count.
type rowLimiter struct {
	mu    sync.Mutex
	limit int // 0: DefaultRowsPerChatHour; negative: no limit
	chats map[int64]*rowWindow
}

type rowWindow struct {
	start time.Time
	n     int
}

// capRows returns the leading rows of chat's that fit its remaining
// allowance, and counts them. Chat 0 (no chat) is not limited.
func capRows[T any](l *rowLimiter, chat int64, now time.Time, rows []T) []T {
	if len(rows) == 0 || chat == 0 {
		return rows
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	limit := l.limit
	if limit == 0 {
		limit = DefaultRowsPerChatHour
	}
	if limit < 0 {
		return rows
	}
	if l.chats == nil {
		l.chats = map[int64]*rowWindow{}
	}
	w := l.chats[chat]
	if w == nil || now.Sub(w.start) >= time.Hour || now.Before(w.start) {
		if len(l.chats) >= 100_000 {
			for c, old := range l.chats {
				if now.Sub(old.start) >= time.Hour {
					delete(l.chats, c)
				}
			}
		}
		w = &rowWindow{start: now}
		l.chats[chat] = w
	}
	room := max(limit-w.n, 0)
	if len(rows) > room {
		rows = rows[:room]
	}
	w.n += len(rows)
	return rows
}
