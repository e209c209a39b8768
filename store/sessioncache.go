package store

import "sync"

// sessionCache keeps, for the chats this process committed turns for, the
// conversation as its last commit left it, so that the next turn's Load
// need not read it back (a read transaction on the read pool, a tenth of
// the store's work per update).
//
// It is only ever a guess: a turn computed from a cached session commits
// only if the row still holds that very state, language and version (the
// commit compares all three under the write lock; see commitOne), which is
// stronger than the version check a turn read from the database gets. Any
// other writer (another process, the retention sweep, /forget, a tool)
// makes the commit a conflict, the entry is dropped, and the turn is
// computed again from a fresh read.
type sessionCache struct {
	mu sync.Mutex
	m  map[int64]cachedSession
}

type cachedSession struct {
	state   []byte // never modified once cached
	lang    string
	version int64
}

// maxCachedSessions bounds the cache (a few KiB a chat).
const maxCachedSessions = 4096

func (c *sessionCache) get(chat int64) (cachedSession, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[chat]
	return s, ok
}

func (c *sessionCache) put(chat int64, s cachedSession) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[int64]cachedSession{}
	}
	if _, ok := c.m[chat]; !ok && len(c.m) >= maxCachedSessions {
		for k := range c.m { // any one: the cache only saves a read
			delete(c.m, k)
			break
		}
	}
	c.m[chat] = s
}

func (c *sessionCache) drop(chat int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, chat)
}

func (c *sessionCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.m)
}
