-- 0005: one persistence contract (dialog/persist). Inbox entries get their
-- own key (Telegram updates are 'tg:<update_id>'; staff messages and
-- reminders have keys of their own), an arrival order (seq), an optional
-- due time, and a claim (owner + lease); outbox messages get a forum
-- thread and a claim. An inbox row that is done is the record that its
-- entry was applied, so processed_updates goes. Replies a version-2
-- database still holds in conversations.pending_reply move into the
-- outbox (the transport renders them), and the column goes.

CREATE TABLE inbox_v5 (
    seq         INTEGER PRIMARY KEY,
    key         TEXT NOT NULL,
    chat_id     INTEGER NOT NULL,
    payload     BLOB,
    status      TEXT NOT NULL DEFAULT 'new', -- new | done | parked
    error       TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    due_at      TEXT NOT NULL DEFAULT '',    -- '' = at once
    owner       TEXT NOT NULL DEFAULT '',
    lease_until TEXT NOT NULL DEFAULT ''
);

INSERT INTO inbox_v5 (key, chat_id, payload, status, error, received_at)
SELECT 'tg:' || update_id, chat_id, payload, status, error, received_at FROM inbox ORDER BY update_id;

-- Updates applied whose inbox row is gone (or that predate the inbox) keep
-- refusing a redelivery for as long as their record would have.
INSERT INTO inbox_v5 (key, chat_id, status, received_at)
SELECT 'tg:' || p.update_id, p.chat_id, 'done', p.processed_at FROM processed_updates p
WHERE NOT EXISTS (SELECT 1 FROM inbox i WHERE i.update_id = p.update_id)
ORDER BY p.update_id;

DROP TABLE inbox;
DROP TABLE processed_updates;
ALTER TABLE inbox_v5 RENAME TO inbox;

CREATE UNIQUE INDEX inbox_key ON inbox (key);
-- Claims walk the open rows in seq order and look for an earlier open row
-- of the same chat; finished rows are only swept.
CREATE INDEX inbox_open ON inbox (chat_id, seq) WHERE status = 'new';
CREATE INDEX inbox_new ON inbox (seq) WHERE status = 'new';
CREATE INDEX inbox_chat ON inbox (chat_id);

ALTER TABLE outbox ADD COLUMN thread_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
-- Background messages (reminders) are claimed after every waiting reply.
ALTER TABLE outbox ADD COLUMN background INTEGER NOT NULL DEFAULT 0;

-- A version-2 reply not yet delivered goes to the outbox as the JSON list of
-- replies it was; the transport knows that form (it starts with '[').
INSERT INTO outbox (chat_id, payload, created_at)
SELECT chat_id, pending_reply, updated_at FROM conversations
WHERE pending_reply IS NOT NULL AND length(pending_reply) > 0
ORDER BY chat_id;

INSERT INTO meta (key, value)
SELECT 'migrated_pending_replies', CAST(count(*) AS TEXT) FROM conversations
WHERE pending_reply IS NOT NULL AND length(pending_reply) > 0
ON CONFLICT (key) DO UPDATE SET value = excluded.value;

DROP INDEX IF EXISTS conversations_pending;
ALTER TABLE conversations DROP COLUMN pending_reply;
