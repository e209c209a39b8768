-- 0005: reminders a resident asked for before a deadline (issue 23). One
-- row per firing still to come: its payload is the reminder's own copy of
-- the case facts (no name, no text). A row is claimed by a sender (owner,
-- lease_until) when due, and deleted in the transaction of the turn that
-- answers it, so it is sent once; cancelling, /forget and a chat that
-- blocked the bot delete it. Rows are not swept with idle conversations:
-- they live until their last reminder is sent, cancelled or forgotten.
CREATE TABLE reminders (
    key         TEXT PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    payload     BLOB NOT NULL,
    owner       TEXT NOT NULL DEFAULT '',
    lease_until INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
CREATE INDEX reminders_due ON reminders (due_at);
CREATE INDEX reminders_chat ON reminders (chat_id);
