// The central PostgreSQL database's security: owner, least-privilege group roles, login roles per office, RLS.
#include "CentralSetup.h"

#include "DataLogging.h"
#include "store/Connection.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace madoguchi::central {

namespace {
// Terminals insert what they sync, read reference data and their own rows, and record voids made at their counter
// (only the three void columns); supervisors read their office's rows and void. Nobody but the owner may UPDATE or
// DELETE an audit event, and a trigger refuses it even to the owner.
const QList<TableGrant> kGrants = {
    {"visits", "SELECT, INSERT, UPDATE (central_received_at)", "SELECT", "terminal"},
    {"procedure_requests", "SELECT, INSERT", "SELECT", "visit"},
    // A supervisor also inserts the reissued certificate (a new serial linked to the old one).
    {"issued_documents", "SELECT, INSERT, UPDATE (voided_at, void_reason, voided_by)",
     "SELECT, INSERT, UPDATE (voided_at, void_reason, voided_by)", "visit"},
    {"payments", "SELECT, INSERT", "SELECT", "visit"},
    // received_at: the centre's receipt stamp, set once by the sync (the trigger allows nothing else). A supervisor's
    // workstation sends its own events (the supervisor's sign-ins, voids, reads) like a terminal: only under its own
    // terminal id (kWorkstationTables).
    {"audit_events", "SELECT, INSERT, UPDATE (received_at)", "SELECT, INSERT, UPDATE (received_at)", "terminal"},
    {"staff", "SELECT", "SELECT", ""},
    {"reference_data", "SELECT", "SELECT", ""},
    {"households", "SELECT", "SELECT", ""},
    {"residents", "SELECT", "SELECT", ""},
    {"seal_registrations", "SELECT", "SELECT", ""},
    {"tax_summaries", "SELECT", "SELECT", ""},
    {"schema_migrations", "SELECT", "SELECT", ""},
    // Audit signing and sync health (trust work): a terminal registers its own key, raises and clears its own
    // alarms and anchors its own chain; a supervisor reads the office's and may anchor them, and its workstation
    // registers its own key and raises its own alarms.
    {"terminal_keys", "SELECT, INSERT", "SELECT, INSERT", "terminal"},
    // The keys of a terminal's earlier installations (a re-enrolment by IT, as the owner): read to verify old events.
    {"terminal_retired_keys", "SELECT", "SELECT", "terminal"},
    {"sync_alarms", "SELECT, INSERT, UPDATE (cleared_at)", "SELECT, INSERT, UPDATE (cleared_at)", "terminal"},
    {"audit_anchors", "SELECT, INSERT", "SELECT, INSERT", "terminal"},
    // What a terminal re-sent with other content than the centre holds (sync/SyncRound): kept, never changed.
    {"sync_conflicts", "SELECT, INSERT", "SELECT", "terminal"},
    // The lobby queue (app/queue): every terminal of an office (counters, kiosk, display) shares its tickets; the
    // state-change rows are never changed; the lobby notice is the supervisor's.
    {"queue_tickets", "SELECT, INSERT, UPDATE", "SELECT", "office"},
    {"queue_events", "SELECT, INSERT", "SELECT", "office"},
    {"queue_numbers", "SELECT, INSERT, UPDATE", "SELECT", "office"},
    {"lobby_notice", "SELECT", "SELECT, INSERT, UPDATE", "office"},
    // The kiosk's sealed pre-entry of a ticket: the counter that calls it reads it, the visit's end deletes it, and
    // closing the day deletes what is left; a terminal re-seals the office's old rows (central step 15) once.
    {"queue_pre_entries", "SELECT, INSERT, UPDATE (sealed, format), DELETE", "SELECT, DELETE", "office"},
    // A counter's void requests arrive with its sync; the office's supervisor answers them.
    {"void_requests", "SELECT, INSERT", "SELECT, UPDATE (state, decided_by, decided_at, decision_reason)", "terminal"},
    // The supervisor counts the cash of the office's terminals and closes the day; terminals only read the closing.
    {"cash_counts", "", "SELECT, INSERT, DELETE", "terminal"},
    {"day_closings", "SELECT", "SELECT, INSERT, UPDATE, DELETE", "office"},
    // Each terminal's last sync round (its own row, replaced every round); the supervisor's alerts read them.
    {"sync_heartbeats", "SELECT, INSERT, UPDATE", "SELECT, INSERT, UPDATE", "terminal"},
    // The staff PIN of the office's kiosks: written by the owner only (kiosk set-staff-pin --office), read by the
    // office's terminals (the kiosks check it and pull it with their sync).
    {"kiosk_staff_pins", "SELECT", "", "office"},
    // The KPI rollups (central v16, PostgreSQL): written only by the insert triggers (owner's functions); a supervisor
    // reads the office's rows, a terminal none.
    {"kpi_counts", "", "SELECT", "office"},
    {"kpi_durations", "", "SELECT", "office"},
    // The open data's copies per day, procedure and channel (central v17): the same.
    {"kpi_copies", "", "SELECT", "office"},
    {"madoguchi_db_roles", "", "", ""},
};

// Tables a supervisor's workstation writes its own rows into when it syncs (its audit events, key, alarms, heartbeat),
// with the scope of the supervisor's UPDATE: "own" (its workstation's rows) or "office" (clearing an office terminal's
// alarm). A supervisor inserts only under the terminal id its login role was given (add-supervisor --terminal).
const QList<std::pair<const char*, const char*>> kWorkstationTables = {
    {"audit_events", "own"}, {"terminal_keys", "own"}, {"sync_alarms", "office"}, {"sync_heartbeats", "own"}};

// Sequences behind the tables above that terminals insert into.
const char* const kTerminalSequences[] = {"queue_events_seq_seq"};

const char* const kOfficeMap = R"(
CREATE TABLE IF NOT EXISTS madoguchi_db_roles (
    db_role TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('terminal', 'supervisor')),
    office_code TEXT NOT NULL,
    terminal_id TEXT UNIQUE,
    CONSTRAINT madoguchi_db_roles_terminal CHECK (kind = 'supervisor' OR terminal_id IS NOT NULL)
);
ALTER TABLE madoguchi_db_roles DROP CONSTRAINT IF EXISTS madoguchi_db_roles_check;
ALTER TABLE madoguchi_db_roles DROP CONSTRAINT IF EXISTS madoguchi_db_roles_terminal;
ALTER TABLE madoguchi_db_roles ADD CONSTRAINT madoguchi_db_roles_terminal CHECK (kind = 'supervisor' OR
    terminal_id IS NOT NULL);
CREATE OR REPLACE FUNCTION madoguchi_current_terminal() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS
    $$ SELECT terminal_id FROM madoguchi_db_roles WHERE db_role = session_user::text AND kind = 'terminal' $$;
CREATE OR REPLACE FUNCTION madoguchi_current_workstation() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS
    $$ SELECT terminal_id FROM madoguchi_db_roles WHERE db_role = session_user::text AND kind = 'supervisor' $$;
CREATE OR REPLACE FUNCTION madoguchi_current_office() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS
    $$ SELECT office_code FROM madoguchi_db_roles WHERE db_role = session_user::text $$;
CREATE OR REPLACE FUNCTION madoguchi_office_of(terminal TEXT) RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS
    $$ SELECT office_code FROM madoguchi_db_roles WHERE terminal_id = terminal $$;
CREATE OR REPLACE FUNCTION madoguchi_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN
       IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> 'received_at') IS NULL
          AND (to_jsonb(NEW) - 'received_at') = (to_jsonb(OLD) - 'received_at') THEN RETURN NEW; END IF; RAISE EXCEPTION 'audit events are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$;
DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION madoguchi_audit_append_only()
)";

QString roleName(const char* prefix, const QString& id) {
    QString name = id.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return QStringLiteral("madoguchi_%1_%2").arg(QLatin1String(prefix), name).left(63);
}

QString quoted(const QString& identifier) {
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString literal(const QString& text) {
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

Outcome failed(const QString& detail) {
    qCWarning(lcStore).noquote() << "central set-up failed:" << detail;
    return Outcome::failure(
        QCoreApplication::translate("central", "The central database could not be set up. Nothing was half-done: run "
                                               "the command again once the cause is fixed."),
        detail);
}

bool run(const store::Connection& c, const QString& sql, QString* detail) {
    return c.exec(sql, {}, detail);
}

bool ensureRole(const store::Connection& c, const QString& role, bool login, QString* detail) {
    const bool exists = c.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {role}).toInt() > 0;
    if (!exists)
        return run(c,
                   QStringLiteral("CREATE ROLE %1 %2")
                       .arg(quoted(role), login ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")),
                   detail);
    return true;
}

bool tableExists(const store::Connection& c, const QString& table) {
    return c.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ?"),
                    {table})
               .toInt() > 0;
}

Outcome addLogin(const store::Connection& admin, const QString& role, const char* kind, const QString& office,
                 const QString& terminalId, const QString& password) {
    if (office.trimmed().isEmpty())
        return Outcome::failure(QCoreApplication::translate("central", "Give the office code (--office)."));
    QString detail;
    store::Transaction transaction(admin);
    if (!transaction.isOpen() || !ensureRole(admin, role, true, &detail) ||
        !run(admin,
             QStringLiteral("GRANT %1 TO %2")
                 .arg(QLatin1String(qstrcmp(kind, "terminal") == 0 ? kTerminalRole : kSupervisorRole), quoted(role)),
             &detail) ||
        !run(admin,
             QStringLiteral("ALTER ROLE %1 NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS INHERIT").arg(quoted(role)),
             &detail)) {
        return failed(detail);
    }
    if (!password.isEmpty() &&
        !run(admin, QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(quoted(role), literal(password)), nullptr)) {
        return failed(QStringLiteral("setting the password of %1 failed").arg(role)); // the statement is not logged
    }
    if (!admin.exec(QStringLiteral("INSERT INTO madoguchi_db_roles (db_role, kind, office_code, terminal_id) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (db_role) DO UPDATE SET office_code = "
                                   "excluded.office_code, terminal_id = excluded.terminal_id"),
                    {role, QLatin1String(kind), office.trimmed(),
                     terminalId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(terminalId)},
                    &detail)) {
        return failed(detail);
    }
    if (!transaction.commit())
        return failed(QStringLiteral("commit failed"));
    qCInfo(lcStore) << "central login role" << role << "in office" << office;
    return Outcome::success();
}
} // namespace

const QList<TableGrant>& tableGrants() {
    return kGrants;
}

QString terminalRoleName(const QString& terminalId) {
    return roleName("t", terminalId);
}

QString supervisorRoleName(const QString& login) {
    return roleName("s", login);
}

Outcome initialise(const store::Connection& admin) {
    if (admin.backend() != store::Backend::Postgres)
        return Outcome::failure(
            QCoreApplication::translate("central", "central init needs a PostgreSQL server (a postgresql:// URL)."));
    QString detail;
    // Roles are the cluster's, so they are made before the schema; everything else in one transaction per step.
    for (const char* role : {kOwnerRole, kTerminalRole, kSupervisorRole}) {
        if (!ensureRole(admin, QLatin1String(role), false, &detail))
            return failed(detail);
    }
    const Outcome migrated = store::Migrations::migrate(admin, store::Schema::Central);
    if (!migrated)
        return migrated;
    store::Transaction transaction(admin);
    if (!transaction.isOpen())
        return failed(QStringLiteral("cannot begin"));
    for (const QString& statement : QString::fromLatin1(kOfficeMap).split(QStringLiteral(";\n"))) {
        if (!statement.trimmed().isEmpty() && !run(admin, statement.trimmed(), &detail))
            return failed(detail);
    }
    const QString terminal = QLatin1String(kTerminalRole);
    const QString supervisor = QLatin1String(kSupervisorRole);
    const QStringList setup = {
        QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2, %3")
            .arg(QLatin1String(kOwnerRole), terminal, supervisor),
        QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(QLatin1String(kOwnerRole)),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION madoguchi_audit_append_only() FROM PUBLIC"),
    };
    for (const QString& sql : setup) {
        if (!run(admin, sql, &detail))
            return failed(detail);
    }
    // Every table of ours (migrations add more over time) belongs to the owner; only listed ones are granted.
    QSqlQuery tables(admin.db());
    QStringList all;
    if (tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))) {
        while (tables.next())
            all << tables.value(0).toString();
    }
    tables.finish();
    for (const QString& table : all) {
        if (!run(admin, QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(quoted(table), QLatin1String(kOwnerRole)),
                 &detail) ||
            !run(admin, QStringLiteral("REVOKE ALL ON %1 FROM %2, %3").arg(quoted(table), terminal, supervisor),
                 &detail))
            return failed(detail);
    }
    // The rollups' trigger functions run as their owner (SECURITY DEFINER, fixed search_path): the owner role, not
    // the superuser that migrated.
    for (const char* function :
         {"madoguchi_current_terminal()", "madoguchi_current_office()", "madoguchi_office_of(TEXT)",
          "madoguchi_current_workstation()", "madoguchi_audit_append_only()", "madoguchi_kpi_bucket(BIGINT)",
          "madoguchi_kpi_seconds(TEXT, TEXT)", "madoguchi_kpi_visits_added()", "madoguchi_kpi_requests_added()",
          "madoguchi_kpi_queue_events_added()", "madoguchi_kpi_open_data_requests_added()",
          "madoguchi_kpi_documents_added()", "madoguchi_kpi_documents_changed()"}) {
        if (!run(
                admin,
                QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(QLatin1String(function), QLatin1String(kOwnerRole)),
                &detail))
            return failed(detail);
    }
    for (const TableGrant& grant : kGrants) {
        const QString table = QLatin1String(grant.table);
        if (!tableExists(admin, table))
            continue;
        if (*grant.terminal &&
            !run(admin, QStringLiteral("GRANT %1 ON %2 TO %3").arg(QLatin1String(grant.terminal), table, terminal),
                 &detail))
            return failed(detail);
        if (*grant.supervisor &&
            !run(admin, QStringLiteral("GRANT %1 ON %2 TO %3").arg(QLatin1String(grant.supervisor), table, supervisor),
                 &detail))
            return failed(detail);
        if (!*grant.scope)
            continue;
        // Row-level security: a terminal sees and writes its own rows, a supervisor reads (and voids) the office's;
        // office-wide rows (the lobby queue) are shared by the office's terminals and supervisors, and their
        // office_code comes from the login role, so a terminal cannot write into another office.
        const bool byTerminal = qstrcmp(grant.scope, "terminal") == 0;
        const bool byOffice = qstrcmp(grant.scope, "office") == 0;
        // (SELECT …): evaluated once per statement, not once per row (a SECURITY DEFINER function is never inlined).
        const QString sameOffice = QStringLiteral("office_code = (SELECT madoguchi_current_office())");
        const QString own = byOffice     ? sameOffice
                            : byTerminal ? QStringLiteral("terminal_id = madoguchi_current_terminal()")
                                         : QStringLiteral("visit_id IN (SELECT id FROM visits)");
        const QString office = byOffice ? sameOffice
                               : byTerminal
                                   ? QStringLiteral("madoguchi_office_of(terminal_id) = madoguchi_current_office()")
                                   : QStringLiteral("visit_id IN (SELECT id FROM visits)");
        QStringList policies = {
            QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
            QStringLiteral("DROP POLICY IF EXISTS terminal_own ON %1").arg(table),
            QStringLiteral("DROP POLICY IF EXISTS supervisor_office ON %1").arg(table),
            QStringLiteral("CREATE POLICY terminal_own ON %1 FOR ALL TO %2 USING (%3) WITH CHECK (%3)")
                .arg(table, terminal, own),
            QStringLiteral("CREATE POLICY supervisor_office ON %1 FOR ALL TO %2 USING (%3) WITH CHECK (%3)")
                .arg(table, supervisor, office),
        };
        // A supervisor's workstation: the office's rows to read (and its alarms to clear), its own rows to write.
        const auto workstation = std::find_if(kWorkstationTables.begin(), kWorkstationTables.end(),
                                              [&](const auto& entry) { return table == QLatin1String(entry.first); });
        policies.append(QStringLiteral("DROP POLICY IF EXISTS supervisor_own_insert ON %1").arg(table));
        policies.append(QStringLiteral("DROP POLICY IF EXISTS supervisor_update ON %1").arg(table));
        if (workstation != kWorkstationTables.end()) {
            const QString ownRow = QStringLiteral("terminal_id = madoguchi_current_workstation()");
            const QString updatable = qstrcmp(workstation->second, "office") == 0 ? office : ownRow;
            policies.replace(4, QStringLiteral("CREATE POLICY supervisor_office ON %1 FOR SELECT TO %2 USING (%3)")
                                    .arg(table, supervisor, office));
            policies.append(QStringLiteral("CREATE POLICY supervisor_own_insert ON %1 FOR INSERT TO %2 WITH CHECK "
                                           "(%3)")
                                .arg(table, supervisor, ownRow));
            policies.append(QStringLiteral("CREATE POLICY supervisor_update ON %1 FOR UPDATE TO %2 USING (%3) WITH "
                                           "CHECK (%3)")
                                .arg(table, supervisor, updatable));
        }
        if (byOffice)
            policies.append(QStringLiteral("ALTER TABLE %1 ALTER COLUMN office_code SET DEFAULT "
                                           "coalesce(madoguchi_current_office(), '')")
                                .arg(table));
        for (const QString& sql : policies) {
            if (!run(admin, sql, &detail))
                return failed(detail);
        }
    }
    for (const char* sequence : kTerminalSequences) {
        if (!run(admin, QStringLiteral("GRANT USAGE ON SEQUENCE %1 TO %2").arg(QLatin1String(sequence), terminal),
                 &detail))
            return failed(detail);
    }
    if (!transaction.commit())
        return failed(QStringLiteral("commit failed"));
    qCInfo(lcStore) << "central roles and row-level security set up on" << admin.location();
    return Outcome::success();
}

Outcome addTerminal(const store::Connection& admin, const QString& terminalId, const QString& office,
                    const QString& password) {
    if (terminalId.trimmed().isEmpty())
        return Outcome::failure(QCoreApplication::translate("central", "Give the terminal's id (--terminal)."));
    return addLogin(admin, terminalRoleName(terminalId), "terminal", office, terminalId.trimmed(), password);
}

Outcome addSupervisor(const store::Connection& admin, const QString& login, const QString& office,
                      const QString& password, const QString& workstation) {
    if (login.trimmed().isEmpty())
        return Outcome::failure(QCoreApplication::translate("central", "Give the supervisor's login (--supervisor)."));
    return addLogin(admin, supervisorRoleName(login), "supervisor", office, workstation.trimmed(), password);
}

} // namespace madoguchi::central
