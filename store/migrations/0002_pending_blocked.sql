-- 0002: a reply the transport could not deliver yet, and whether the user
-- blocked the bot. Existing rows get "nothing pending, not blocked".

ALTER TABLE conversations ADD COLUMN pending_reply BLOB;
ALTER TABLE conversations ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;

-- The transport re-sends pending replies after a restart; only a few rows
-- ever have one, so a partial index keeps that lookup cheap.
CREATE INDEX conversations_pending ON conversations (chat_id) WHERE pending_reply IS NOT NULL;
