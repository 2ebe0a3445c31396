// Cash reconciliation and closing the day: recorded payments per method against the counted cash, the day's
// figures kept when it is closed, a reopen with its reason.
#include "CashDesk.h"

#include "DataLogging.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace madoguchi::supervisor {

namespace {
Outcome centralFailed(const QString& detail) {
    qCWarning(lcStore) << "cash desk: central database:" << detail;
    return Outcome::failure(QCoreApplication::translate("supervisor", "The central database cannot be reached or "
                                                                      "refused the change. Nothing was changed."),
                            detail);
}

Outcome dayClosed(const QDate& day) {
    return Outcome::failure(
        QCoreApplication::translate("supervisor", "The day %1 is closed. Reopen it (with a reason) to change it.")
            .arg(day.toString(Qt::ISODate)),
        QStringLiteral("day %1 closed").arg(day.toString(Qt::ISODate)));
}

QJsonObject countsJson(const QMap<int, int>& counts) {
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return o;
}

QMap<int, int> countsFrom(const QJsonObject& o) {
    QMap<int, int> counts;
    for (auto it = o.begin(); it != o.end(); ++it)
        counts.insert(it.key().toInt(), it.value().toInt());
    return counts;
}

QJsonArray linesJson(const QList<CashlessLine>& lines) {
    QJsonArray rows;
    for (const CashlessLine& l : lines) {
        QJsonObject row{{QStringLiteral("method"), l.method},
                        {QStringLiteral("amount"), l.amount},
                        {QStringLiteral("reference"), l.reference},
                        {QStringLiteral("reception_number"), l.receptionNumber}};
        if (!l.serial.isEmpty())
            row.insert(QStringLiteral("serial"), l.serial);
        rows.append(row);
    }
    return rows;
}
} // namespace

QJsonObject terminalCashJson(const TerminalCash& t) {
    QJsonArray methods;
    for (const MethodTotal& m : t.methods)
        methods.append(QJsonObject{{QStringLiteral("method"), m.method},
                                   {QStringLiteral("payments"), m.payments},
                                   {QStringLiteral("amount"), m.amount}});
    return {{QStringLiteral("terminal_id"), t.terminalId},
            {QStringLiteral("methods"), methods},
            {QStringLiteral("cashless"), linesJson(t.cashless)},
            {QStringLiteral("refunds"), linesJson(t.refunds)},
            {QStringLiteral("refunded_cash"), t.refundedCash},
            {QStringLiteral("expected_cash"), t.expectedCash},
            {QStringLiteral("counted"), t.counted},
            {QStringLiteral("counts"), countsJson(t.counts)},
            {QStringLiteral("counted_cash"), t.countedCash},
            {QStringLiteral("difference"), t.difference},
            {QStringLiteral("reason"), t.reason},
            {QStringLiteral("counted_by"), t.countedBy},
            {QStringLiteral("counted_at"), t.countedAt}};
}

const QList<int>& denominations() {
    static const QList<int> list{10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1};
    return list;
}

bool isDayClosed(const store::Connection& central, const QString& businessDate) {
    return central
               .scalar(QStringLiteral("SELECT count(*) FROM day_closings WHERE business_date = ? AND state = 'closed'"),
                       {businessDate})
               .toInt() > 0;
}

CashDesk::CashDesk(const store::Connection& local, const store::Connection& central, const privacy::KeyRing& keys,
                   QString terminalId)
    : m_local(local)
    , m_central(central)
    , m_keys(keys)
    , m_terminalId(std::move(terminalId)) {}

QString CashDesk::now() const {
    return (m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
}

Outcome CashDesk::allow(const staff::Principal& who, staff::Action action, const QString& subject) const {
    audit::AuditTrail trail(m_local, m_keys);
    trail.setClock(m_now);
    return staff::authorizeAudited(who, action, m_local, trail, m_terminalId, subject);
}

bool CashDesk::audit(const staff::Principal& who, const QString& action, const QString& subject, const QString& reason,
                     QString* detail) const {
    store::Transaction transaction(m_local);
    audit::AuditTrail trail(m_local, m_keys);
    trail.setClock(m_now);
    return transaction.isOpen() && trail.append({who.staffId, m_terminalId, reason}, action, subject, detail) &&
           transaction.commit();
}

Result<DayCash> CashDesk::day(const staff::Principal& who, const QDate& day) const {
    using R = Result<DayCash>;
    const QString date = day.toString(Qt::ISODate);
    if (!who.signedIn || !staff::allowed(who.role, staff::Action::ViewSupervisorDay)) {
        if (Outcome allowed = allow(who, staff::Action::ReconcileCash, date); !allowed)
            return R::refused(allowed);
    }
    DayCash result;
    result.day = day;
    std::map<QString, TerminalCash> terminals;
    QSqlQuery q(m_central.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT terminal_id FROM visits WHERE business_date = ? GROUP BY terminal_id"));
    q.addBindValue(date);
    if (!q.exec())
        return R::refused(centralFailed(q.lastError().text()));
    while (q.next())
        terminals[q.value(0).toString()].terminalId = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT v.terminal_id, p.method, count(*), sum(p.amount) FROM payments p "
                             "JOIN visits v ON v.id = p.visit_id WHERE p.business_date = ? "
                             "GROUP BY v.terminal_id, p.method ORDER BY v.terminal_id, p.method"));
    q.addBindValue(date);
    if (!q.exec())
        return R::refused(centralFailed(q.lastError().text()));
    while (q.next()) {
        TerminalCash& t = terminals[q.value(0).toString()];
        t.terminalId = q.value(0).toString();
        t.methods.append({q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong()});
        if (q.value(1).toString() == QLatin1String("cash"))
            t.expectedCash += q.value(3).toLongLong();
    }
    // Cashless payments with their references, for checking against the readers' and acquirers' statements.
    q.prepare(QStringLiteral("SELECT v.terminal_id, p.method, p.amount, coalesce(p.reference, ''), v.reception_number "
                             "FROM payments p JOIN visits v ON v.id = p.visit_id WHERE p.business_date = ? AND "
                             "p.method IN ('emoney', 'qr', 'credit') ORDER BY v.terminal_id, v.reception_number"));
    q.addBindValue(date);
    if (!q.exec())
        return R::refused(centralFailed(q.lastError().text()));
    while (q.next())
        terminals[q.value(0).toString()].cashless.append(
            {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(), {}});
    // Refunds: the day's certificates voided without a reissue, by the method their visit paid with.
    q.prepare(QStringLiteral(
        "SELECT v.terminal_id, coalesce((SELECT min(p.method) FROM payments p WHERE p.visit_id = d.visit_id), "
        "'exempt'), d.fee, coalesce((SELECT min(p.reference) FROM payments p WHERE p.visit_id = d.visit_id), ''), "
        "v.reception_number, d.serial FROM issued_documents d JOIN visits v ON v.id = d.visit_id WHERE "
        "d.business_date = ? AND d.voided_at IS NOT NULL AND d.fee > 0 AND NOT EXISTS (SELECT 1 FROM "
        "issued_documents r WHERE r.reissue_of = d.serial) ORDER BY v.terminal_id, d.serial"));
    q.addBindValue(date);
    if (!q.exec())
        return R::refused(centralFailed(q.lastError().text()));
    while (q.next()) {
        const QString method = q.value(1).toString();
        if (method == QLatin1String("exempt"))
            continue;
        TerminalCash& t = terminals[q.value(0).toString()];
        t.terminalId = q.value(0).toString();
        t.refunds.append(
            {method, q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
        if (method == QLatin1String("cash")) {
            t.refundedCash += q.value(2).toLongLong();
            t.expectedCash -= q.value(2).toLongLong();
        }
    }
    q.prepare(QStringLiteral("SELECT terminal_id, denominations, counted, reason, counted_by, counted_at FROM "
                             "cash_counts WHERE business_date = ?"));
    q.addBindValue(date);
    if (!q.exec())
        return R::refused(centralFailed(q.lastError().text()));
    while (q.next()) {
        TerminalCash& t = terminals[q.value(0).toString()];
        t.terminalId = q.value(0).toString();
        t.counted = true;
        t.counts = countsFrom(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        t.countedCash = q.value(2).toLongLong();
        t.reason = q.value(3).toString();
        t.countedBy = q.value(4).toString();
        t.countedAt = q.value(5).toString();
    }
    for (auto& [id, t] : terminals) {
        t.difference = t.counted ? t.countedCash - t.expectedCash : 0;
        result.terminals.append(t);
    }
    q.prepare(QStringLiteral("SELECT state, closed_by, closed_at, figures FROM day_closings WHERE business_date = ?"));
    q.addBindValue(date);
    if (!q.exec())
        return R::refused(centralFailed(q.lastError().text()));
    if (q.next() && q.value(0).toString() == QLatin1String("closed")) {
        result.closed = true;
        result.closedBy = q.value(1).toString();
        result.closedAt = q.value(2).toString();
        result.figures = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    }
    return R::of(result);
}

Outcome CashDesk::count(const staff::Principal& who, const QString& terminalId, const QDate& day,
                        const QMap<int, int>& counts, const QString& reason) {
    const QString date = day.toString(Qt::ISODate);
    if (Outcome allowed = allow(who, staff::Action::ReconcileCash, terminalId + QLatin1Char(' ') + date); !allowed)
        return allowed;
    if (terminalId.trimmed().isEmpty() || !day.isValid())
        return Outcome::failure(QCoreApplication::translate("supervisor", "Give the terminal and the day."),
                                QStringLiteral("empty terminal or day"));
    qint64 total = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!denominations().contains(it.key()) || it.value() < 0)
            return Outcome::failure(QCoreApplication::translate("supervisor", "%1 yen × %2 is not a possible count.")
                                        .arg(it.key())
                                        .arg(it.value()),
                                    QStringLiteral("bad count %1 x %2").arg(it.key()).arg(it.value()));
        total += qint64(it.key()) * it.value();
    }
    const Result<DayCash> current = this->day(who, day);
    if (!current)
        return current.outcome;
    if (current->closed)
        return dayClosed(day);
    qint64 expected = 0;
    for (const TerminalCash& t : current->terminals) {
        if (t.terminalId == terminalId)
            expected = t.expectedCash;
    }
    if (total != expected && reason.trimmed().isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("supervisor",
                                        "The counted cash (%1 yen) differs from the recorded cash (%2 yen) by %3 "
                                        "yen: give the reason.")
                .arg(total)
                .arg(expected)
                .arg(total - expected),
            QStringLiteral("difference %1 without reason").arg(total - expected));
    QString detail;
    store::Transaction transaction(m_central);
    if (!transaction.isOpen() ||
        !m_central.exec(QStringLiteral("DELETE FROM cash_counts WHERE terminal_id = ? AND business_date = ?"),
                        {terminalId, date}, &detail) ||
        !m_central.exec(QStringLiteral("INSERT INTO cash_counts (terminal_id, business_date, denominations, counted, "
                                       "expected, reason, counted_by, counted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {terminalId, date,
                         QString::fromUtf8(QJsonDocument(countsJson(counts)).toJson(QJsonDocument::Compact)), total,
                         expected, reason.trimmed(), who.staffId, now()},
                        &detail))
        return centralFailed(detail);
    if (!audit(who, QStringLiteral("cash.count"), terminalId + QLatin1Char(' ') + date,
               QStringLiteral("counted %1 expected %2 %3").arg(total).arg(expected).arg(reason.trimmed()), &detail))
        return Outcome::failure(QCoreApplication::translate("supervisor", "The count could not be recorded in the "
                                                                          "audit trail, so it was not kept."),
                                detail);
    if (!transaction.commit())
        return centralFailed(QStringLiteral("commit failed"));
    return Outcome::success();
}

Result<DayCash> CashDesk::close(const staff::Principal& who, const QDate& day) {
    using R = Result<DayCash>;
    const QString date = day.toString(Qt::ISODate);
    if (Outcome allowed = allow(who, staff::Action::CloseDay, date); !allowed)
        return R::refused(allowed);
    Result<DayCash> read = this->day(who, day);
    if (!read)
        return read;
    DayCash* current = &*read.value;
    if (current->closed)
        return R::refused(dayClosed(day));
    QStringList uncounted;
    for (const TerminalCash& t : current->terminals) {
        if (!t.counted && t.expectedCash > 0)
            uncounted.append(t.terminalId);
    }
    if (!uncounted.isEmpty())
        return R::refused(
            Outcome::failure(QCoreApplication::translate("supervisor", "Count the cash of %1 before closing the day.")
                                 .arg(uncounted.join(QStringLiteral(", "))),
                             QStringLiteral("uncounted: %1").arg(uncounted.join(QLatin1Char(',')))));
    // The 日報's lines per terminal: every visit with its clerk, procedures and fees, as they stand at closing.
    QJsonObject perTerminal;
    for (const TerminalCash& t : current->terminals)
        perTerminal.insert(t.terminalId, terminalCashJson(t));
    QSqlQuery q(m_central.db());
    q.setForwardOnly(true);
    // Procedures of a visit in one cell; the two backends name the aggregate differently.
    const QString procedures = m_central.backend() == store::Backend::Postgres
                                   ? QStringLiteral("string_agg(r.procedure_id, '・' ORDER BY r.created_at)")
                                   : QStringLiteral("group_concat(r.procedure_id, '・')");
    q.prepare(QStringLiteral("SELECT v.terminal_id, v.reception_number, v.received_at, "
                             "coalesce(s.display_name, v.staff_id, ''), "
                             "(SELECT %1 FROM procedure_requests r WHERE r.visit_id = v.id), "
                             "coalesce((SELECT sum(d.fee) FROM issued_documents d WHERE d.visit_id = v.id AND "
                             "d.voided_at IS NULL), 0) FROM visits v LEFT JOIN staff s ON s.id = v.staff_id "
                             "WHERE v.business_date = ? ORDER BY v.terminal_id, v.received_at")
                  .arg(procedures));
    q.addBindValue(date);
    if (!q.exec())
        return R::refused(centralFailed(q.lastError().text()));
    std::map<QString, QJsonArray> lines;
    while (q.next()) {
        lines[q.value(0).toString()].append(QJsonObject{{QStringLiteral("number"), q.value(1).toString()},
                                                        {QStringLiteral("received_at"), q.value(2).toString()},
                                                        {QStringLiteral("clerk"), q.value(3).toString()},
                                                        {QStringLiteral("procedure"), q.value(4).toString()},
                                                        {QStringLiteral("fee"), q.value(5).toLongLong()}});
    }
    q.finish();
    for (auto& [terminal, rows] : lines) {
        QJsonObject t = perTerminal.value(terminal).toObject();
        t.insert(QStringLiteral("visits"), rows);
        perTerminal.insert(terminal, t);
    }
    const QString at = now();
    current->figures = {{QStringLiteral("day"), date},
                        {QStringLiteral("closed_by"), who.staffId},
                        {QStringLiteral("closed_at"), at},
                        {QStringLiteral("terminals"), perTerminal}};
    QString detail;
    store::Transaction transaction(m_central);
    const QString figures = QString::fromUtf8(QJsonDocument(current->figures).toJson(QJsonDocument::Compact));
    if (!transaction.isOpen() ||
        !m_central.exec(QStringLiteral("DELETE FROM day_closings WHERE business_date = ?"), {date}, &detail) ||
        !m_central.exec(QStringLiteral("INSERT INTO day_closings (business_date, state, figures, closed_by, closed_at) "
                                       "VALUES (?, 'closed', ?, ?, ?)"),
                        {date, figures, who.staffId, at}, &detail) ||
        // The kiosk's pre-entries of the day (and any older one left) go with the closing.
        !m_central.exec(QStringLiteral("DELETE FROM queue_pre_entries WHERE business_date <= ?"), {date}, &detail))
        return R::refused(centralFailed(detail));
    if (!audit(who, QStringLiteral("day.close"), date, QStringLiteral("%1 terminal(s)").arg(current->terminals.size()),
               &detail))
        return R::refused(Outcome::failure(QCoreApplication::translate("supervisor", "Closing could not be recorded "
                                                                                     "in the audit trail, so the day "
                                                                                     "stays open."),
                                           detail));
    if (!transaction.commit())
        return R::refused(centralFailed(QStringLiteral("commit failed")));
    current->closed = true;
    current->closedBy = who.staffId;
    current->closedAt = at;
    return read;
}

Outcome CashDesk::reopen(const staff::Principal& who, const QDate& day, const QString& reason) {
    const QString date = day.toString(Qt::ISODate);
    if (Outcome allowed = allow(who, staff::Action::ReopenDay, date); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Outcome::failure(QCoreApplication::translate("supervisor", "Give a reason."),
                                QStringLiteral("empty reason"));
    QString detail;
    store::Transaction transaction(m_central);
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("UPDATE day_closings SET state = 'reopened', reopened_by = ?, reopened_at = ?, "
                             "reopen_reason = ? WHERE business_date = ? AND state = 'closed'"));
    q.addBindValue(who.staffId);
    q.addBindValue(now());
    q.addBindValue(reason.trimmed());
    q.addBindValue(date);
    if (!transaction.isOpen() || !q.exec())
        return centralFailed(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return Outcome::failure(QCoreApplication::translate("supervisor", "The day %1 is not closed.").arg(date),
                                QStringLiteral("day %1 not closed").arg(date));
    if (!audit(who, QStringLiteral("day.reopen"), date, reason.trimmed(), &detail))
        return Outcome::failure(QCoreApplication::translate("supervisor", "The reopening could not be recorded in the "
                                                                          "audit trail, so the day stays closed."),
                                detail);
    if (!transaction.commit())
        return centralFailed(QStringLiteral("commit failed"));
    return Outcome::success();
}

QJsonObject nippoData(const QJsonObject& figures, const QString& terminalId) {
    const QJsonObject t = figures.value(QStringLiteral("terminals")).toObject().value(terminalId).toObject();
    if (t.isEmpty())
        return {};
    const QJsonArray visits = t.value(QStringLiteral("visits")).toArray();
    qint64 fees = 0;
    QJsonArray rows;
    for (const QJsonValue& v : visits) {
        QJsonObject row = v.toObject();
        fees += row.value(QStringLiteral("fee")).toInteger();
        // The form wants every cell: a visit without a clerk (kiosk) or without a procedure shows a dash.
        const auto cell = [&row](const char* key, int length) {
            const QString text = row.value(QLatin1String(key)).toString().trimmed();
            row.insert(QLatin1String(key), text.isEmpty() ? QStringLiteral("－") : text.left(length));
        };
        cell("procedure", 30);
        cell("clerk", 15);
        // Reception times in the office's time, as the form prints them.
        const QDateTime received =
            QDateTime::fromString(row.value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs);
        if (received.isValid())
            row.insert(QStringLiteral("received_at"),
                       received.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        row.insert(QStringLiteral("number"), row.value(QStringLiteral("number")).toString().left(6));
        rows.append(row);
    }
    return {{QStringLiteral("day"), figures.value(QStringLiteral("day"))},
            {QStringLiteral("terminal"), terminalId.left(20)},
            {QStringLiteral("visits"), rows},
            {QStringLiteral("visit_count"), rows.size()},
            {QStringLiteral("fee_total"), fees}};
}

} // namespace madoguchi::supervisor
