-- 0006: hand-offs to help-desk staff (dialog/handoff.go). One row per
-- hand-off: the person's chat, the staff group's forum topic, and the case
-- number staff see ("#42"). The person's chat id is kept here only to route
-- staff replies back; it is never shown to staff. No text is kept: messages
-- relayed either way live in the inbox and the outbox until applied or sent.
CREATE TABLE handoffs (
    case_no   INTEGER PRIMARY KEY,
    chat_id   INTEGER NOT NULL,
    since     INTEGER NOT NULL,           -- consent, Unix seconds: names the hand-off
    thread_id INTEGER NOT NULL DEFAULT 0, -- the staff topic, 0 until it is opened
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    wake_at   INTEGER NOT NULL DEFAULT 0, -- next no-reply check, Unix seconds, 0 none
    wake_seq  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (chat_id, since)
);
CREATE INDEX handoffs_thread ON handoffs (thread_id) WHERE thread_id <> 0;
CREATE INDEX handoffs_wake ON handoffs (wake_at) WHERE wake_at <> 0;
