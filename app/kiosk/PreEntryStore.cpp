// The kiosk's sealed pre-entries in the central store.
#include "PreEntryStore.h"

#include "CardSecret.h"
#include "DataLogging.h"
#include "privacy/KeyRing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::kiosk {

namespace {
constexpr int kSealedFormat = 2; // queue_pre_entries.format: bound to the ticket's row (central step 15)

Outcome storeFailed(const QString& detail) {
    qCWarning(lcStore).noquote() << "pre-entry:" << detail;
    return Outcome::failure(QCoreApplication::translate("kiosk", "The pre-entry could not be kept or read. Nothing "
                                                                 "was changed; try again in a moment."),
                            detail);
}
} // namespace

PreEntryStore::PreEntryStore(const store::Connection& central, const privacy::KeyRing& keys, QString terminalId)
    : m_central(central)
    , m_keys(keys)
    , m_terminalId(std::move(terminalId)) {}

const char* PreEntryStore::deleteForTicketSql() {
    return "DELETE FROM queue_pre_entries WHERE ticket_id = ?";
}

Outcome PreEntryStore::put(const staff::Principal& who, const QString& ticketId, const visit::PreEntry& entry) {
    store::Transaction transaction(m_central);
    if (!transaction.isOpen())
        return storeFailed(QStringLiteral("cannot begin"));
    if (const Outcome written = putWithin(who, ticketId, entry); !written)
        return written;
    if (!transaction.commit())
        return storeFailed(QStringLiteral("commit failed"));
    qCInfo(lcStore) << "pre-entry kept for ticket" << ticketId;
    return Outcome::success();
}

Outcome PreEntryStore::putWithin(const staff::Principal& who, const QString& ticketId, const visit::PreEntry& entry) {
    if (const Outcome allowed = staff::authorize(who, staff::Action::PreEntry); !allowed)
        return allowed;
    if (entry.face.myNumber.has_value())
        return Outcome::failure(QCoreApplication::translate("kiosk", "A pre-entry never holds a My Number."),
                                QStringLiteral("pre-entry with a My Number refused"));
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT business_date, state FROM queue_tickets WHERE id = ?"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return storeFailed(q.lastError().text());
    if (!q.next())
        return Outcome::failure(QCoreApplication::translate("kiosk", "There is no such reception ticket."),
                                QStringLiteral("pre-entry for unknown ticket %1").arg(ticketId));
    const QString day = q.value(0).toString();
    const QString state = q.value(1).toString();
    q.finish();
    if (state != QLatin1String("waiting"))
        return Outcome::failure(QCoreApplication::translate("kiosk", "This ticket has already been called."),
                                QStringLiteral("pre-entry for ticket %1 in state %2").arg(ticketId, state));
    QByteArray plain = entry.toJson();
    const QByteArray sealed = m_keys.sealShared(plain, privacy::SealPlace::preEntryOf(ticketId, day));
    card::secureWipe(plain);
    QString detail;
    if (!m_central.exec(QString::fromLatin1(deleteForTicketSql()), {ticketId}, &detail) ||
        !m_central.exec(
            QStringLiteral("INSERT INTO queue_pre_entries (ticket_id, business_date, sealed, format, terminal_id, "
                           "stored_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {ticketId, day, sealed, kSealedFormat, m_terminalId,
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            &detail))
        return storeFailed(detail);
    return Outcome::success();
}

Result<queue::Ticket> PreEntryStore::issueWithEntry(queue::TicketQueue& tickets, const staff::Principal& who,
                                                    const QString& groupId, const visit::PreEntry& entry,
                                                    const queue::TicketQueue::Alongside& thenAlso) {
    if (entry.isEmpty())
        return tickets.issue(who, groupId, QStringLiteral("kiosk"));
    const Result<queue::Ticket> issued =
        tickets.issue(who, groupId, QStringLiteral("kiosk"), [&](const queue::Ticket& ticket) {
            if (const Outcome kept = putWithin(who, ticket.id, entry); !kept)
                return kept;
            return thenAlso ? thenAlso(ticket) : Outcome::success();
        });
    if (issued)
        qCInfo(lcStore) << "pre-entry kept for ticket" << issued->id;
    return issued;
}

Result<std::optional<visit::PreEntry>> PreEntryStore::load(const staff::Principal& who, const QString& ticketId) const {
    using R = Result<std::optional<visit::PreEntry>>;
    if (const Outcome allowed = staff::authorize(who, staff::Action::PreEntry); !allowed)
        return R::refused(allowed);
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT sealed, business_date, format FROM queue_pre_entries WHERE ticket_id = ?"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return R::refused(storeFailed(q.lastError().text()));
    if (!q.next())
        return R::of(std::nullopt);
    // A row of format 1 (not yet re-sealed, or put back from an old copy) opens anywhere: it is never opened.
    QByteArray plain = q.value(2).toInt() == kSealedFormat
                           ? m_keys.unsealShared(q.value(0).toByteArray(),
                                                 privacy::SealPlace::preEntryOf(ticketId, q.value(1).toString()))
                           : QByteArray();
    std::optional<visit::PreEntry> entry = visit::PreEntry::fromJson(plain);
    card::secureWipe(plain);
    if (!entry)
        return R::refused(Outcome::failure(
            QCoreApplication::translate("kiosk", "The pre-entry of this ticket cannot be read (another office key?)."),
            QStringLiteral("pre-entry of ticket %1 does not unseal").arg(ticketId)));
    return R::of(std::move(entry));
}

Result<bool> PreEntryStore::remove(const QString& ticketId) {
    QSqlQuery q(m_central.db());
    q.prepare(QString::fromLatin1(deleteForTicketSql()));
    q.addBindValue(ticketId);
    if (!q.exec())
        return Result<bool>::refused(storeFailed(q.lastError().text()));
    return Result<bool>::of(q.numRowsAffected() > 0);
}

Result<int> PreEntryStore::purgeUpTo(const QDate& day) {
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("DELETE FROM queue_pre_entries WHERE business_date <= ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return Result<int>::refused(storeFailed(q.lastError().text()));
    const int deleted = q.numRowsAffected();
    if (deleted > 0)
        qCInfo(lcStore) << "pre-entries deleted up to" << day << ":" << deleted;
    return Result<int>::of(deleted);
}

Result<int> PreEntryStore::upgradeSealing(const store::Connection& central, const privacy::KeyRing& keys) {
    using R = Result<int>;
    if (central.scalar(QStringLiteral("SELECT count(*) FROM queue_pre_entries WHERE format = 1")).toInt() == 0)
        return R::of(0);
    store::Transaction transaction(central);
    if (!transaction.isOpen())
        return R::refused(storeFailed(QStringLiteral("cannot begin")));
    struct Row {
        QString ticketId;
        QByteArray sealed;
    };
    QList<Row> rows;
    {
        QSqlQuery q(central.db());
        if (!q.exec(QStringLiteral("SELECT ticket_id, business_date, sealed FROM queue_pre_entries WHERE format = 1 "
                                   "ORDER BY ticket_id")))
            return R::refused(storeFailed(q.lastError().text()));
        while (q.next()) {
            const QString ticketId = q.value(0).toString();
            QByteArray plain = keys.unsealLegacy(q.value(2).toByteArray());
            if (plain.isEmpty())
                return R::refused(storeFailed(
                    QStringLiteral("pre-entry of ticket %1 does not open with the office key; nothing re-sealed")
                        .arg(ticketId)));
            rows.append(
                {ticketId, keys.sealShared(plain, privacy::SealPlace::preEntryOf(ticketId, q.value(1).toString()))});
            card::secureWipe(plain);
        }
    }
    QString detail;
    for (const Row& row : std::as_const(rows)) {
        if (!central.exec(QStringLiteral("UPDATE queue_pre_entries SET sealed = ?, format = ? WHERE ticket_id = ? AND "
                                         "format = 1"),
                          {row.sealed, kSealedFormat, row.ticketId}, &detail))
            return R::refused(storeFailed(detail));
    }
    if (!transaction.commit())
        return R::refused(storeFailed(QStringLiteral("commit failed")));
    qCInfo(lcStore) << "pre-entries bound to their tickets:" << rows.size();
    return R::of(static_cast<int>(rows.size()));
}

int PreEntryStore::count() const {
    return m_central.scalar(QStringLiteral("SELECT count(*) FROM queue_pre_entries")).toInt();
}

} // namespace madoguchi::kiosk
