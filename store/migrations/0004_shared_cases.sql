-- 0004: cases shared by inline answers. A start payload holds at most 64
-- characters, so the deep link under an inline answer carries a random
-- token and the case (facts only: no chat, no user, no text) waits here
-- until it expires. The sweep deletes expired rows.
CREATE TABLE shared_cases (
    token      TEXT PRIMARY KEY,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX shared_cases_expires ON shared_cases (expires_at);
