-- Conversations and the clock: the signing key, case states, deadlines, commands, surveys.

-- The key that signs ticket tokens and Message-IDs; created by the first daemon that starts.
CREATE TABLE desk_keys (
    name        text PRIMARY KEY,
    secret      bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE tickets ADD COLUMN assignee text;
ALTER TABLE tickets ADD COLUMN escalated_at timestamptz;
ALTER TABLE tickets ADD COLUMN acknowledged_at timestamptz;
ALTER TABLE tickets ADD COLUMN resolved_at timestamptz;
ALTER TABLE tickets ADD COLUMN closed_at timestamptz;
-- When the customer was last sent an acknowledgement (no second one within the quiet window).
ALTER TABLE tickets ADD COLUMN last_ack_at timestamptz;
ALTER TABLE tickets ADD COLUMN csat integer CHECK (csat BETWEEN 1 AND 5);
ALTER TABLE tickets ADD COLUMN subject_key text;
CREATE INDEX tickets_thread ON tickets (customer_email, subject_key, updated_at DESC);

-- Every deadline of every case, fired by the scheduler at its time (not by a sweep).
CREATE TABLE deadlines (
    id            bigserial PRIMARY KEY,
    ticket_id     bigint REFERENCES tickets (id),
    kind          text NOT NULL CHECK (kind IN ('acknowledge', 'respond', 'resolve', 'update', 'close', 'digest')),
    level         integer,
    due_at        timestamptz NOT NULL,
    fired_at      timestamptz,
    cancelled_at  timestamptz,
    -- What firing it did: breach, raise, reminder, nothing …
    outcome       text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deadlines_pending ON deadlines (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX deadlines_ticket ON deadlines (ticket_id) WHERE fired_at IS NULL AND cancelled_at IS NULL;
-- One pending digest at a time, however many daemons schedule it.
CREATE UNIQUE INDEX deadlines_one_digest ON deadlines (kind) WHERE kind = 'digest' AND fired_at IS NULL AND cancelled_at IS NULL;

ALTER TABLE messages DROP CONSTRAINT messages_status_check;
ALTER TABLE messages ADD CONSTRAINT messages_status_check
    CHECK (status IN ('escalated', 'followup', 'not_escalated', 'automated', 'quarantined', 'command', 'rejected', 'survey'));
