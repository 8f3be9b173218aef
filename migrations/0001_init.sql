-- escalated: intake, cases and outbox.

-- Where each mailbox's intake stands: the exactly-once cursor (RFC 3501 UIDVALIDITY + UID).
CREATE TABLE mailbox_state (
    mailbox        text PRIMARY KEY,
    uidvalidity    bigint NOT NULL,
    last_uid       bigint NOT NULL DEFAULT 0,
    last_fetch_at  timestamptz,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- A case: one customer conversation. Its id is the ticket number customers see.
CREATE TABLE tickets (
    id              bigserial PRIMARY KEY,
    mailbox         text NOT NULL,
    customer_email  text NOT NULL,
    customer_name   text,
    subject         text NOT NULL DEFAULT '',
    status          text NOT NULL CHECK (status IN ('open', 'escalated', 'acknowledged', 'resolved', 'closed')),
    level           integer,
    severity        text CHECK (severity IN ('P1', 'P2', 'P3', 'P4')),
    team            text[] NOT NULL DEFAULT '{}',
    triggers        text[] NOT NULL DEFAULT '{}',
    respond_by      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_customer ON tickets (customer_email, created_at DESC);

-- Every message fetched, stored raw before anything is sent, with the decision taken on it.
CREATE TABLE messages (
    id              bigserial PRIMARY KEY,
    mailbox         text NOT NULL,
    uidvalidity     bigint NOT NULL,
    uid             bigint NOT NULL,
    message_id      text,
    content_hash    bytea NOT NULL,
    size            bigint NOT NULL,
    raw             bytea NOT NULL,
    from_addr       text,
    subject         text,
    status          text NOT NULL CHECK (status IN ('escalated', 'followup', 'not_escalated', 'automated', 'quarantined')),
    automated       text,
    reason          text,
    decision        jsonb NOT NULL DEFAULT '{}',
    ticket_id       bigint REFERENCES tickets (id),
    -- Folder to move the message to on the server; NULL: only flag it in place.
    move_to         text,
    -- The IMAP move/flag happens after the commit; until then this is false.
    server_done     boolean NOT NULL DEFAULT false,
    received_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (mailbox, uidvalidity, uid)
);
-- The second key: the same message seen again after a UIDVALIDITY change is not new.
CREATE UNIQUE INDEX messages_identity ON messages (mailbox, coalesce(message_id, ''), content_hash);
CREATE INDEX messages_server_pending ON messages (mailbox) WHERE NOT server_done;
CREATE INDEX messages_message_id ON messages (message_id);
CREATE INDEX messages_ticket ON messages (ticket_id);

-- Mail to send, written in the same transaction as the decision.
CREATE TABLE outbox (
    id               bigserial PRIMARY KEY,
    ticket_id        bigint REFERENCES tickets (id),
    message_ref      bigint REFERENCES messages (id),
    kind             text NOT NULL,
    message_id       text NOT NULL UNIQUE,
    mail_from        text NOT NULL,
    rcpt_to          text[] NOT NULL,
    subject          text NOT NULL DEFAULT '',
    raw              bytea NOT NULL,
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_ticket ON outbox (ticket_id);

-- What happened to a case and why: decisions, state changes, mails.
CREATE TABLE events (
    id          bigserial PRIMARY KEY,
    ticket_id   bigint REFERENCES tickets (id),
    message_ref bigint REFERENCES messages (id),
    kind        text NOT NULL,
    detail      jsonb NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_ticket ON events (ticket_id, created_at);
