-- V2: the demands log. Append-only: never edit after it has shipped.

CREATE TABLE demand (
    id                     TEXT PRIMARY KEY,
    title                  TEXT NOT NULL,
    body                   TEXT,
    kind                   TEXT NOT NULL,
    raised_by              TEXT,
    raised_on              TEXT NOT NULL,
    priority               TEXT NOT NULL,
    status                 TEXT NOT NULL,
    evidence_case_type     TEXT,
    evidence_needs_factor  INTEGER NOT NULL DEFAULT 0 CHECK (evidence_needs_factor IN (0, 1)),
    source_key             TEXT UNIQUE,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);

CREATE TABLE negotiation_meeting (
    id         TEXT PRIMARY KEY,
    held_on    TEXT NOT NULL,
    title      TEXT NOT NULL,
    attendees  TEXT,
    notes      TEXT,
    created_at TEXT NOT NULL
);

-- Demands discussed at a meeting.
CREATE TABLE meeting_demand (
    meeting_id TEXT NOT NULL REFERENCES negotiation_meeting(id) ON DELETE CASCADE,
    demand_id  TEXT NOT NULL REFERENCES demand(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, demand_id)
);
CREATE INDEX meeting_demand_demand ON meeting_demand(demand_id);

CREATE TABLE employer_response (
    id            TEXT PRIMARY KEY,
    demand_id     TEXT NOT NULL REFERENCES demand(id) ON DELETE CASCADE,
    responded_on  TEXT NOT NULL,
    said          TEXT NOT NULL,
    said_by       TEXT,
    channel       TEXT NOT NULL,
    new_status    TEXT,
    promised_by   TEXT,
    promise_kept  INTEGER NOT NULL DEFAULT 0 CHECK (promise_kept IN (0, 1)),
    meeting_id    TEXT REFERENCES negotiation_meeting(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX employer_response_demand ON employer_response(demand_id, responded_on);
CREATE INDEX employer_response_meeting ON employer_response(meeting_id);

CREATE TABLE demand_status_change (
    id           TEXT PRIMARY KEY,
    demand_id    TEXT NOT NULL REFERENCES demand(id) ON DELETE CASCADE,
    changed_on   TEXT NOT NULL,
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    note         TEXT,
    response_id  TEXT REFERENCES employer_response(id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX demand_status_change_demand ON demand_status_change(demand_id, changed_on);

-- Cases that evidence a demand.
CREATE TABLE demand_case (
    demand_id TEXT NOT NULL REFERENCES demand(id) ON DELETE CASCADE,
    case_id   TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    linked_on TEXT NOT NULL,
    PRIMARY KEY (demand_id, case_id)
);
CREATE INDEX demand_case_case ON demand_case(case_id);
