-- 0008: a hand-off's case number is never used twice. Staff see "#42"; a
-- plain INTEGER PRIMARY KEY hands a new row the largest number + 1, so
-- after the newest hand-off was forgotten (/forget) or swept, the next
-- person's case took its number and a staff member's notes on "#42" would
-- point at someone else (as 0007 for outbox ids). AUTOINCREMENT keeps
-- numbers growing past deleted rows.
CREATE TABLE handoffs_next (
    case_no   INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id   INTEGER NOT NULL,
    since     INTEGER NOT NULL,
    thread_id INTEGER NOT NULL DEFAULT 0,
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    wake_at   INTEGER NOT NULL DEFAULT 0,
    wake_seq  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (chat_id, since)
);
INSERT INTO handoffs_next (case_no, chat_id, since, thread_id, opened_at, closed_at, wake_at, wake_seq)
SELECT case_no, chat_id, since, thread_id, opened_at, closed_at, wake_at, wake_seq FROM handoffs ORDER BY case_no;
DROP TABLE handoffs;
ALTER TABLE handoffs_next RENAME TO handoffs;
CREATE INDEX handoffs_thread ON handoffs (thread_id) WHERE thread_id <> 0;
CREATE INDEX handoffs_wake ON handoffs (wake_at) WHERE wake_at <> 0;
