// The kiosk's pre-entries (事前入力) in the central store, one per reception ticket, sealed with the office key.
#pragma once

#include "Outcome.h"
#include "queue/TicketQueue.h"
#include "staff/Authorization.h"
#include "store/Connection.h"
#include "visit/PreEntry.h"

#include <QDate>
#include <QString>

#include <optional>

namespace madoguchi::privacy {
class KeyRing;
}

namespace madoguchi::kiosk {

// Where a kiosk puts what a resident entered and where the counter that calls the ticket finds it. Nothing in the
// row is readable without the office key (privacy/KeyRing::sealShared, XChaCha20-Poly1305 with the ticket's id and
// day as associated data, so a box copied into another ticket's row does not open): the table holds the ticket's id,
// its day, the box and its format. A row lives until its ticket's visit ends (queue::TicketQueue deletes it when the
// ticket is done or dropped) or its day is closed (purgeUpTo). Blocking: run it on a worker.
class PreEntryStore final {
public:
    PreEntryStore(const store::Connection& central, const privacy::KeyRing& keys, QString terminalId);

    // Seals and keeps `entry` for the ticket (replacing an earlier one of the same ticket). Refused for anyone but a
    // kiosk device, a clerk or a supervisor (staff::Action::PreEntry), for a ticket that is not waiting, and for an
    // entry that carries a My Number.
    Outcome put(const staff::Principal& who, const QString& ticketId, const visit::PreEntry& entry);
    // The same writes in the caller's open transaction on the central connection (TicketQueue::issue's alongside):
    // nothing is committed or rolled back here.
    Outcome putWithin(const staff::Principal& who, const QString& ticketId, const visit::PreEntry& entry);
    // The ticket's pre-entry, unsealed; no value when there is none. Refused (and logged) when the box does not open.
    Result<std::optional<visit::PreEntry>> load(const staff::Principal& who, const QString& ticketId) const;
    // Deletes the ticket's pre-entry (the visit ended); true when there was one.
    Result<bool> remove(const QString& ticketId);
    // Deletes every pre-entry of `day` and of the days before it (the day was closed); the rows deleted.
    Result<int> purgeUpTo(const QDate& day);
    // How many pre-entries are kept (all days).
    int count() const;

    // Numbers a kiosk ticket in `groupId` and keeps `entry` beside it in one transaction: both are committed or
    // neither (a refused pre-entry or a failed write leaves no ticket, no event and no number taken). `thenAlso`
    // runs last inside the transaction, after the pre-entry is written (the kiosk audits the storing there); its
    // refusal rolls everything back too. An empty entry: the ticket alone, without `thenAlso`.
    Result<queue::Ticket> issueWithEntry(queue::TicketQueue& tickets, const staff::Principal& who,
                                         const QString& groupId, const visit::PreEntry& entry,
                                         const queue::TicketQueue::Alongside& thenAlso = {});

    // The statement TicketQueue runs in the transaction that ends a ticket's visit.
    static const char* deleteForTicketSql();

    // Central step 15: the rows sealed with crypto_secretbox before it (format 1) are opened with the office key and
    // sealed for their ticket, all in one transaction; the rows re-sealed. Refused, and nothing changed, when one of
    // them does not open. Run by the counter and the kiosk when they open the centre.
    static Result<int> upgradeSealing(const store::Connection& central, const privacy::KeyRing& keys);

private:
    const store::Connection& m_central;
    const privacy::KeyRing& m_keys;
    QString m_terminalId;
};

} // namespace madoguchi::kiosk
