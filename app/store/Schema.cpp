// Versioned migrations of the terminal's local store and of the central store (PostgreSQL or its SQLite stand-in).
// A released step is never edited: a change is a new step, so every terminal reaches the same schema.
#include "Schema.h"

#include "DataLogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace madoguchi::store {

namespace {
// Timestamps are ISO-8601 UTC text and days are 'YYYY-MM-DD' text on both backends, so the same queries and the
// same indexes serve both; %BLOB% and %AUTO_PK% are the only dialect differences.
const char* const kVisitTables = R"(
CREATE TABLE visits (
    id TEXT PRIMARY KEY,
    terminal_id TEXT NOT NULL,
    reception_number TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('counter', 'kiosk')),
    language TEXT NOT NULL,
    staff_id TEXT,
    resident_id TEXT,
    business_date TEXT NOT NULL,
    received_at TEXT NOT NULL,
    identified_at TEXT,
    confirmed_at TEXT,
    issued_at TEXT,
    completed_at TEXT
);
CREATE TABLE procedure_requests (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL REFERENCES visits(id),
    procedure_id TEXT NOT NULL,
    form_data TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'completed', 'cancelled')),
    my_number_sealed %BLOB%,
    created_at TEXT NOT NULL
);
CREATE TABLE issued_documents (
    id TEXT PRIMARY KEY,
    serial TEXT NOT NULL UNIQUE,
    visit_id TEXT NOT NULL REFERENCES visits(id),
    request_id TEXT REFERENCES procedure_requests(id),
    document_type TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    copies INTEGER NOT NULL CHECK (copies > 0),
    fee INTEGER NOT NULL CHECK (fee >= 0),
    content_digest TEXT NOT NULL,
    verification_code TEXT NOT NULL UNIQUE,
    issued_at TEXT NOT NULL,
    voided_at TEXT,
    void_reason TEXT,
    voided_by TEXT
);
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL REFERENCES visits(id),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    method TEXT NOT NULL CHECK (method IN ('cash', 'credit', 'emoney', 'qr', 'exempt')),
    paid_at TEXT NOT NULL
);
CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin', 'kiosk')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);
)";

const char* const kLocalV1 = R"(
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE document_counter (
    business_date TEXT PRIMARY KEY,
    last_value INTEGER NOT NULL
);
)";

// v2: reference data flowing down from the centre, retry bookkeeping, the day index the counter's list uses.
const char* const kLocalV2 = R"(
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
CREATE TABLE reference_data (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    version TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX visits_by_day ON visits (business_date);
)";

// v4: failed sign-ins in a row per login (by digest), for the back-off and the lockout.
const char* const kLocalV4SignIn = R"(
CREATE TABLE sign_in_failures (
    login_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at TEXT NOT NULL
);
)";

// v5: the audit trail that cannot be quietly rewritten: a head that never goes back (numbers are never reused),
// length-prefixed signed events (format 2), this terminal's own Ed25519 key pair.
const char* const kLocalV5Audit = R"(
ALTER TABLE audit_events ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit_events ADD COLUMN signature TEXT NOT NULL DEFAULT '';
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) SELECT 1, seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1;
CREATE TABLE terminal_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    public_key TEXT NOT NULL,
    secret_key TEXT NOT NULL,
    created_at TEXT NOT NULL
);
)";

// local v6, central v5: the card's authenticity verdict on the visit (docs/card-authenticity.md), for the supervisor
// and the KPIs; NULL when no card was read or the check was off.
const char* const kCardVerdictV6 = R"(
ALTER TABLE visits ADD COLUMN card_verdict TEXT;
)";

const char* const kCentralV1 = R"(
CREATE TABLE audit_events (
    terminal_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (terminal_id, seq)
);
CREATE TABLE households (
    id TEXT PRIMARY KEY,
    head_resident_id TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    address TEXT NOT NULL
);
CREATE TABLE residents (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id),
    family_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    family_name_kana TEXT NOT NULL,
    given_name_kana TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL,
    relationship TEXT NOT NULL,
    resident_since TEXT,
    previous_address TEXT NOT NULL,
    honseki TEXT NOT NULL,
    hittousha TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'moved_out', 'deceased'))
);
CREATE TABLE seal_registrations (
    resident_id TEXT NOT NULL REFERENCES residents(id),
    registration_number TEXT NOT NULL UNIQUE,
    registered_on TEXT NOT NULL,
    PRIMARY KEY (resident_id, registration_number)
);
CREATE TABLE tax_summaries (
    resident_id TEXT NOT NULL REFERENCES residents(id),
    fiscal_year INTEGER NOT NULL,
    income BIGINT NOT NULL,
    resident_tax BIGINT NOT NULL,
    resident_tax_paid BIGINT NOT NULL,
    light_vehicle_tax BIGINT NOT NULL,
    light_vehicle_tax_paid BIGINT NOT NULL,
    vehicle_plate TEXT NOT NULL,
    PRIMARY KEY (resident_id, fiscal_year)
);
CREATE INDEX residents_by_kana ON residents (family_name_kana, given_name_kana, birth_date);
)";

// v2: the supervisor's day and month views (by office-day, by terminal-day) and reference data for terminals.
const char* const kCentralV2 = R"(
CREATE INDEX visits_by_day_terminal ON visits (business_date, terminal_id, received_at);
CREATE INDEX requests_by_visit ON procedure_requests (visit_id);
CREATE INDEX documents_by_visit ON issued_documents (visit_id);
CREATE INDEX payments_by_visit ON payments (visit_id);
CREATE TABLE reference_data (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    version TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
)";

// v3 (both): the visit's business day on certificates and payments, so the supervisor's office-day sums are index
// range scans instead of one lookup per visit (docs/benchmarks.md); rows from before are filled from their visit.
const char* const kBusinessDateV3 = R"(
ALTER TABLE issued_documents ADD COLUMN business_date TEXT;
ALTER TABLE payments ADD COLUMN business_date TEXT;
UPDATE issued_documents SET business_date = (SELECT v.business_date FROM visits v WHERE v.id = issued_documents.visit_id);
UPDATE payments SET business_date = (SELECT v.business_date FROM visits v WHERE v.id = payments.visit_id);
)";

// v4: signed events and the centre's own receive time; the terminals' public keys (registered on a terminal's first
// sync, never replaced by a terminal); alarms for the supervisor (forks, truncation, refused events).
const char* const kCentralV4Trust = R"(
ALTER TABLE audit_events ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit_events ADD COLUMN signature TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_events ADD COLUMN received_at TEXT;
ALTER TABLE visits ADD COLUMN central_received_at TEXT;
CREATE TABLE terminal_keys (
    terminal_id TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    registered_at TEXT NOT NULL
);
CREATE TABLE sync_alarms (
    id TEXT PRIMARY KEY,
    terminal_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    cleared_at TEXT
);
CREATE INDEX sync_alarms_open ON sync_alarms (terminal_id, kind, cleared_at);
CREATE TABLE audit_anchors (
    terminal_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    anchored_at TEXT NOT NULL,
    anchored_by TEXT NOT NULL,
    PRIMARY KEY (terminal_id, seq)
);
)";

// Central v6 (after the card verdict step): the office's one queue of reception tickets (app/queue): a row per
// ticket with its current state, a row per state change with its time (the waiting and service times of the KPIs),
// the day's numbering per counter group, and the notice that takes over the lobby display. office_code is filled
// from the login role's office on a server (central/CentralSetup.cpp) and is '' in the embedded store (one office).
const char* const kCentralQueueV6 = R"(
CREATE TABLE queue_tickets (
    id TEXT PRIMARY KEY,
    office_code TEXT NOT NULL DEFAULT '',
    business_date TEXT NOT NULL,
    number TEXT NOT NULL,
    group_id TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('kiosk', 'clerk', 'reservation')),
    state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'absent', 'done', 'dropped')),
    counter TEXT,
    target_counter TEXT,
    terminal_id TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    called_at TEXT,
    absent_until TEXT,
    absences INTEGER NOT NULL DEFAULT 0,
    UNIQUE (office_code, business_date, number)
);
CREATE INDEX queue_tickets_waiting ON queue_tickets (business_date, state, group_id, queued_at);
CREATE TABLE queue_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    office_code TEXT NOT NULL DEFAULT '',
    ticket_id TEXT NOT NULL REFERENCES queue_tickets(id),
    business_date TEXT NOT NULL,
    group_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('issued', 'called', 'recalled', 'serving', 'absent', 'transferred', 'done',
                                         'dropped')),
    counter TEXT,
    terminal_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX queue_events_by_day ON queue_events (business_date, group_id, state, at);
CREATE INDEX queue_events_by_ticket ON queue_events (ticket_id);
CREATE TABLE queue_numbers (
    office_code TEXT NOT NULL DEFAULT '',
    business_date TEXT NOT NULL,
    group_id TEXT NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (office_code, business_date, group_id)
);
CREATE TABLE lobby_notice (
    office_code TEXT PRIMARY KEY DEFAULT '',
    text TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    revision BIGINT NOT NULL
);
)";

// central v7: supervisor decisions at the centre: a clerk's void request and the supervisor's answer (one open request
// per serial), and a reissued certificate's link to the serial it replaces.
const char* const kCentralV7VoidRequests = R"(
CREATE TABLE void_requests (
    id TEXT PRIMARY KEY,
    serial TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'refused')),
    decided_by TEXT,
    decided_at TEXT,
    decision_reason TEXT
);
CREATE UNIQUE INDEX void_requests_one_pending ON void_requests (serial) WHERE state = 'pending';
CREATE INDEX void_requests_by_state ON void_requests (state, requested_at);
ALTER TABLE issued_documents ADD COLUMN reissue_of TEXT;
CREATE INDEX documents_by_reissue_of ON issued_documents (reissue_of);
)";

// central v8: the supervisor's cash count per terminal-day (pieces per denomination, the difference's reason) and the
// closing of a day with the figures it was closed on; a reopen keeps who, when and why.
const char* const kCentralV8CashDay = R"(
CREATE TABLE cash_counts (
    terminal_id TEXT NOT NULL,
    business_date TEXT NOT NULL,
    denominations TEXT NOT NULL,
    counted BIGINT NOT NULL,
    expected BIGINT NOT NULL,
    reason TEXT NOT NULL,
    counted_by TEXT NOT NULL,
    counted_at TEXT NOT NULL,
    PRIMARY KEY (terminal_id, business_date)
);
CREATE TABLE day_closings (
    office_code TEXT NOT NULL DEFAULT '',
    business_date TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('closed', 'reopened')),
    figures TEXT NOT NULL,
    closed_by TEXT NOT NULL,
    closed_at TEXT NOT NULL,
    reopened_by TEXT,
    reopened_at TEXT,
    reopen_reason TEXT,
    PRIMARY KEY (office_code, business_date)
);
)";

// central v10: the kiosk's pre-entry of a reception ticket, sealed with the office key (privacy/KeyRing); the row goes
// when the ticket's visit ends (done or dropped) or its day closes (kiosk/PreEntryStore).
const char* const kCentralV10PreEntries = R"(
CREATE TABLE queue_pre_entries (
    ticket_id TEXT PRIMARY KEY REFERENCES queue_tickets(id),
    office_code TEXT NOT NULL DEFAULT '',
    business_date TEXT NOT NULL,
    sealed %BLOB% NOT NULL,
    terminal_id TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE INDEX queue_pre_entries_by_day ON queue_pre_entries (business_date);
)";

// Local v10 / central v11: per procedure request, how many of the form's fields were filled for the resident (from the
// card, the registry, an earlier answer) and how many were typed — the handwriting the counter avoided (a KPI);
// NULL: not counted (requests recorded before). And a cashless payment's reference (IC, QR, credit) for the
// reconciliation.
const char* const kRequestFieldCounts = R"(
ALTER TABLE procedure_requests ADD COLUMN fields_prefilled INTEGER;
ALTER TABLE procedure_requests ADD COLUMN fields_typed INTEGER;
ALTER TABLE payments ADD COLUMN reference TEXT;
)";

// Central v11: each terminal's last sync round as the centre saw it (its clock), with what the terminal still holds
// back: visits waiting in its outbox and rows it set aside. The supervisor's alerts read it (a terminal silent for N
// minutes, an outbox that is stuck); one row per terminal, replaced by every round.
const char* const kCentralV11Heartbeats = R"(
CREATE TABLE sync_heartbeats (
    terminal_id TEXT PRIMARY KEY,
    last_sync_at TEXT NOT NULL,
    waiting INTEGER NOT NULL,
    set_aside INTEGER NOT NULL,
    refused INTEGER NOT NULL
);
)";

const char* const kCentralV3Indexes = R"(
CREATE INDEX documents_by_day ON issued_documents (business_date, visit_id);
CREATE INDEX payments_by_day ON payments (business_date, visit_id);
)";

QStringList statements(const QString& script, Backend backend) {
    // A step for PostgreSQL only (functions whose bodies hold ';'): statements end with a line ";;"; on SQLite the
    // step only takes its number.
    static const QLatin1String postgresOnly("%POSTGRES_ONLY%");
    if (script.startsWith(postgresOnly)) {
        QStringList result;
        if (backend != Backend::Postgres)
            return result;
        for (const QString& part : script.mid(postgresOnly.size()).split(QStringLiteral("\n;;\n"))) {
            if (!part.trimmed().isEmpty())
                result.append(part.trimmed());
        }
        return result;
    }
    QString sql = script;
    sql.replace(QLatin1String("%BLOB%"), backend == Backend::Postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    if (backend == Backend::Postgres)
        sql.replace(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"), QLatin1String("BIGSERIAL PRIMARY KEY"));
    QStringList result;
    for (const QString& part : sql.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

// v7: when the staff copy was last made equal to the centre's table, so a copy too old is not trusted offline.
const char* const kLocalV7StaffCopy = R"(
CREATE TABLE staff_copy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pulled_at TEXT NOT NULL
);
)";

// Local v8 (sync that never blocks, serials that never collide): outbox rows the centre refused again and again,
// kept here with the refusal instead of holding up every later visit; and this installation's own id, part of every
// serial, so a reinstalled terminal keeping its terminal id never repeats a serial already printed.
const char* const kLocalV8SetAside = R"(
CREATE TABLE outbox_set_aside (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    reason TEXT NOT NULL,
    set_aside_at TEXT NOT NULL
);
CREATE TABLE install_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    install_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);
)";

// Central v9: a re-sent row whose content differs from what the centre holds is kept here, as sent, for IT to
// reconcile; it is never counted as sent nor silently dropped.
const char* const kCentralV9Conflicts = R"(
CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    terminal_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    sent TEXT NOT NULL,
    held TEXT NOT NULL,
    detected_at TEXT NOT NULL
);
CREATE INDEX sync_conflicts_terminal ON sync_conflicts (terminal_id, detected_at);
)";

// Local v9: the format of the sealed My Numbers. 1: crypto_secretbox without associated data (every value written
// before this step); 2: XChaCha20-Poly1305 bound to its row. privacy::upgradeSealedValues moves 1 to 2 with the key
// when the terminal opens the store (the step needs the key, which SQL has not).
const char* const kLocalV9Sealing = R"(
CREATE TABLE sealing_format (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL
);
INSERT INTO sealing_format (id, format) VALUES (1, 1);
)";

// local v11, central v12: an interpreter called through the city's service during the visit (docs/languages.md):
// its language (NULL: none) and the minutes of the calls, for the KPIs.
const char* const kInterpreterSteps = R"(
ALTER TABLE visits ADD COLUMN interpreter_language TEXT;
ALTER TABLE visits ADD COLUMN interpreter_minutes INTEGER;
)";

// central v13: the staff PIN that lets staff leave the kiosks of an office, distributed from the centre (one row per
// office; an empty hash: revoked). Only its Argon2id hash; every change a new revision (kiosk/KioskStaffPin).
const char* const kCentralV13KioskStaffPins = R"(
CREATE TABLE kiosk_staff_pins (
    office_code TEXT PRIMARY KEY DEFAULT '',
    pin_hash TEXT NOT NULL,
    revision BIGINT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
);
)";

// local v12, central v14: what a certificate printed (its template and data, never a My Number), sealed for its
// serial under the office key (privacy::SealPlace::printedContentOf), so a reissue prints the same content again
// under its new serial on any terminal of the office. NULL for documents issued before this step.
const char* const kPrintedContentSteps = R"(
ALTER TABLE issued_documents ADD COLUMN printed_sealed %BLOB%;
)";

// Central v15 (trust): the kiosk's pre-entries sealed with XChaCha20-Poly1305, the ticket's id and day as associated
// data (privacy::KeyRing::sealShared). 1: crypto_secretbox without associated data (every row written before this
// step); 2: bound to its row. kiosk::upgradePreEntries moves 1 to 2 with the office key when a counter or kiosk opens
// the centre (the step needs the key, which SQL has not); a row still at 1 is never opened.
// And a reinstalled terminal brought back under its id (audit/ReEnrolment): terminal_keys holds the current
// installation's key with its epoch and the first number it signs; the keys of the installations before stay in
// terminal_retired_keys with the numbers they signed, so the old part of the chain still verifies.
const char* const kCentralV15Trust = R"(
ALTER TABLE queue_pre_entries ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE terminal_keys ADD COLUMN epoch INTEGER NOT NULL DEFAULT 1;
ALTER TABLE terminal_keys ADD COLUMN first_seq BIGINT NOT NULL DEFAULT 1;
CREATE TABLE terminal_retired_keys (
    terminal_id TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    public_key TEXT NOT NULL,
    first_seq BIGINT NOT NULL,
    last_seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL,
    retired_at TEXT NOT NULL,
    retired_by TEXT NOT NULL,
    PRIMARY KEY (terminal_id, epoch)
);
)";

// Local v13: where this installation's chain starts when it was re-enrolled under a terminal id the centre already
// holds a chain for: after the centre's last event of the installation before (base_seq, base_hash); no row: at 1.
const char* const kLocalV13Epoch = R"(
CREATE TABLE audit_epoch (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    epoch INTEGER NOT NULL,
    base_seq INTEGER NOT NULL,
    base_hash TEXT NOT NULL,
    enrolled_at TEXT NOT NULL
);
)";

// Central v16, PostgreSQL only (the embedded store keeps scanning: one office, a few thousand visits a day): the KPI
// rollups (supervisor/Kpis.cpp, docs/benchmarks.md "KPIs over 20 M visits"). Per office and per day ('d') and per
// month ('m'): one row per figure's key — the visits and procedures of the day or month in total, per UTC hour of
// reception (days only: the hour is folded into the office's time zone when read), per channel, age band, procedure
// and interpreter language, with the card identifications, the form fields prefilled and typed and the interpreter
// minutes; and histograms of the waiting (issued → first call) and service (last call → done) seconds: exact below
// 64 s, then 32 buckets per power of two (a bucket's width ≤ 1/32 of its lower bound). Kept up to date by statement
// triggers (transition tables: one upsert per sync batch, not per row), functions owned by the owner role with a
// fixed search_path so terminals inserting under their own role reach tables they cannot read; rows already there are
// counted in the same step. The office of a visit is its terminal's office when it arrives (madoguchi_db_roles, made
// here if `central init` has not made it yet); a queue event carries its own. Statements end with a line ";;".
const char* const kCentralV16KpiRollups = R"(%POSTGRES_ONLY%
CREATE TABLE IF NOT EXISTS madoguchi_db_roles (
    db_role TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('terminal', 'supervisor')),
    office_code TEXT NOT NULL,
    terminal_id TEXT UNIQUE,
    CONSTRAINT madoguchi_db_roles_terminal CHECK (kind = 'supervisor' OR terminal_id IS NOT NULL)
)
;;
CREATE TABLE kpi_counts (
    grain TEXT NOT NULL CHECK (grain IN ('d', 'm')),
    period TEXT NOT NULL,
    office_code TEXT NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('total', 'hour', 'channel', 'band', 'procedure', 'interpreter')),
    key TEXT NOT NULL,
    visits BIGINT NOT NULL DEFAULT 0,
    procedures BIGINT NOT NULL DEFAULT 0,
    card_identified BIGINT NOT NULL DEFAULT 0,
    fields_prefilled BIGINT NOT NULL DEFAULT 0,
    fields_typed BIGINT NOT NULL DEFAULT 0,
    interpreter_minutes BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (grain, dimension, period, office_code, key)
)
;;
CREATE TABLE kpi_durations (
    grain TEXT NOT NULL CHECK (grain IN ('d', 'm')),
    period TEXT NOT NULL,
    office_code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('waiting', 'service')),
    seconds BIGINT NOT NULL,
    tickets BIGINT NOT NULL,
    PRIMARY KEY (grain, period, office_code, kind, seconds)
)
;;
CREATE FUNCTION madoguchi_kpi_bucket(s BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT CASE WHEN s < 64 THEN s ELSE (s >> (length(ltrim(s::bit(64)::text, '0')) - 6))
                                           << (length(ltrim(s::bit(64)::text, '0')) - 6) END $$
;;
CREATE FUNCTION madoguchi_kpi_seconds(from_at TEXT, to_at TEXT) RETURNS BIGINT LANGUAGE sql STABLE PARALLEL SAFE AS
    $$ SELECT trunc(extract(epoch FROM to_at::timestamptz) - extract(epoch FROM from_at::timestamptz))::bigint $$
;;
CREATE FUNCTION madoguchi_kpi_visits_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE o TEXT;
BEGIN
    FOR o IN SELECT DISTINCT coalesce(r.office_code, '') FROM added a LEFT JOIN madoguchi_db_roles r
             ON r.terminal_id = a.terminal_id ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(7301, hashtext(o));
    END LOOP;
    %VISIT_COUNTS(added)%;
    RETURN NULL;
END $$
;;
CREATE FUNCTION madoguchi_kpi_requests_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE o TEXT;
BEGIN
    FOR o IN SELECT DISTINCT coalesce(r.office_code, '') FROM added a JOIN visits v ON v.id = a.visit_id
             LEFT JOIN madoguchi_db_roles r ON r.terminal_id = v.terminal_id ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(7301, hashtext(o));
    END LOOP;
    %REQUEST_COUNTS(added)%;
    RETURN NULL;
END $$
;;
CREATE FUNCTION madoguchi_kpi_queue_events_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE o TEXT;
BEGIN
    FOR o IN SELECT DISTINCT a.office_code FROM added a WHERE a.state IN ('called', 'recalled', 'serving', 'done')
             ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(7302, hashtext(o));
    END LOOP;
    %DURATIONS(added)%;
    RETURN NULL;
END $$
;;
CREATE TRIGGER visits_kpi AFTER INSERT ON visits REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION madoguchi_kpi_visits_added()
;;
CREATE TRIGGER procedure_requests_kpi AFTER INSERT ON procedure_requests REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION madoguchi_kpi_requests_added()
;;
CREATE TRIGGER queue_events_kpi AFTER INSERT ON queue_events REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION madoguchi_kpi_queue_events_added()
;;
%VISIT_COUNTS(visits)%
;;
%REQUEST_COUNTS(procedure_requests)%
;;
%DURATIONS(queue_events)%
;;
REVOKE ALL ON FUNCTION madoguchi_kpi_visits_added() FROM PUBLIC
;;
REVOKE ALL ON FUNCTION madoguchi_kpi_requests_added() FROM PUBLIC
;;
REVOKE ALL ON FUNCTION madoguchi_kpi_queue_events_added() FROM PUBLIC
)";

// The rollups' upserts of v16, from the inserted rows (the trigger's transition table) or from a whole table (the
// step's own count of the rows already there). The age band is the scan's expression (supervisor/Kpis.cpp), so both
// give the same band; rows are upserted in key order so two batches never wait on each other in a circle.
const char* const kVisitCounts = R"(INSERT INTO kpi_counts AS k (grain, period, office_code, dimension, key, visits,
    card_identified, interpreter_minutes)
SELECT g.grain, g.period, v.office, g.dimension, g.key, count(*), count(*) FILTER (WHERE v.card), sum(v.minutes)
FROM (SELECT coalesce(o.office_code, '') AS office, n.business_date AS on_day, substr(n.business_date, 1, 7) AS in_month,
             substr(n.received_at, 1, 13) AS at_hour, n.channel,
             CASE WHEN p.birth_date IS NULL THEN 'unknown' ELSE CAST(((CAST(substr(n.business_date, 1, 4) AS INTEGER) -
                 CAST(substr(p.birth_date, 1, 4) AS INTEGER) - CASE WHEN substr(n.business_date, 6, 5) <
                 substr(p.birth_date, 6, 5) THEN 1 ELSE 0 END) / 10) * 10 AS TEXT) END AS band,
             n.card_verdict IS NOT NULL AS card, n.interpreter_language AS lang,
             coalesce(n.interpreter_minutes, 0) AS minutes
      FROM %ROWS% n LEFT JOIN residents p ON p.id = n.resident_id
      LEFT JOIN madoguchi_db_roles o ON o.terminal_id = n.terminal_id) v
CROSS JOIN LATERAL (VALUES ('d', v.on_day, 'total', ''), ('m', v.in_month, 'total', ''), ('d', v.on_day, 'hour', v.at_hour),
    ('d', v.on_day, 'channel', v.channel), ('m', v.in_month, 'channel', v.channel), ('d', v.on_day, 'band', v.band),
    ('m', v.in_month, 'band', v.band), ('d', v.on_day, 'interpreter', v.lang),
    ('m', v.in_month, 'interpreter', v.lang)) g(grain, period, dimension, key)
WHERE g.key IS NOT NULL
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (grain, period, office_code, dimension, key) DO UPDATE SET visits = k.visits + excluded.visits,
    card_identified = k.card_identified + excluded.card_identified,
    interpreter_minutes = k.interpreter_minutes + excluded.interpreter_minutes)";

// A procedure's "visits" count a visit once however many of its requests name the procedure: a request counts when it
// is the first of its visit and procedure among the inserted rows and none was there before (%NEW_PAIR%: all the
// centre's requests of that visit and procedure are inserted rows — an index count, not a search of the batch).
const char* const kRequestCounts = R"(INSERT INTO kpi_counts AS k (grain, period, office_code, dimension, key, visits,
    procedures, fields_prefilled, fields_typed)
SELECT g.grain, g.period, r.office, g.dimension, g.key, count(*) FILTER (WHERE r.is_first AND g.dimension = 'procedure'),
       count(*), coalesce(sum(r.prefilled), 0), coalesce(sum(r.typed), 0)
FROM (SELECT coalesce(o.office_code, '') AS office, v.business_date AS on_day, substr(v.business_date, 1, 7) AS in_month,
             substr(v.received_at, 1, 13) AS at_hour, v.channel, n.procedure_id, n.fields_prefilled AS prefilled,
             n.fields_typed AS typed,
             row_number() OVER (PARTITION BY n.visit_id, n.procedure_id ORDER BY n.id) = 1 AND %NEW_PAIR% AS is_first
      FROM %ROWS% n JOIN visits v ON v.id = n.visit_id
      LEFT JOIN madoguchi_db_roles o ON o.terminal_id = v.terminal_id) r
CROSS JOIN LATERAL (VALUES ('d', r.on_day, 'total', ''), ('m', r.in_month, 'total', ''), ('d', r.on_day, 'hour', r.at_hour),
    ('d', r.on_day, 'channel', r.channel), ('m', r.in_month, 'channel', r.channel), ('d', r.on_day, 'procedure', r.procedure_id),
    ('m', r.in_month, 'procedure', r.procedure_id)) g(grain, period, dimension, key)
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (grain, period, office_code, dimension, key) DO UPDATE SET visits = k.visits + excluded.visits,
    procedures = k.procedures + excluded.procedures, fields_prefilled = k.fields_prefilled + excluded.fields_prefilled,
    fields_typed = k.fields_typed + excluded.fields_typed)";

const char* const kNewPair = R"((SELECT count(*) FROM procedure_requests x WHERE x.visit_id = n.visit_id AND
    x.procedure_id = n.procedure_id) = count(*) OVER (PARTITION BY n.visit_id, n.procedure_id))";

// Per ticket as the scan reads it: waiting from the issue to the first call (called, recalled or serving), counted
// when the first call arrives; service from the last call before a done to that done, counted when the done arrives.
// Both on the business day of the event that ends them.
const char* const kDurations = R"(INSERT INTO kpi_durations AS k (grain, period, office_code, kind, seconds, tickets)
SELECT g.grain, g.period, d.office_code, d.kind, madoguchi_kpi_bucket(d.s), count(*)
FROM (SELECT e.office_code, e.business_date, 'waiting' AS kind, madoguchi_kpi_seconds(i.at, e.at) AS s
      FROM %ROWS% e CROSS JOIN LATERAL (SELECT q.at FROM queue_events q WHERE q.ticket_id = e.ticket_id AND
          q.state = 'issued' AND q.seq < e.seq ORDER BY q.seq DESC LIMIT 1) i
      WHERE e.state IN ('called', 'recalled', 'serving') AND NOT EXISTS (SELECT 1 FROM queue_events c WHERE
          c.ticket_id = e.ticket_id AND c.state IN ('called', 'recalled', 'serving') AND c.seq < e.seq)
      UNION ALL
      SELECT e.office_code, e.business_date, 'service', madoguchi_kpi_seconds(l.at, e.at)
      FROM %ROWS% e CROSS JOIN LATERAL (SELECT q.at FROM queue_events q WHERE q.ticket_id = e.ticket_id AND
          q.state IN ('called', 'recalled', 'serving') AND q.seq < e.seq ORDER BY q.seq DESC LIMIT 1) l
      WHERE e.state = 'done') d
CROSS JOIN LATERAL (VALUES ('d', d.business_date), ('m', substr(d.business_date, 1, 7))) g(grain, period)
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (grain, period, office_code, kind, seconds) DO UPDATE SET tickets = k.tickets + excluded.tickets)";

// v16's script with its upserts written in, for the trigger functions (from `added`) and the count of what is there.
// Central v18: the residents of a household by index. Without it every household written in a multi-row statement
// (store::importRegistry) made SQLite scan the whole residents table for rows pointing at it (its check of the
// foreign key from the parent side), so an import grew with households × residents already held: 40,000 households
// over the demo's 8,000 residents took minutes. RegistryLookup::members reads by it too.
const char* const kCentralV18ResidentsByHousehold = R"(
CREATE INDEX residents_by_household ON residents (household_id);
)";

QString kpiRollupStep() {
    QString step = QString::fromLatin1(kCentralV16KpiRollups);
    const auto upsert = [](const char* text, const QString& rows, const QString& newPair) {
        QString sql = QString::fromLatin1(text);
        sql.replace(QLatin1String("%NEW_PAIR%"), newPair);
        sql.replace(QLatin1String("%ROWS%"), rows);
        return sql;
    };
    const QString added = QStringLiteral("added");
    step.replace(QLatin1String("%VISIT_COUNTS(added)%"), upsert(kVisitCounts, added, {}));
    step.replace(QLatin1String("%REQUEST_COUNTS(added)%"), upsert(kRequestCounts, added, QLatin1String(kNewPair)));
    step.replace(QLatin1String("%DURATIONS(added)%"), upsert(kDurations, added, {}));
    step.replace(QLatin1String("%VISIT_COUNTS(visits)%"), upsert(kVisitCounts, QStringLiteral("visits"), {}));
    step.replace(QLatin1String("%REQUEST_COUNTS(procedure_requests)%"),
                 upsert(kRequestCounts, QStringLiteral("procedure_requests"), QStringLiteral("TRUE")));
    step.replace(QLatin1String("%DURATIONS(queue_events)%"), upsert(kDurations, QStringLiteral("queue_events"), {}));
    return step;
}

// Central v17, PostgreSQL only: what the open-data export (supervisor/OpenData.cpp, docs/open-data.md) reads instead
// of scanning visits, requests and certificates. In kpi_counts, day rows of a new dimension 'procedure_channel' (key
// "channel:procedure_id"; a channel holds no ':'): the visits with that procedure (a visit once however many of its
// requests name it, as v16's 'procedure') and the requests, per the visit's business day and channel. In kpi_copies,
// the copies of certificates not voided per the business day of their request's visit, their own business day (a
// reissue may be days later, and the export counts a copy only when both days are in the period), the procedure and
// the channel. Statement triggers on procedure_requests (insert) and issued_documents (insert; update: a void, as the
// difference of the rows before and after); the rows already there are counted in the same step.
const char* const kCentralV17OpenDataRollups = R"(%POSTGRES_ONLY%
ALTER TABLE kpi_counts DROP CONSTRAINT kpi_counts_dimension_check
;;
ALTER TABLE kpi_counts ADD CONSTRAINT kpi_counts_dimension_check CHECK (dimension IN ('total', 'hour', 'channel',
    'band', 'procedure', 'interpreter', 'procedure_channel'))
;;
CREATE TABLE kpi_copies (
    business_date TEXT NOT NULL,
    document_date TEXT NOT NULL,
    office_code TEXT NOT NULL,
    procedure_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    copies BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (business_date, document_date, office_code, procedure_id, channel)
)
;;
CREATE FUNCTION madoguchi_kpi_open_data_requests_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE o TEXT;
BEGIN
    FOR o IN SELECT DISTINCT coalesce(r.office_code, '') FROM added a JOIN visits v ON v.id = a.visit_id
             LEFT JOIN madoguchi_db_roles r ON r.terminal_id = v.terminal_id ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(7301, hashtext(o));
    END LOOP;
    %PROCEDURE_CHANNEL(added)%;
    RETURN NULL;
END $$
;;
CREATE FUNCTION madoguchi_kpi_documents_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE o TEXT;
BEGIN
    FOR o IN SELECT DISTINCT coalesce(r.office_code, '') FROM added a JOIN visits v ON v.id = a.visit_id
             LEFT JOIN madoguchi_db_roles r ON r.terminal_id = v.terminal_id ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(7303, hashtext(o));
    END LOOP;
    %COPIES(added)%;
    RETURN NULL;
END $$
;;
CREATE FUNCTION madoguchi_kpi_documents_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE o TEXT;
BEGIN
    FOR o IN SELECT DISTINCT coalesce(r.office_code, '') FROM after_rows a JOIN visits v ON v.id = a.visit_id
             LEFT JOIN madoguchi_db_roles r ON r.terminal_id = v.terminal_id ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(7303, hashtext(o));
    END LOOP;
    %COPIES(changed)%;
    RETURN NULL;
END $$
;;
CREATE TRIGGER procedure_requests_open_data AFTER INSERT ON procedure_requests REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION madoguchi_kpi_open_data_requests_added()
;;
CREATE TRIGGER issued_documents_open_data AFTER INSERT ON issued_documents REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION madoguchi_kpi_documents_added()
;;
CREATE TRIGGER issued_documents_open_data_void AFTER UPDATE ON issued_documents
    REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION madoguchi_kpi_documents_changed()
;;
%PROCEDURE_CHANNEL(procedure_requests)%
;;
%COPIES(issued_documents)%
;;
REVOKE ALL ON FUNCTION madoguchi_kpi_open_data_requests_added() FROM PUBLIC
;;
REVOKE ALL ON FUNCTION madoguchi_kpi_documents_added() FROM PUBLIC
;;
REVOKE ALL ON FUNCTION madoguchi_kpi_documents_changed() FROM PUBLIC
)";

// v17's upserts. Per request as the export's scan groups it: the visit's business day and channel, the procedure; a
// visit counted once per procedure (%NEW_PAIR% as in v16).
const char* const kProcedureChannelCounts = R"(INSERT INTO kpi_counts AS k (grain, period, office_code, dimension, key,
    visits, procedures)
SELECT 'd', r.on_day, r.office, 'procedure_channel', r.channel || ':' || r.procedure_id, count(*) FILTER (WHERE
       r.is_first), count(*)
FROM (SELECT coalesce(o.office_code, '') AS office, v.business_date AS on_day, v.channel, n.procedure_id,
             row_number() OVER (PARTITION BY n.visit_id, n.procedure_id ORDER BY n.id) = 1 AND %NEW_PAIR% AS is_first
      FROM %ROWS% n JOIN visits v ON v.id = n.visit_id
      LEFT JOIN madoguchi_db_roles o ON o.terminal_id = v.terminal_id) r
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (grain, period, office_code, dimension, key) DO UPDATE SET visits = k.visits + excluded.visits,
    procedures = k.procedures + excluded.procedures)";

// Copies not voided, from %ROWS% (request_id, business_date, copies, voided_at, and a sign: +1 inserted, −1 before an
// update); a certificate without a request is not in the export.
const char* const kCopies = R"(INSERT INTO kpi_copies AS k (business_date, document_date, office_code, procedure_id,
    channel, copies)
SELECT coalesce(v.business_date, ''), coalesce(n.business_date, ''), coalesce(o.office_code, ''), r.procedure_id,
       v.channel, sum(n.sign * n.copies)
FROM %ROWS% n JOIN procedure_requests r ON r.id = n.request_id JOIN visits v ON v.id = r.visit_id
LEFT JOIN madoguchi_db_roles o ON o.terminal_id = v.terminal_id
WHERE n.voided_at IS NULL
GROUP BY 1, 2, 3, 4, 5 HAVING sum(n.sign * n.copies) <> 0 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (business_date, document_date, office_code, procedure_id, channel) DO UPDATE SET
    copies = k.copies + excluded.copies)";

// v17's script with its upserts written in.
QString openDataRollupStep() {
    QString step = QString::fromLatin1(kCentralV17OpenDataRollups);
    const auto counts = [](const QString& rows, const QString& newPair) {
        QString sql = QString::fromLatin1(kProcedureChannelCounts);
        sql.replace(QLatin1String("%NEW_PAIR%"), newPair);
        sql.replace(QLatin1String("%ROWS%"), rows);
        return sql;
    };
    const auto copies = [](const QString& rows) {
        return QString::fromLatin1(kCopies).replace(QLatin1String("%ROWS%"), rows);
    };
    const auto signedRows = [](const char* table, int sign) {
        return QStringLiteral("SELECT request_id, business_date, copies, voided_at, %2 AS sign FROM %1")
            .arg(QLatin1String(table))
            .arg(sign);
    };
    const auto within = [](const QString& rows) { return QStringLiteral("(%1)").arg(rows); };
    step.replace(QLatin1String("%PROCEDURE_CHANNEL(added)%"),
                 counts(QStringLiteral("added"), QString::fromLatin1(kNewPair)));
    step.replace(QLatin1String("%PROCEDURE_CHANNEL(procedure_requests)%"),
                 counts(QStringLiteral("procedure_requests"), QStringLiteral("TRUE")));
    step.replace(QLatin1String("%COPIES(added)%"), copies(within(signedRows("added", 1))));
    step.replace(
        QLatin1String("%COPIES(changed)%"),
        copies(within(signedRows("after_rows", 1) + QStringLiteral(" UNION ALL ") + signedRows("before_rows", -1))));
    step.replace(QLatin1String("%COPIES(issued_documents)%"), copies(within(signedRows("issued_documents", 1))));
    return step;
}

QList<QString> steps(Schema schema) {
    if (schema == Schema::Local) {
        return {QString::fromLatin1(kVisitTables) + QString::fromLatin1(kLocalV1),
                QString::fromLatin1(kLocalV2),
                QString::fromLatin1(kBusinessDateV3),
                QString::fromLatin1(kLocalV4SignIn),
                QString::fromLatin1(kLocalV5Audit),
                QString::fromLatin1(kCardVerdictV6),
                QString::fromLatin1(kLocalV7StaffCopy),
                QString::fromLatin1(kLocalV8SetAside),
                QString::fromLatin1(kLocalV9Sealing),
                QString::fromLatin1(kRequestFieldCounts),
                QString::fromLatin1(kInterpreterSteps),
                QString::fromLatin1(kPrintedContentSteps),
                QString::fromLatin1(kLocalV13Epoch)};
    }
    return {QString::fromLatin1(kVisitTables) + QString::fromLatin1(kCentralV1),
            QString::fromLatin1(kCentralV2),
            QString::fromLatin1(kBusinessDateV3) + QString::fromLatin1(kCentralV3Indexes),
            QString::fromLatin1(kCentralV4Trust),
            QString::fromLatin1(kCardVerdictV6),
            QString::fromLatin1(kCentralQueueV6),
            QString::fromLatin1(kCentralV7VoidRequests),
            QString::fromLatin1(kCentralV8CashDay),
            QString::fromLatin1(kCentralV9Conflicts),
            QString::fromLatin1(kCentralV10PreEntries),
            QString::fromLatin1(kCentralV11Heartbeats) + QString::fromLatin1(kRequestFieldCounts),
            QString::fromLatin1(kInterpreterSteps),
            QString::fromLatin1(kCentralV13KioskStaffPins),
            QString::fromLatin1(kPrintedContentSteps),
            QString::fromLatin1(kCentralV15Trust),
            kpiRollupStep(),
            openDataRollupStep(),
            QString::fromLatin1(kCentralV18ResidentsByHousehold)};
}
} // namespace

int Migrations::latestVersion(Schema schema) {
    return static_cast<int>(steps(schema).size());
}

int Migrations::currentVersion(const Connection& connection) {
    const QVariant version = connection.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations"));
    return version.isValid() ? version.toInt() : 0;
}

Outcome Migrations::migrate(const Connection& connection, Schema schema, int target) {
    const QList<QString> all = steps(schema);
    if (target < 0)
        target = static_cast<int>(all.size());
    const auto failed = [&](const QString& detail) {
        qCWarning(lcStore) << "migration of" << connection.location() << "failed:" << detail;
        return Outcome::failure(QCoreApplication::translate("store", "The database %1 could not be brought up to date.")
                                    .arg(connection.location()),
                                detail);
    };
    QString detail;
    if (!connection.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations "
                                        "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"),
                         {}, &detail)) {
        return failed(detail);
    }
    const int current = currentVersion(connection);
    if (current > all.size()) {
        return Outcome::failure(
            QCoreApplication::translate("store", "The database %1 was created by a newer Madoguchi (version %2).")
                .arg(connection.location())
                .arg(current),
            QStringLiteral("schema version %1 > known %2").arg(current).arg(all.size()));
    }
    for (int version = current + 1; version <= target; ++version) {
        Transaction transaction(connection);
        if (!transaction.isOpen())
            return failed(QStringLiteral("cannot begin a transaction"));
        for (const QString& statement : statements(all.at(version - 1), connection.backend())) {
            if (!connection.exec(statement, {}, &detail))
                return failed(QStringLiteral("version %1: %2").arg(version).arg(detail));
        }
        // Two processes migrating at once: the second one's insert fails on the key and its step rolls back.
        if (!connection.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                             {version, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}, &detail)) {
            return failed(detail);
        }
        if (!transaction.commit())
            return failed(QStringLiteral("commit of version %1 failed").arg(version));
        qCInfo(lcStore) << "migrated" << connection.location() << "to version" << version;
    }
    return Outcome::success();
}

} // namespace madoguchi::store
