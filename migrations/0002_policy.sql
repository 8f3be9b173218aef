-- Policy facts: the customer directory, multi-customer incidents, and what a message is about
-- (for counting repeat contacts across threads).

CREATE TABLE customers (
    id              bigserial PRIMARY KEY,
    email           text UNIQUE,
    domain          text UNIQUE,
    name            text,
    organisation    text,
    plan            text,
    annual_spend    double precision,
    customer_since  date,
    audience        bigint,
    tags            text[] NOT NULL DEFAULT '{}',
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (email IS NOT NULL OR domain IS NOT NULL)
);

CREATE TABLE incidents (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL,
    status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    opened_at       timestamptz NOT NULL DEFAULT now(),
    last_report_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incidents_open ON incidents (kind, last_report_at) WHERE status = 'open';

ALTER TABLE tickets ADD COLUMN incident_id bigint REFERENCES incidents (id);
ALTER TABLE tickets ADD COLUMN organisation text;

-- Who sent it and what it is about, for repeat contacts without threading headers.
ALTER TABLE messages ADD COLUMN customer_email text;
ALTER TABLE messages ADD COLUMN organisation text;
ALTER TABLE messages ADD COLUMN subject_key text;
ALTER TABLE messages ADD COLUMN topic text[] NOT NULL DEFAULT '{}';
ALTER TABLE messages ADD COLUMN triggers text[] NOT NULL DEFAULT '{}';
CREATE INDEX messages_customer ON messages (customer_email, received_at DESC);
CREATE INDEX messages_organisation ON messages (organisation, received_at DESC);
CREATE INDEX messages_triggers ON messages USING gin (triggers);
