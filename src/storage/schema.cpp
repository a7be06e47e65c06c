#include "schema.h"

#include "searchtext.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <array>
#include <functional>

namespace propdesk::storage {

namespace {

// Version 1: sites, work orders with their append-only history, rule-set versions, holiday years.
void upgradeTo1(SQLite::Database& db)
{
    db.exec(R"sql(
CREATE TABLE sites (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    calendar    TEXT NOT NULL
);

CREATE TABLE work_orders (
    id            INTEGER PRIMARY KEY,
    site_id       INTEGER NOT NULL REFERENCES sites(id),
    code          TEXT NOT NULL,
    location      TEXT NOT NULL,
    category      TEXT NOT NULL,
    urgency       TEXT NOT NULL,
    reporter      TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    technician    TEXT NOT NULL DEFAULT '',
    reported_at   INTEGER NOT NULL,
    due_at        INTEGER,
    rework_of     INTEGER REFERENCES work_orders(id),
    -- Projection of the history, rewritten with every event in the same transaction.
    status        TEXT NOT NULL,
    dispatched_at INTEGER,
    arrived_at    INTEGER,
    completed_at  INTEGER,
    revisited_at  INTEGER,
    cancelled_at  INTEGER,
    satisfaction  INTEGER,
    revisit_comment TEXT NOT NULL DEFAULT '',
    holds         TEXT NOT NULL DEFAULT '',
    UNIQUE (site_id, code)
);
CREATE INDEX work_orders_site_reported ON work_orders(site_id, reported_at);
CREATE INDEX work_orders_rework_of ON work_orders(rework_of) WHERE rework_of IS NOT NULL;

CREATE TABLE work_order_events (
    id            INTEGER PRIMARY KEY,
    work_order_id INTEGER NOT NULL REFERENCES work_orders(id),
    kind          TEXT NOT NULL,
    at            INTEGER NOT NULL,
    actor         TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    technician    TEXT NOT NULL DEFAULT '',
    satisfaction  INTEGER,
    recorded_at   INTEGER NOT NULL
);
CREATE INDEX work_order_events_order ON work_order_events(work_order_id, id);
CREATE TRIGGER work_order_events_no_update BEFORE UPDATE ON work_order_events
BEGIN SELECT RAISE(ABORT, 'the work-order history is append-only'); END;
CREATE TRIGGER work_order_events_no_delete BEFORE DELETE ON work_order_events
BEGIN SELECT RAISE(ABORT, 'the work-order history is append-only'); END;

CREATE TABLE rule_sets (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    site_code      TEXT,
    definition     TEXT NOT NULL
);
CREATE UNIQUE INDEX rule_sets_version ON rule_sets(COALESCE(site_code, ''), effective_from);

CREATE TABLE holiday_years (
    year        INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    definition  TEXT NOT NULL
);
)sql");
}

// Version 2: sites gain working hours (for the `working` clock) and their size (for per-resident rates);
// lists search orders by location.
void upgradeTo2(SQLite::Database& db)
{
    db.exec(R"sql(
ALTER TABLE sites ADD COLUMN work_start INTEGER NOT NULL DEFAULT 28800;
ALTER TABLE sites ADD COLUMN work_end INTEGER NOT NULL DEFAULT 63000;
ALTER TABLE sites ADD COLUMN households INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sites ADD COLUMN residents INTEGER NOT NULL DEFAULT 0;
CREATE INDEX work_orders_site_location ON work_orders(site_id, location);
)sql");
}

// Version 3: what the desktop app needs. Each site's staff; the places orders come from, with the last
// caller (for autocompletion and to remember the reporter); a substring index over the searchable text
// of every order (see searchtext.h); indexes that serve the history list newest first under any filter
// and the status lists (dispatch board, revisit queue).
void upgradeTo3(SQLite::Database& db)
{
    db.exec(R"sql(
CREATE TABLE staff (
    id       INTEGER PRIMARY KEY,
    site_id  INTEGER NOT NULL REFERENCES sites(id),
    name     TEXT NOT NULL,
    phone    TEXT NOT NULL DEFAULT '',
    trade    TEXT NOT NULL DEFAULT '',
    active   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (site_id, name)
);

CREATE TABLE locations (
    site_id          INTEGER NOT NULL REFERENCES sites(id),
    location         TEXT NOT NULL,
    reporter         TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    last_reported_at INTEGER NOT NULL,
    PRIMARY KEY (site_id, location)
) WITHOUT ROWID;
INSERT INTO locations(site_id, location, reporter, phone, last_reported_at)
    SELECT site_id, location, reporter, phone, MAX(reported_at) FROM work_orders GROUP BY site_id, location;

-- Contentless, without per-row sizes (nothing is ranked): the smallest index that answers phrases.
CREATE VIRTUAL TABLE work_order_search USING fts5(document, content='', columnsize=0, tokenize='ascii', detail=full);

CREATE INDEX work_orders_browse ON work_orders(site_id, reported_at, id, status, category, urgency, technician);
CREATE INDEX work_orders_site_status ON work_orders(site_id, status, reported_at, id);
CREATE INDEX work_orders_reported ON work_orders(reported_at, id);
)sql");
    SQLite::Statement read(db, "SELECT id, location, reporter, phone, description, code FROM work_orders");
    SQLite::Statement write(db, "INSERT INTO work_order_search(rowid, document) VALUES(?, ?)");
    while (read.executeStep()) {
        write.bind(1, read.getColumn(0).getInt64());
        write.bind(2, searchDocument({read.getColumn(1).getText(), read.getColumn(2).getText(),
                                      read.getColumn(3).getText(), read.getColumn(4).getText()},
                                     read.getColumn(5).getText()));
        write.exec();
        write.reset();
    }
}

// Version 4: accounts with their sites, failed sign-ins (for the growing delay), the audit trail (append-
// only, like the work-order history) and settings kept in the database (backup policy, demo flag).
void upgradeTo4(SQLite::Database& db)
{
    db.exec(R"sql(
CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name        TEXT NOT NULL DEFAULT '',
    role                TEXT NOT NULL CHECK (role IN ('front_desk', 'supervisor', 'manager', 'admin')),
    password_hash       TEXT NOT NULL,
    active              INTEGER NOT NULL DEFAULT 1,
    created_at          INTEGER NOT NULL,
    password_changed_at INTEGER
);

CREATE TABLE user_sites (
    user_id INTEGER NOT NULL REFERENCES users(id),
    site_id INTEGER NOT NULL REFERENCES sites(id),
    PRIMARY KEY (user_id, site_id)
) WITHOUT ROWID;

CREATE TABLE sign_in_failures (
    name            TEXT PRIMARY KEY COLLATE NOCASE,
    failures        INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    user_id   INTEGER,
    site_id   INTEGER,
    entity    TEXT NOT NULL,
    record    TEXT NOT NULL,
    action    TEXT NOT NULL,
    summary   TEXT NOT NULL DEFAULT '',
    changes   TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX audit_log_record ON audit_log(entity, record, id);
CREATE INDEX audit_log_user ON audit_log(user_name, id);
CREATE INDEX audit_log_at ON audit_log(at, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
-- INSERT OR REPLACE deletes the row it replaces without firing DELETE triggers.
-- Entries take the id the database gives them (NEW.id is -1 here then); an insert naming an id is refused,
-- which is cheaper per row than looking the id up.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT NULL AND NEW.id >= 0
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql");
}

// Version 5: complaints (投诉), built like work orders: the header and a projection of the history on the
// `complaints` row for the lists and KPIs, the history itself append-only in `complaint_events`. The
// projection keeps every field of the timeline (verdict, resolution, reply, revisit), so that a list row
// is complete without reading the history. Complaints are few (hundreds a month at a site), so the text
// search scans the site's rows instead of keeping an index.
void upgradeTo5(SQLite::Database& db)
{
    db.exec(R"sql(
CREATE TABLE complaints (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER NOT NULL REFERENCES sites(id),
    code            TEXT NOT NULL,
    channel         TEXT NOT NULL,
    category        TEXT NOT NULL,
    received_at     INTEGER NOT NULL,
    resident        TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    location        TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    first_responder TEXT NOT NULL,
    work_order_id   INTEGER REFERENCES work_orders(id),
    -- Projection of the history, rewritten with every event in the same transaction.
    status          TEXT NOT NULL,
    department      TEXT,
    routed_at       INTEGER,
    responded_at    INTEGER,
    resolved_at     INTEGER,
    replied_at      INTEGER,
    revisited_at    INTEGER,
    withdrawn_at    INTEGER,
    valid           INTEGER CHECK (valid IN (0, 1)),
    judged_at       INTEGER,
    verdict_reason  TEXT NOT NULL DEFAULT '',
    resolution      TEXT NOT NULL DEFAULT '',
    measures        TEXT NOT NULL DEFAULT '',
    reply           TEXT NOT NULL DEFAULT '',
    informed_head   TEXT NOT NULL DEFAULT '',
    satisfaction    INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    revisit_comment TEXT NOT NULL DEFAULT '',
    UNIQUE (site_id, code)
);
-- The KPIs' month of a site, and the history newest first (read backwards) with its keyset.
CREATE INDEX complaints_site_received ON complaints(site_id, received_at, id);
-- The board and the revisit queue: the open or replied complaints of a site, oldest first.
CREATE INDEX complaints_site_status ON complaints(site_id, status, received_at, id);
-- The history over every site.
CREATE INDEX complaints_received ON complaints(received_at, id);
CREATE INDEX complaints_work_order ON complaints(work_order_id, received_at, id) WHERE work_order_id IS NOT NULL;

CREATE TABLE complaint_events (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    kind         TEXT NOT NULL,
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT '',
    department   TEXT,
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    valid        INTEGER CHECK (valid IN (0, 1)),
    reference    TEXT NOT NULL DEFAULT '',
    recorded_at  INTEGER NOT NULL
);
CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, id);
CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'the complaint history is append-only'); END;
CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'the complaint history is append-only'); END;
-- INSERT OR REPLACE would delete the event it replaces without firing the DELETE trigger: as for the audit
-- trail, an insert naming an id is refused.
CREATE TRIGGER complaint_events_no_replace BEFORE INSERT ON complaint_events
WHEN NEW.id IS NOT NULL AND NEW.id >= 0
BEGIN SELECT RAISE(ABORT, 'the complaint history is append-only'); END;
)sql");
}

// Version 6: the security team of a site (security.h). `security_setups` keeps each site's setup (shifts,
// posts, squads, rotation rule) as one JSON document, read and written whole. A month's roster is a row of
// `rosters` (UNIQUE (site_id, month)) and its slots, in sheet order (`position`), in `roster_slots`; saving a
// roster rewrites its slots and keeps its id. Route versions keep their checkpoints and rounds as JSON.
// Patrol scans are unique per site, checkpoint, time and guard, so that a device export imported twice is
// stored once. Handovers are unique per site, day and shift; their open items, the duty log and the spot
// checks (posts and findings as JSON arrays) are read by site and time.
void upgradeTo6(SQLite::Database& db)
{
    db.exec(R"sql(
CREATE TABLE security_setups (
    site_id  INTEGER PRIMARY KEY REFERENCES sites(id),
    document TEXT NOT NULL
);

CREATE TABLE rosters (
    id           INTEGER PRIMARY KEY,
    site_id      INTEGER NOT NULL REFERENCES sites(id),
    month        TEXT NOT NULL, -- 'YYYY-MM'
    status       TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    generated_at INTEGER NOT NULL,
    generated_by TEXT NOT NULL DEFAULT '',
    published_at INTEGER,
    published_by TEXT NOT NULL DEFAULT '',
    UNIQUE (site_id, month)
);

-- Guards are staff ids; like the squads of the setup document they are checked by the services, not by
-- foreign keys.
CREATE TABLE roster_slots (
    roster_id        INTEGER NOT NULL REFERENCES rosters(id),
    position         INTEGER NOT NULL, -- the slot's place in the roster: day, shift and post in setup order
    day              TEXT NOT NULL,    -- 'YYYY-MM-DD', the day the shift starts
    shift            TEXT NOT NULL,
    post             TEXT NOT NULL,
    squad            TEXT NOT NULL DEFAULT '',
    planned_staff_id INTEGER,
    staff_id         INTEGER,
    change           TEXT NOT NULL CHECK (change IN ('none', 'swap', 'leave', 'substitute')),
    note             TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (roster_id, position),
    UNIQUE (roster_id, day, shift, post)
) WITHOUT ROWID;

CREATE TABLE patrol_routes (
    id             INTEGER PRIMARY KEY,
    site_id        INTEGER NOT NULL REFERENCES sites(id),
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    effective_from TEXT NOT NULL, -- 'YYYY-MM-DD'
    document       TEXT NOT NULL, -- checkpoints, rounds per shift, round length, tolerance
    active         INTEGER NOT NULL CHECK (active IN (0, 1)),
    UNIQUE (site_id, code, effective_from)
);

CREATE TABLE patrol_scans (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    checkpoint  TEXT NOT NULL,
    at          INTEGER NOT NULL,
    guard       TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    recorded_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    UNIQUE (site_id, checkpoint, at, guard)
);
CREATE INDEX patrol_scans_site_at ON patrol_scans(site_id, at, id);

CREATE TABLE handovers (
    id                 INTEGER PRIMARY KEY,
    site_id            INTEGER NOT NULL REFERENCES sites(id),
    day                TEXT NOT NULL, -- 'YYYY-MM-DD'
    shift              TEXT NOT NULL, -- the incoming shift
    outgoing_leader    TEXT NOT NULL DEFAULT '',
    outgoing_signed_at INTEGER,
    incoming_leader    TEXT NOT NULL DEFAULT '',
    incoming_signed_at INTEGER,
    notes              TEXT NOT NULL DEFAULT '',
    recorded_at        INTEGER NOT NULL,
    recorded_by        TEXT NOT NULL DEFAULT '',
    UNIQUE (site_id, day, shift)
);

CREATE TABLE handover_items (
    id           INTEGER PRIMARY KEY,
    site_id      INTEGER NOT NULL REFERENCES sites(id),
    text         TEXT NOT NULL,
    opened_at    INTEGER NOT NULL,
    opened_by    TEXT NOT NULL DEFAULT '',
    opened_in    INTEGER REFERENCES handovers(id),
    closed_at    INTEGER,
    closed_by    TEXT NOT NULL DEFAULT '',
    closing_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX handover_items_site_opened ON handover_items(site_id, opened_at, id);

CREATE TABLE duty_entries (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    kind        TEXT NOT NULL CHECK (kind IN ('visitor', 'vehicle', 'incident')),
    at          INTEGER NOT NULL,
    left_at     INTEGER,
    subject     TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    incident    TEXT CHECK (incident IN ('security_case', 'fire', 'violation', 'other')),
    handling    TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT '',
    handled_at  INTEGER,
    recorded_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX duty_entries_site_at ON duty_entries(site_id, at, id);
-- The visitors and vehicles still inside: few rows, read at every shift.
CREATE INDEX duty_entries_inside ON duty_entries(site_id, at, id) WHERE left_at IS NULL AND kind <> 'incident';

CREATE TABLE spot_checks (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    at          INTEGER NOT NULL,
    checker     TEXT NOT NULL,
    night       INTEGER NOT NULL CHECK (night IN (0, 1)),
    posts       TEXT NOT NULL DEFAULT '[]', -- JSON array of post codes
    findings    TEXT NOT NULL DEFAULT '[]', -- JSON array of {post, finding, corrective}
    notes       TEXT NOT NULL DEFAULT '',
    recorded_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX spot_checks_site_at ON spot_checks(site_id, at, id);
)sql");
}

// Version 7: cleaning and greening inspections (inspection.h). `inspection_setups` keeps each site's setup
// (buildings, ground zones, cluster, rectification and warning limits) as one JSON document, read and
// written whole. `inspection_templates` are versions (UNIQUE (site_id, area, effective_from), a duplicate
// is a conflict) with their check items and sample rule as JSON. A sheet is one row of `inspection_sheets`
// with its lines (the copied items, results, notes, photo references) as a JSON array, rewritten whole on
// each save; `sheet_amendments` is the append-only record of the changes made after signing. Photos are
// BLOBs in `inspection_photos`, referenced by id from the sheet lines and the rectification evidence.
// `nonconformances` holds every field (UNIQUE (site_id, code), the corrective action report in `report_*`
// columns, present when `report_due` is set, evidence photos as JSON); its history is a child table,
// `nonconformance_events`, append-only like `complaint_events`: an update inserts the events not stored
// yet. `contractors` (UNIQUE (site_id, name)) own their warnings and deductions; the preventive actions
// and the pest-control visits are read by site. Enum keys are checked.
void upgradeTo7(SQLite::Database& db)
{
    db.exec(R"sql(
CREATE TABLE inspection_setups (
    site_id  INTEGER PRIMARY KEY REFERENCES sites(id),
    document TEXT NOT NULL
);

CREATE TABLE inspection_templates (
    id             INTEGER PRIMARY KEY,
    site_id        INTEGER NOT NULL REFERENCES sites(id),
    area           TEXT NOT NULL CHECK (area IN ('ground', 'lobby', 'standard_floors', 'offices', 'drains',
                                                 'car_park', 'roofs', 'stainless_steel', 'refuse_points')),
    name           TEXT NOT NULL,
    effective_from TEXT NOT NULL, -- 'YYYY-MM-DD'
    document       TEXT NOT NULL, -- items and sample rule
    active         INTEGER NOT NULL CHECK (active IN (0, 1)),
    saved_at       INTEGER NOT NULL,
    saved_by       TEXT NOT NULL DEFAULT '',
    UNIQUE (site_id, area, effective_from)
);

CREATE TABLE inspection_sheets (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    kind        TEXT NOT NULL CHECK (kind IN ('daily', 'monthly')),
    day         TEXT NOT NULL, -- 'YYYY-MM-DD', the site's local date
    area        TEXT NOT NULL CHECK (area IN ('ground', 'lobby', 'standard_floors', 'offices', 'drains',
                                              'car_park', 'roofs', 'stainless_steel', 'refuse_points')),
    location    TEXT NOT NULL DEFAULT '',
    template_id INTEGER REFERENCES inspection_templates(id), -- NULL: the built-in defaults
    inspector   TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    signed_at   INTEGER,
    signed_by   TEXT NOT NULL DEFAULT '',
    amendments  INTEGER NOT NULL DEFAULT 0 CHECK (amendments >= 0),
    lines       TEXT NOT NULL DEFAULT '[]' -- JSON array of {item, result, note, photos, severity, correctedOnSpot}
);
CREATE INDEX inspection_sheets_site_day ON inspection_sheets(site_id, day, kind, area, location, id);

CREATE TABLE sheet_amendments (
    id            INTEGER PRIMARY KEY,
    sheet_id      INTEGER NOT NULL REFERENCES inspection_sheets(id),
    line          INTEGER NOT NULL CHECK (line >= 0),
    result_before TEXT NOT NULL CHECK (result_before IN ('pending', 'pass', 'fail', 'not_applicable')),
    result_after  TEXT NOT NULL CHECK (result_after IN ('pending', 'pass', 'fail', 'not_applicable')),
    note_before   TEXT NOT NULL DEFAULT '',
    note_after    TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    at            INTEGER NOT NULL,
    actor         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sheet_amendments_sheet ON sheet_amendments(sheet_id, id);
CREATE TRIGGER sheet_amendments_no_update BEFORE UPDATE ON sheet_amendments
BEGIN SELECT RAISE(ABORT, 'the sheet amendments are append-only'); END;
CREATE TRIGGER sheet_amendments_no_delete BEFORE DELETE ON sheet_amendments
BEGIN SELECT RAISE(ABORT, 'the sheet amendments are append-only'); END;
CREATE TRIGGER sheet_amendments_no_replace BEFORE INSERT ON sheet_amendments
WHEN NEW.id IS NOT NULL AND NEW.id >= 0
BEGIN SELECT RAISE(ABORT, 'the sheet amendments are append-only'); END;

CREATE TABLE inspection_photos (
    id        INTEGER PRIMARY KEY,
    site_id   INTEGER NOT NULL REFERENCES sites(id),
    file_name TEXT NOT NULL DEFAULT '',
    bytes     BLOB NOT NULL,
    added_at  INTEGER NOT NULL,
    added_by  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contractors (
    id             INTEGER PRIMARY KEY,
    site_id        INTEGER NOT NULL REFERENCES sites(id),
    name           TEXT NOT NULL,
    service        TEXT NOT NULL CHECK (service IN ('cleaning', 'greening', 'pest_control')),
    monthly_fee    INTEGER NOT NULL CHECK (monthly_fee >= 0), -- fen
    contract_start TEXT NOT NULL, -- 'YYYY-MM-DD'
    contract_end   TEXT NOT NULL, -- 'YYYY-MM-DD', inclusive
    contact        TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    licence        TEXT NOT NULL DEFAULT '',
    active         INTEGER NOT NULL CHECK (active IN (0, 1)),
    UNIQUE (site_id, name)
);

CREATE TABLE nonconformances (
    id                 INTEGER PRIMARY KEY,
    site_id            INTEGER NOT NULL REFERENCES sites(id),
    code               TEXT NOT NULL,
    sheet_id           INTEGER REFERENCES inspection_sheets(id),
    line               INTEGER NOT NULL DEFAULT -1, -- the sheet line, -1 without a sheet
    source             TEXT NOT NULL CHECK (source IN ('daily', 'monthly')),
    area               TEXT NOT NULL CHECK (area IN ('ground', 'lobby', 'standard_floors', 'offices', 'drains',
                                                     'car_park', 'roofs', 'stainless_steel', 'refuse_points')),
    location           TEXT NOT NULL DEFAULT '',
    item_code          TEXT NOT NULL DEFAULT '',
    description        TEXT NOT NULL DEFAULT '',
    service            TEXT NOT NULL CHECK (service IN ('cleaning', 'greening')),
    contractor_id      INTEGER REFERENCES contractors(id),
    severity           TEXT NOT NULL CHECK (severity IN ('minor', 'severe')),
    cause              TEXT NOT NULL DEFAULT '',
    raised_at          INTEGER NOT NULL,
    raised_by          TEXT NOT NULL DEFAULT '',
    deadline           INTEGER NOT NULL,
    report_required    INTEGER NOT NULL CHECK (report_required IN (0, 1)),
    -- The state and the fields of the latest rectification, verification and closing, rewritten with the
    -- events in the same transaction.
    state              TEXT NOT NULL CHECK (state IN ('open', 'rectified', 'verified', 'closed', 'withdrawn')),
    rectified_at       INTEGER,
    rectified_by       TEXT NOT NULL DEFAULT '',
    evidence           TEXT NOT NULL DEFAULT '',
    evidence_photos    TEXT NOT NULL DEFAULT '[]', -- JSON array of {id, fileName}
    verified_at        INTEGER,
    verified_by        TEXT NOT NULL DEFAULT '',
    closed_at          INTEGER,
    closed_by          TEXT NOT NULL DEFAULT '',
    -- The corrective action report (纠正措施报告), present when report_due is set.
    report_cause       TEXT NOT NULL DEFAULT '',
    report_action      TEXT NOT NULL DEFAULT '',
    report_owner       TEXT NOT NULL DEFAULT '',
    report_due         TEXT, -- 'YYYY-MM-DD'
    report_recorded_at INTEGER,
    report_recorded_by TEXT NOT NULL DEFAULT '',
    UNIQUE (site_id, code),
    CHECK ((report_due IS NULL) = (report_recorded_at IS NULL))
);
-- The board: a site's nonconformances by deadline.
CREATE INDEX nonconformances_site_deadline ON nonconformances(site_id, deadline, id);
-- The KPIs' period and the clusters.
CREATE INDEX nonconformances_site_raised ON nonconformances(site_id, raised_at, id);
CREATE INDEX nonconformances_sheet ON nonconformances(sheet_id, line) WHERE sheet_id IS NOT NULL;

CREATE TABLE nonconformance_events (
    id                INTEGER PRIMARY KEY,
    nonconformance_id INTEGER NOT NULL REFERENCES nonconformances(id),
    kind              TEXT NOT NULL CHECK (kind IN ('raised', 'rectified', 'verified', 'verification_failed',
                                                    'corrective_action', 'closed', 'withdrawn')),
    at                INTEGER NOT NULL,
    actor             TEXT NOT NULL DEFAULT '',
    note              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX nonconformance_events_nc ON nonconformance_events(nonconformance_id, id);
CREATE TRIGGER nonconformance_events_no_update BEFORE UPDATE ON nonconformance_events
BEGIN SELECT RAISE(ABORT, 'the nonconformance history is append-only'); END;
CREATE TRIGGER nonconformance_events_no_delete BEFORE DELETE ON nonconformance_events
BEGIN SELECT RAISE(ABORT, 'the nonconformance history is append-only'); END;
CREATE TRIGGER nonconformance_events_no_replace BEFORE INSERT ON nonconformance_events
WHEN NEW.id IS NOT NULL AND NEW.id >= 0
BEGIN SELECT RAISE(ABORT, 'the nonconformance history is append-only'); END;

CREATE TABLE preventive_actions (
    id                INTEGER PRIMARY KEY,
    site_id           INTEGER NOT NULL REFERENCES sites(id),
    cause             TEXT NOT NULL,
    action            TEXT NOT NULL,
    owner             TEXT NOT NULL,
    due               TEXT NOT NULL, -- 'YYYY-MM-DD'
    nonconformance_id INTEGER REFERENCES nonconformances(id),
    recorded_at       INTEGER NOT NULL,
    recorded_by       TEXT NOT NULL DEFAULT '',
    done_at           INTEGER,
    done_by           TEXT NOT NULL DEFAULT '',
    done_note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX preventive_actions_site_due ON preventive_actions(site_id, due, id);

CREATE TABLE contractor_warnings (
    id                INTEGER PRIMARY KEY,
    contractor_id     INTEGER NOT NULL REFERENCES contractors(id),
    issued_on         TEXT NOT NULL, -- 'YYYY-MM-DD'
    reason            TEXT NOT NULL DEFAULT '',
    nonconformance_id INTEGER REFERENCES nonconformances(id),
    recorded_at       INTEGER NOT NULL,
    recorded_by       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contractor_warnings_contractor ON contractor_warnings(contractor_id, issued_on, id);

CREATE TABLE contractor_deductions (
    id                INTEGER PRIMARY KEY,
    contractor_id     INTEGER NOT NULL REFERENCES contractors(id),
    month             TEXT NOT NULL, -- 'YYYY-MM'
    amount            INTEGER NOT NULL CHECK (amount > 0), -- fen
    reason            TEXT NOT NULL DEFAULT '',
    nonconformance_id INTEGER REFERENCES nonconformances(id),
    recorded_at       INTEGER NOT NULL,
    recorded_by       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contractor_deductions_contractor ON contractor_deductions(contractor_id, month, id);

CREATE TABLE pest_visits (
    id            INTEGER PRIMARY KEY,
    site_id       INTEGER NOT NULL REFERENCES sites(id),
    contractor_id INTEGER NOT NULL REFERENCES contractors(id),
    operator_name TEXT NOT NULL,
    licence       TEXT NOT NULL,
    signed_in_at  INTEGER NOT NULL,
    signed_out_at INTEGER,
    areas         TEXT NOT NULL DEFAULT '',
    treatment     TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    recorded_at   INTEGER NOT NULL,
    recorded_by   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pest_visits_site_signed_in ON pest_visits(site_id, signed_in_at, id);
)sql");
}

// Version 8: the commitments of a service contract (commitment.h). `target_sets` are versions of a site's
// targets (UNIQUE (site_id, effective_from)); saving one from the same date rewrites its entries and keeps its
// id. `target_entries` hold one row per indicator key, with the comparator and the target × 10⁴, or both
// NULL where the contract promises nothing. `manual_figures`, `indicator_notes` and `report_snapshots` are
// append-only like `complaint_events` (triggers refuse UPDATE, DELETE and an insert naming an id): a
// correction is a new entry, and the figure as of T is the latest entered at or before T. Figures are
// ratios (0 ≤ numerator ≤ denominator, denominator > 0). Months are 'YYYY-MM', checked by shape.
void upgradeTo8(SQLite::Database& db)
{
    db.exec(R"sql(
CREATE TABLE target_sets (
    id             INTEGER PRIMARY KEY,
    site_id        INTEGER NOT NULL REFERENCES sites(id),
    effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    contract       TEXT NOT NULL DEFAULT '',
    saved_at       INTEGER NOT NULL,
    saved_by       TEXT NOT NULL DEFAULT '',
    UNIQUE (site_id, effective_from)
);

CREATE TABLE target_entries (
    target_set_id INTEGER NOT NULL REFERENCES target_sets(id),
    key           TEXT NOT NULL,
    comparator    TEXT CHECK (comparator IN ('>=', '<=', '<')), -- NULL: no target
    value_e4      INTEGER CHECK (value_e4 >= 0),               -- the target × 10⁴: 0.99 is 9900
    PRIMARY KEY (target_set_id, key),
    CHECK ((comparator IS NULL) = (value_e4 IS NULL))
) WITHOUT ROWID;

CREATE TABLE manual_figures (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                     AND substr(month, 6, 2) BETWEEN '01' AND '12'), -- 'YYYY-MM'
    key         TEXT NOT NULL,
    numerator   INTEGER NOT NULL CHECK (numerator >= 0),
    denominator INTEGER NOT NULL CHECK (denominator > 0),
    note        TEXT NOT NULL DEFAULT '',
    entered_at  INTEGER NOT NULL,
    entered_by  TEXT NOT NULL DEFAULT '',
    CHECK (numerator <= denominator)
);
CREATE INDEX manual_figures_site_month ON manual_figures(site_id, month, key, entered_at, id);
CREATE TRIGGER manual_figures_no_update BEFORE UPDATE ON manual_figures
BEGIN SELECT RAISE(ABORT, 'the manual figures are append-only'); END;
CREATE TRIGGER manual_figures_no_delete BEFORE DELETE ON manual_figures
BEGIN SELECT RAISE(ABORT, 'the manual figures are append-only'); END;
CREATE TRIGGER manual_figures_no_replace BEFORE INSERT ON manual_figures
WHEN NEW.id IS NOT NULL AND NEW.id >= 0
BEGIN SELECT RAISE(ABORT, 'the manual figures are append-only'); END;

CREATE TABLE indicator_notes (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id),
    month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                     AND substr(month, 6, 2) BETWEEN '01' AND '12'), -- 'YYYY-MM'
    key         TEXT NOT NULL,
    text        TEXT NOT NULL,
    entered_at  INTEGER NOT NULL,
    entered_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX indicator_notes_site_month ON indicator_notes(site_id, month, key, entered_at, id);
CREATE TRIGGER indicator_notes_no_update BEFORE UPDATE ON indicator_notes
BEGIN SELECT RAISE(ABORT, 'the indicator notes are append-only'); END;
CREATE TRIGGER indicator_notes_no_delete BEFORE DELETE ON indicator_notes
BEGIN SELECT RAISE(ABORT, 'the indicator notes are append-only'); END;
CREATE TRIGGER indicator_notes_no_replace BEFORE INSERT ON indicator_notes
WHEN NEW.id IS NOT NULL AND NEW.id >= 0
BEGIN SELECT RAISE(ABORT, 'the indicator notes are append-only'); END;

CREATE TABLE report_snapshots (
    id         INTEGER PRIMARY KEY,
    site_id    INTEGER NOT NULL REFERENCES sites(id),
    month      TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                    AND substr(month, 6, 2) BETWEEN '01' AND '12'), -- 'YYYY-MM'
    as_of      INTEGER NOT NULL,
    frozen_at  INTEGER NOT NULL,
    frozen_by  TEXT NOT NULL DEFAULT '',
    data       TEXT NOT NULL -- the report as JSON (reports/monthlyreport.h)
);
-- The list: a site's snapshots, newest month first, then newest frozen first (read backwards).
CREATE INDEX report_snapshots_site_month ON report_snapshots(site_id, month, frozen_at, id);
CREATE TRIGGER report_snapshots_no_update BEFORE UPDATE ON report_snapshots
BEGIN SELECT RAISE(ABORT, 'the report snapshots are append-only'); END;
CREATE TRIGGER report_snapshots_no_delete BEFORE DELETE ON report_snapshots
BEGIN SELECT RAISE(ABORT, 'the report snapshots are append-only'); END;
CREATE TRIGGER report_snapshots_no_replace BEFORE INSERT ON report_snapshots
WHEN NEW.id IS NOT NULL AND NEW.id >= 0
BEGIN SELECT RAISE(ABORT, 'the report snapshots are append-only'); END;
)sql");
}

const std::array<std::function<void(SQLite::Database&)>, kSchemaVersion> kSteps{
    upgradeTo1, upgradeTo2, upgradeTo3, upgradeTo4, upgradeTo5, upgradeTo6, upgradeTo7, upgradeTo8};

} // namespace

int schemaVersion(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

void upgradeSchema(SQLite::Database& db, int target)
{
    const int current = schemaVersion(db);
    if (current >= target) {
        return;
    }
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    for (int version = current + 1; version <= target; ++version) {
        kSteps[static_cast<std::size_t>(version - 1)](db);
    }
    db.exec(fmt::format("PRAGMA user_version = {}", target));
    transaction.commit();
}

} // namespace propdesk::storage
