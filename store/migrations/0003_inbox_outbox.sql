-- 0003: the durable inbox and outbox, and a version on each conversation.
--
-- inbox: every Telegram update is stored before Telegram is told it was
-- received. payload is what the person wrote (the update with names and
-- usernames removed), so it lives only until the update is applied or
-- parked; then only the ids, the status and a short error code stay.
CREATE TABLE inbox (
    update_id   INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    payload     BLOB,
    status      TEXT NOT NULL DEFAULT 'new', -- new | done | parked
    error       TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
);
-- Workers take the new rows in update order; done rows are only swept.
CREATE INDEX inbox_new ON inbox (update_id) WHERE status = 'new';
CREATE INDEX inbox_chat ON inbox (chat_id);

-- outbox: messages to send, written in the same transaction as the state
-- that produced them, deleted once Telegram accepted them. Per-chat order is
-- the id order.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL,
    payload    BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX outbox_chat ON outbox (chat_id, id);

-- version: compare-and-swap for turns computed outside the writer.
ALTER TABLE conversations ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
