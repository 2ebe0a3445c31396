// One entry of the audit trail (監査ログ): who did what to whose data, on which terminal, and why.
#pragma once

#include <QDateTime>
#include <QString>

namespace madoguchi::domain {

struct AuditEvent {
    qint64 seq = 0; // position in this terminal's chain
    QString id;     // UUID
    QDateTime at;
    QString actor; // staff id, or "system" / "kiosk"
    QString terminalId;
    QString action;  // "registry.read", "visit.issue", "document.void", "mynumber.store" ...
    QString subject; // resident id or document serial; never a My Number
    QString reason;  // why: the procedure or the clerk's stated reason
    QString prevHash;
    QString hash;
    int format = 2; // 1: separator-joined fields, unsigned (written before signing existed); 2: length-prefixed, signed
    QString signature; // format 2: the writing terminal's Ed25519 signature of the canonical form (base64)

    friend bool operator==(const AuditEvent&, const AuditEvent&) = default;
};

} // namespace madoguchi::domain
