-- 0001: conversations, idempotency records, maintainer events, key/value meta.
-- Times are RFC 3339 UTC text with fixed millisecond width so that text
-- comparison orders them correctly.

CREATE TABLE conversations (
    chat_id    INTEGER PRIMARY KEY,
    state      BLOB,
    lang       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- No index on updated_at: only the hourly sweep filters on it, and an index
-- there cost two extra page writes per turn (about a third of a turn's time).

-- One row per Telegram update already applied: the exactly-once guard.
CREATE TABLE processed_updates (
    chat_id      INTEGER NOT NULL,
    update_id    INTEGER NOT NULL,
    processed_at TEXT NOT NULL,
    PRIMARY KEY (chat_id, update_id)
) WITHOUT ROWID;
-- processed_at is unindexed for the same reason; the sweep scans.

-- Anonymous usage events for maintainers. No names, Text is redacted.
CREATE TABLE events (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    kind     TEXT NOT NULL,
    chat_id  INTEGER NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    verdict  TEXT NOT NULL DEFAULT '',
    region   TEXT NOT NULL DEFAULT '',
    text     TEXT NOT NULL DEFAULT '',
    helpful  INTEGER
);

-- Stats and the sweep select by time; Forget deletes by chat.
CREATE INDEX events_at ON events (at);
CREATE INDEX events_chat_id ON events (chat_id);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
