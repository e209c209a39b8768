-- 0003: what several instances sharing this database agree on besides the
-- claims of the inbox and outbox (see cluster.go).

-- Named leases: the one instance that polls getUpdates, the one that
-- registers the webhook. until is the server's clock; fence grows by one
-- each time a lease changes hands.
CREATE TABLE leases (
    name  TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    until TIMESTAMPTZ NOT NULL,
    fence BIGINT NOT NULL DEFAULT 1
);

-- The shared Telegram budget: one row per rate bucket ("bot", "chat:<id>",
-- "group:<id>"), holding its theoretical arrival time (GCRA): the bucket
-- allows a send at t if t >= tat - (burst - 1) * interval, and a send at
-- slot moves tat to max(tat, slot) + interval. Rows of idle chats are
-- deleted now and then by bujiao_reserve itself.
CREATE TABLE send_budget (
    key TEXT PRIMARY KEY,
    tat TIMESTAMPTZ NOT NULL
);

-- bujiao_reserve books the first send slot that every bucket allows, at
-- the server's clock, and returns how many seconds away it is. If that is
-- more than max_wait seconds, nothing is booked and booked is false. The
-- rows are locked in key order, so two reservations never deadlock. One
-- round trip per send, whatever the number of buckets.
CREATE FUNCTION bujiao_reserve(keys TEXT[], intervals DOUBLE PRECISION[], bursts INTEGER[], max_wait DOUBLE PRECISION,
                               OUT wait DOUBLE PRECISION, OUT booked BOOLEAN)
LANGUAGE plpgsql AS $$
DECLARE
    now_ts TIMESTAMPTZ;
    slot   TIMESTAMPTZ;
    r      RECORD;
BEGIN
    INSERT INTO send_budget (key, tat) SELECT k, '-infinity' FROM unnest(keys) AS k ORDER BY k ON CONFLICT (key) DO NOTHING;
    PERFORM 1 FROM send_budget WHERE key = ANY (keys) ORDER BY key FOR UPDATE;
    -- The clock is read once the rows are ours: time spent waiting for
    -- another instance's reservation must not count as time that passed.
    now_ts := clock_timestamp();
    slot := now_ts;
    FOR r IN SELECT b.tat, k.iv, k.burst FROM send_budget b
             JOIN unnest(keys, intervals, bursts) AS k(key, iv, burst) ON b.key = k.key LOOP
        slot := greatest(slot, r.tat - make_interval(secs => r.iv * greatest(r.burst - 1, 0)));
    END LOOP;
    wait := extract(epoch FROM slot - now_ts);
    IF wait > max_wait THEN
        booked := false;
        RETURN;
    END IF;
    UPDATE send_budget b SET tat = greatest(b.tat, slot) + make_interval(secs => k.iv)
    FROM unnest(keys, intervals) AS k(key, iv) WHERE b.key = k.key;
    booked := true;
    -- Now and then, forget buckets that have been idle a while (their tat
    -- is long past, so they would allow a send at once anyway).
    IF random() < 0.001 THEN
        DELETE FROM send_budget WHERE tat < now_ts - interval '10 minutes';
    END IF;
END
$$;
