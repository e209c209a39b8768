-- 0007: outbox ids are never used twice. A plain INTEGER PRIMARY KEY hands
-- a new row the largest id + 1, so a message inserted just after the
-- newest one was sent (and deleted) got that message's id again. The
-- transport keys what it holds by id: a turn's reply, claimed as it was
-- written, was taken for the message just sent, whose end then dropped it,
-- and the reply waited for its lease to lapse (a minute) unsent. A
-- removal retried after a lost answer could also have deleted the new row.
-- AUTOINCREMENT keeps ids growing past deleted rows (sqlite_sequence).
CREATE TABLE outbox_next (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id     INTEGER NOT NULL,
    payload     BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    thread_id   INTEGER NOT NULL DEFAULT 0,
    owner       TEXT NOT NULL DEFAULT '',
    lease_until TEXT NOT NULL DEFAULT '',
    background  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO outbox_next (id, chat_id, payload, created_at, thread_id, owner, lease_until, background)
SELECT id, chat_id, payload, created_at, thread_id, owner, lease_until, background FROM outbox ORDER BY id;
DROP TABLE outbox;
ALTER TABLE outbox_next RENAME TO outbox;
CREATE INDEX outbox_chat ON outbox (chat_id, id);
