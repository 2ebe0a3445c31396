// Cash reconciliation and closing the day (精算・締め): per terminal and business day the fees recorded per payment
// method against the cash the supervisor counts by denomination, differences kept with a reason; closing the day keeps
// its figures and locks it (counts, voids and reissues of that day are refused) until a reopen with a reason. Every
// call is role-checked and audited on this terminal's chain. Blocking (central database): run it on a worker.
#pragma once

#include "Outcome.h"
#include "audit/AuditTrail.h"
#include "staff/Authorization.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace madoguchi::privacy {
class KeyRing;
}

namespace madoguchi::supervisor {

// Yen notes and coins in circulation, largest first.
const QList<int>& denominations();

struct MethodTotal {
    QString method; // domain::methodName: cash, emoney (IC), qr, credit, exempt
    int payments = 0;
    qint64 amount = 0;
};

// One cashless payment of the day with the reference its reader or acquirer gave (IC, QR, credit), or one refund.
struct CashlessLine {
    QString method; // emoney (IC), qr, credit; for a refund also cash
    qint64 amount = 0;
    QString reference; // empty when the terminal recorded none
    QString receptionNumber;
    QString serial; // refunds: the voided certificate
};

struct TerminalCash {
    QString terminalId;
    QList<MethodTotal> methods;
    QList<CashlessLine> cashless; // every cashless payment of the day, with its reference, by reception number
    // Fees given back for the day's certificates voided without a reissue (a reissue keeps the resident's
    // certificate and costs nothing), by the method the visit paid with: cash refunds come out of the drawer.
    QList<CashlessLine> refunds;
    qint64 refundedCash = 0;
    qint64 expectedCash = 0; // cash payments recorded on the day minus cash refunds
    bool counted = false;
    QMap<int, int> counts; // denomination → pieces
    qint64 countedCash = 0;
    qint64 difference = 0; // counted − expected
    QString reason;
    QString countedBy;
    QString countedAt;
};

struct DayCash {
    QDate day;
    QList<TerminalCash> terminals; // every terminal with a visit or a count that day, by id
    bool closed = false;
    QString closedBy;
    QString closedAt;
    QJsonObject figures; // the closed figures (what the 日報 prints); empty while open
};

class CashDesk final {
public:
    CashDesk(const store::Connection& local, const store::Connection& central, const privacy::KeyRing& keys,
             QString terminalId);
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // ReconcileCash or ViewSupervisorDay.
    Result<DayCash> day(const staff::Principal& who, const QDate& day) const;

    // ReconcileCash. The counted cash of one terminal-day, replacing an earlier count; a difference needs a reason.
    // Refused on a closed day and for denominations that do not exist or negative counts.
    Outcome count(const staff::Principal& who, const QString& terminalId, const QDate& day,
                  const QMap<int, int>& counts, const QString& reason);

    // CloseDay. Refused when a terminal that took cash has no count. Keeps the figures (per terminal: the visits for
    // the 日報, the methods, the cash) and locks the day.
    Result<DayCash> close(const staff::Principal& who, const QDate& day);

    // ReopenDay, with a reason; the closed figures are kept in the audit trail's history of the row.
    Outcome reopen(const staff::Principal& who, const QDate& day, const QString& reason);

private:
    Outcome allow(const staff::Principal& who, staff::Action action, const QString& subject) const;
    bool audit(const staff::Principal& who, const QString& action, const QString& subject, const QString& reason,
               QString* detail) const;
    QString now() const;

    const store::Connection& m_local;
    const store::Connection& m_central;
    const privacy::KeyRing& m_keys;
    QString m_terminalId;
    std::function<QDateTime()> m_now;
};

// One terminal's cash as JSON (what `supervisor reconcile --json` prints and the closed figures keep).
QJsonObject terminalCashJson(const TerminalCash& terminal);

// Whether `day` is closed at the centre (voids and reissues of its certificates are refused then).
bool isDayClosed(const store::Connection& central, const QString& businessDate);

// The 日報 (template "nippo") data of one terminal from closed figures; empty when the terminal is not in them.
QJsonObject nippoData(const QJsonObject& figures, const QString& terminalId);

} // namespace madoguchi::supervisor
