// Voids and reissues (取消・再交付): requests travel with the counter's sync, the supervisor's answers are written at
// the centre in one transaction that also holds the request's state, so two supervisors cannot both answer one request.
#include "VoidRequests.h"

#include "DataLogging.h"
#include "issuance/Issuance.h"
#include "privacy/KeyRing.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"
#include "supervisor/CashDesk.h"
#include "supervisor/DayBoard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace madoguchi::supervisor {

namespace {

Outcome centralFailed(const QString& detail) {
    qCWarning(lcStore) << "void desk: central database:" << detail;
    return Outcome::failure(QCoreApplication::translate("supervisor", "The central database cannot be reached or "
                                                                      "refused the change. Nothing was changed."),
                            detail);
}

// Rows changed by one statement, or -1 (and `detail`) when it failed. Works on both backends (no changes()).
int changedRows(const store::Connection& connection, const QString& sql, const QVariantList& values, QString* detail) {
    QSqlQuery q(connection.db());
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        *detail = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

QVariant nullable(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

struct StoredDocument {
    DocumentInfo info;
    QString requestId;
    QString contentDigest;
    QString verificationCode;
    QByteArray printedSealed; // empty: issued before the printed content was kept
};

// `found` false with an empty detail: no such serial.
bool loadDocument(const store::Connection& central, const QString& serial, StoredDocument* doc, bool* found,
                  QString* detail) {
    QSqlQuery q(central.db());
    q.prepare(QStringLiteral(
        "SELECT d.serial, d.visit_id, v.terminal_id, d.document_type, d.resident_id, d.copies, d.fee, d.issued_at, "
        "d.business_date, d.voided_at, d.void_reason, d.voided_by, d.reissue_of, "
        "(SELECT r.serial FROM issued_documents r WHERE r.reissue_of = d.serial ORDER BY r.issued_at LIMIT 1), "
        "d.request_id, d.content_digest, d.verification_code, d.printed_sealed "
        "FROM issued_documents d JOIN visits v ON v.id = d.visit_id WHERE d.serial = ?"));
    q.addBindValue(serial);
    if (!q.exec()) {
        *detail = q.lastError().text();
        return false;
    }
    *found = q.next();
    if (!*found)
        return true;
    DocumentInfo& i = doc->info;
    i.serial = q.value(0).toString();
    i.visitId = q.value(1).toString();
    i.terminalId = q.value(2).toString();
    i.documentType = q.value(3).toString();
    i.residentId = q.value(4).toString();
    i.copies = q.value(5).toInt();
    i.fee = q.value(6).toLongLong();
    i.issuedAt = q.value(7).toString();
    i.businessDate = q.value(8).toString();
    i.voidedAt = q.value(9).toString();
    i.voidReason = q.value(10).toString();
    i.voidedBy = q.value(11).toString();
    i.reissueOf = q.value(12).toString();
    i.reissuedAs = q.value(13).toString();
    doc->requestId = q.value(14).toString();
    doc->contentDigest = q.value(15).toString();
    doc->verificationCode = q.value(16).toString();
    doc->printedSealed = q.value(17).toByteArray();
    return true;
}

Outcome unknownSerial(const QString& serial) {
    return Outcome::failure(QCoreApplication::translate("supervisor",
                                                        "No certificate %1 is known at the centre. Check the serial; a "
                                                        "certificate issued moments ago may not be synced yet.")
                                .arg(serial),
                            QStringLiteral("unknown serial %1").arg(serial));
}

Outcome closedDay(const QString& businessDate) {
    return Outcome::failure(
        QCoreApplication::translate("supervisor", "The day %1 is closed. Reopen it (with a reason) to change it.")
            .arg(businessDate),
        QStringLiteral("day %1 closed").arg(businessDate));
}

Outcome needReason() {
    return Outcome::failure(QCoreApplication::translate("supervisor", "Give a reason."),
                            QStringLiteral("empty reason"));
}

// A verification code as printed and as typed: letters and digits only, upper case.
QString codeLetters(const QString& code) {
    QString letters;
    for (const QChar c : code.normalized(QString::NormalizationForm_KC))
        if (c.isLetterOrNumber())
            letters += c.toUpper();
    return letters;
}

} // namespace

DocumentReference parseDocumentReference(const QString& typedOrScanned) {
    const QString text = typedOrScanned.normalized(QString::NormalizationForm_KC).trimmed();
    static const QLatin1String prefix("MADOGUCHI:");
    DocumentReference reference;
    if (text.startsWith(prefix, Qt::CaseInsensitive)) {
        const QString rest = text.mid(prefix.size());
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        reference.serial = (colon < 0 ? rest : rest.left(colon)).trimmed().toUpper();
        reference.verificationCode = colon < 0 ? QString() : rest.mid(colon + 1).trimmed().toUpper();
    } else {
        reference.serial = text.toUpper();
    }
    return reference;
}

VoidDesk::VoidDesk(const store::Connection& local, const store::Connection& central, const privacy::KeyRing& keys,
                   audit::Actor actor)
    : m_local(local)
    , m_central(central)
    , m_keys(keys)
    , m_actor(std::move(actor)) {}

QString VoidDesk::now() const {
    return (m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
}

Outcome VoidDesk::allow(const staff::Principal& who, staff::Action action, const QString& subject) const {
    audit::AuditTrail trail(m_local, m_keys);
    trail.setClock(m_now);
    return staff::authorizeAudited(who, action, m_local, trail, m_actor.terminalId, subject);
}

Result<DocumentInfo> VoidDesk::document(const staff::Principal& who, const QString& serialOrScan) const {
    using R = Result<DocumentInfo>;
    const DocumentReference reference = parseDocumentReference(serialOrScan);
    const QString& serial = reference.serial;
    if (!staff::allowed(who.role, staff::Action::ViewSupervisorDay) || !who.signedIn) {
        if (Outcome allowed = allow(who, staff::Action::RequestVoid, serial); !allowed)
            return R::refused(allowed);
    }
    StoredDocument doc;
    bool found = false;
    QString detail;
    if (!loadDocument(m_central, serial, &doc, &found, &detail))
        return R::refused(centralFailed(detail));
    if (!found)
        return R::refused(unknownSerial(serial));
    if (!reference.verificationCode.isEmpty() &&
        codeLetters(reference.verificationCode) != codeLetters(doc.verificationCode)) {
        store::Transaction transaction(m_local);
        audit::AuditTrail trail(m_local, m_keys);
        trail.setClock(m_now);
        if (!transaction.isOpen() ||
            !trail.append({who.staffId, m_actor.terminalId, QStringLiteral("scanned verification code differs")},
                          QStringLiteral("document.code_mismatch"), serial, &detail) ||
            !transaction.commit())
            qCWarning(lcAudit) << "code mismatch for" << serial << "not audited:" << detail;
        return R::refused(Outcome::failure(
            QCoreApplication::translate("supervisor",
                                        "The scanned QR code does not belong to certificate %1: its verification "
                                        "code differs. The paper may be forged or altered; keep it and tell a "
                                        "supervisor.")
                .arg(serial),
            QStringLiteral("verification code mismatch for %1").arg(serial)));
    }
    // The certificate names its resident: looking it up is an access to resident data.
    store::Transaction transaction(m_local);
    audit::AuditTrail trail(m_local, m_keys);
    trail.setClock(m_now);
    if (!transaction.isOpen() ||
        !trail.append(
            {who.staffId, m_actor.terminalId, QCoreApplication::translate("supervisor", "certificate lookup")},
            QStringLiteral("document.read"), doc.info.serial, &detail) ||
        !transaction.commit())
        return R::refused(Outcome::failure(
            QCoreApplication::translate("supervisor",
                                        "The lookup could not be recorded in the audit trail, so it is not "
                                        "shown."),
            detail));
    return R::of(doc.info);
}

Result<QString> VoidDesk::requestVoid(const staff::Principal& who, const QString& serialText, const QString& reason) {
    using R = Result<QString>;
    const QString serial = parseDocumentReference(serialText).serial;
    if (Outcome allowed = allow(who, staff::Action::RequestVoid, serial); !allowed)
        return R::refused(allowed);
    if (reason.trimmed().isEmpty())
        return R::refused(needReason());
    StoredDocument doc;
    bool found = false;
    QString detail;
    if (!loadDocument(m_central, serial, &doc, &found, &detail))
        return R::refused(centralFailed(detail));
    if (!found)
        return R::refused(unknownSerial(serial));
    if (doc.info.isVoid())
        return R::refused(
            Outcome::failure(QCoreApplication::translate("supervisor", "Certificate %1 is already void.").arg(serial),
                             QStringLiteral("%1 void since %2").arg(serial, doc.info.voidedAt)));
    const int open =
        m_central
            .scalar(QStringLiteral("SELECT count(*) FROM void_requests WHERE serial = ? AND state = 'pending'"),
                    {serial})
            .toInt();
    int waiting = 0;
    {
        QSqlQuery q(m_local.db());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'void_request'"));
        while (q.next()) {
            if (QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("serial")) ==
                serial)
                ++waiting;
        }
    }
    if (open + waiting > 0)
        return R::refused(Outcome::failure(
            QCoreApplication::translate("supervisor", "A void of %1 has already been requested and waits for a "
                                                      "supervisor.")
                .arg(serial),
            QStringLiteral("open request for %1").arg(serial)));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = now();
    const QJsonObject payload{{QStringLiteral("id"), id},
                              {QStringLiteral("serial"), serial},
                              {QStringLiteral("terminal_id"), m_actor.terminalId},
                              {QStringLiteral("requested_by"), who.staffId},
                              {QStringLiteral("requested_at"), at},
                              {QStringLiteral("reason"), reason.trimmed()}};
    store::Transaction transaction(m_local);
    audit::AuditTrail trail(m_local, m_keys);
    trail.setClock(m_now);
    if (!transaction.isOpen() ||
        !trail.append({who.staffId, m_actor.terminalId, reason.trimmed()}, QStringLiteral("document.void_request"),
                      serial, &detail) ||
        !m_local.exec(
            QStringLiteral("INSERT INTO outbox (id, kind, payload, created_at) VALUES (?, 'void_request', ?, ?)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces),
             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), at},
            &detail) ||
        !transaction.commit()) {
        qCWarning(lcStore) << "void request not recorded:" << detail;
        return R::refused(Outcome::failure(
            QCoreApplication::translate("supervisor", "The void request could not be saved on this terminal."),
            detail));
    }
    qCInfo(lcAudit) << "void requested for" << serial << "by" << who.login;
    return R::of(id);
}

Result<QList<VoidRequest>> VoidDesk::requests(const staff::Principal& who, const QString& state) const {
    using R = Result<QList<VoidRequest>>;
    const bool office = who.signedIn && staff::allowed(who.role, staff::Action::ViewSupervisorDay);
    if (!office) {
        if (Outcome allowed = allow(who, staff::Action::RequestVoid, QStringLiteral("void requests")); !allowed)
            return R::refused(allowed);
    }
    QString sql =
        QStringLiteral("SELECT id, serial, terminal_id, requested_by, requested_at, reason, state, decided_by, "
                       "decided_at, decision_reason FROM void_requests WHERE 1 = 1");
    QVariantList values;
    if (!office) {
        sql += QStringLiteral(" AND terminal_id = ?");
        values.append(m_actor.terminalId);
    }
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND state = ?");
        values.append(state);
    }
    sql += QStringLiteral(" ORDER BY requested_at DESC, id");
    QSqlQuery q(m_central.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return R::refused(centralFailed(q.lastError().text()));
    QList<VoidRequest> list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString(), q.value(9).toString()});
    }
    return R::of(list);
}

Outcome VoidDesk::voidAtCentre(const staff::Principal& who, const QString& serial, const QString& voidReason,
                               const QString& requestId, const QString& decisionReason, const QString& auditAction) {
    const QString at = now();
    QString detail;
    const QString businessDate =
        m_central.scalar(QStringLiteral("SELECT business_date FROM issued_documents WHERE serial = ?"), {serial})
            .toString();
    if (!businessDate.isEmpty() && isDayClosed(m_central, businessDate))
        return closedDay(businessDate);
    store::Transaction transaction(m_central);
    if (!transaction.isOpen())
        return centralFailed(QStringLiteral("cannot begin"));
    // An open request for the serial is answered by this void too, so it does not wait for nobody.
    const int answered =
        changedRows(m_central,
                    requestId.isEmpty()
                        ? QStringLiteral("UPDATE void_requests SET state = 'approved', decided_by = ?, decided_at = ?, "
                                         "decision_reason = ? WHERE serial = ? AND state = 'pending'")
                        : QStringLiteral("UPDATE void_requests SET state = 'approved', decided_by = ?, decided_at = ?, "
                                         "decision_reason = ? WHERE id = ? AND state = 'pending'"),
                    {who.staffId, at, decisionReason, requestId.isEmpty() ? serial : requestId}, &detail);
    if (answered < 0)
        return centralFailed(detail);
    if (!requestId.isEmpty() && answered != 1)
        return Outcome::failure(QCoreApplication::translate("supervisor", "This request has already been answered."),
                                QStringLiteral("request %1 not pending").arg(requestId));
    const int voided = changedRows(m_central,
                                   QStringLiteral("UPDATE issued_documents SET voided_at = ?, void_reason = ?, "
                                                  "voided_by = ? WHERE serial = ? AND voided_at IS NULL"),
                                   {at, voidReason, who.staffId, serial}, &detail);
    if (voided < 0)
        return centralFailed(detail);
    // Approving a request for a certificate voided meanwhile (e.g. reissued) only closes the request.
    if (voided != 1 && requestId.isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("supervisor", "Certificate %1 is unknown or already void.").arg(serial),
            QStringLiteral("no open document %1").arg(serial));
    // The trace first, then the change: a change the audit trail does not hold is never committed.
    {
        store::Transaction local(m_local);
        audit::AuditTrail trail(m_local, m_keys);
        trail.setClock(m_now);
        if (!local.isOpen() ||
            !trail.append({who.staffId, m_actor.terminalId, decisionReason}, auditAction, serial, &detail) ||
            !local.commit())
            return Outcome::failure(
                QCoreApplication::translate("supervisor",
                                            "The void could not be recorded in the audit trail, so it was not made."),
                detail);
    }
    notifyDayChanged(m_central, m_actor.terminalId);
    if (!transaction.commit()) {
        QString ignored;
        store::Transaction local(m_local);
        audit::AuditTrail trail(m_local, m_keys);
        trail.setClock(m_now);
        if (!local.isOpen() ||
            !trail.append({who.staffId, m_actor.terminalId, QStringLiteral("central commit failed")},
                          QStringLiteral("document.void_failed"), serial, &ignored) ||
            !local.commit())
            qCCritical(lcAudit) << "void of" << serial << "failed and the failure could not be recorded:" << ignored;
        return centralFailed(QStringLiteral("commit failed: %1").arg(m_central.db().lastError().text()));
    }
    qCInfo(lcAudit) << auditAction << serial << "by" << who.login;
    return Outcome::success();
}

Outcome VoidDesk::decide(const staff::Principal& who, const QString& requestId, bool approve, const QString& reason) {
    if (Outcome allowed = allow(who, staff::Action::VoidDocument, QStringLiteral("request ") + requestId); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return needReason();
    QSqlQuery q(m_central.db());
    q.prepare(QStringLiteral("SELECT serial, reason, state FROM void_requests WHERE id = ?"));
    q.addBindValue(requestId);
    if (!q.exec())
        return centralFailed(q.lastError().text());
    if (!q.next())
        return Outcome::failure(QCoreApplication::translate("supervisor", "No such void request."),
                                QStringLiteral("unknown request %1").arg(requestId));
    const QString serial = q.value(0).toString();
    const QString requestReason = q.value(1).toString();
    if (q.value(2).toString() != QLatin1String("pending"))
        return Outcome::failure(QCoreApplication::translate("supervisor", "This request has already been answered."),
                                QStringLiteral("request %1 is %2").arg(requestId, q.value(2).toString()));
    q.finish();
    if (approve)
        return voidAtCentre(who, serial, requestReason, requestId, reason.trimmed(),
                            QStringLiteral("document.void_approve"));
    QString detail;
    store::Transaction transaction(m_central);
    const int answered = transaction.isOpen()
                             ? changedRows(m_central,
                                           QStringLiteral("UPDATE void_requests SET state = 'refused', decided_by = ?, "
                                                          "decided_at = ?, decision_reason = ? WHERE id = ? AND "
                                                          "state = 'pending'"),
                                           {who.staffId, now(), reason.trimmed(), requestId}, &detail)
                             : -1;
    if (answered < 0)
        return centralFailed(detail);
    if (answered != 1)
        return Outcome::failure(QCoreApplication::translate("supervisor", "This request has already been answered."),
                                QStringLiteral("request %1 not pending").arg(requestId));
    {
        store::Transaction local(m_local);
        audit::AuditTrail trail(m_local, m_keys);
        trail.setClock(m_now);
        if (!local.isOpen() ||
            !trail.append({who.staffId, m_actor.terminalId, reason.trimmed()}, QStringLiteral("document.void_refuse"),
                          serial, &detail) ||
            !local.commit())
            return Outcome::failure(
                QCoreApplication::translate(
                    "supervisor", "The answer could not be recorded in the audit trail, so it was not given."),
                detail);
    }
    notifyDayChanged(m_central, m_actor.terminalId);
    if (!transaction.commit())
        return centralFailed(QStringLiteral("commit failed"));
    return Outcome::success();
}

Outcome VoidDesk::voidDirectly(const staff::Principal& who, const QString& serialText, const QString& reason) {
    const QString serial = parseDocumentReference(serialText).serial;
    if (Outcome allowed = allow(who, staff::Action::VoidDocument, serial); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return needReason();
    return voidAtCentre(who, serial, reason.trimmed(), {}, reason.trimmed(), QStringLiteral("document.void"));
}

Result<Reissued> VoidDesk::reissue(const staff::Principal& who, const QString& serialText, const QString& reason) {
    using R = Result<Reissued>;
    const QString serial = parseDocumentReference(serialText).serial;
    if (Outcome allowed = allow(who, staff::Action::ReissueDocument, serial); !allowed)
        return R::refused(allowed);
    if (reason.trimmed().isEmpty())
        return R::refused(needReason());
    if (m_actor.terminalId.isEmpty())
        return R::refused(Outcome::failure(
            QCoreApplication::translate("supervisor", "This terminal has no identifier. Ask IT staff to set "
                                                      "terminal/id."),
            QStringLiteral("empty terminal id")));
    StoredDocument old;
    bool found = false;
    QString detail;
    if (!loadDocument(m_central, serial, &old, &found, &detail))
        return R::refused(centralFailed(detail));
    if (!found)
        return R::refused(unknownSerial(serial));
    if (!old.info.reissuedAs.isEmpty())
        return R::refused(
            Outcome::failure(QCoreApplication::translate("supervisor", "Certificate %1 was already reissued as %2.")
                                 .arg(serial, old.info.reissuedAs),
                             QStringLiteral("%1 reissued as %2").arg(serial, old.info.reissuedAs)));
    if (isDayClosed(m_central, old.info.businessDate))
        return R::refused(closedDay(old.info.businessDate));
    const QDateTime nowTime = m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc();
    const QString at = nowTime.toString(Qt::ISODateWithMs);
    QString newSerial;
    {
        store::Transaction local(m_local);
        newSerial = local.isOpen() ? issuance::nextSerial(m_local, m_actor.terminalId,
                                                          nowTime.toLocalTime().date().toString(Qt::ISODate), &detail)
                                   : QString();
        if (newSerial.isEmpty() || !local.commit())
            return R::refused(Outcome::failure(
                QCoreApplication::translate("supervisor", "No new serial could be taken on this terminal."), detail));
    }
    Reissued result;
    result.document = old.info;
    result.document.serial = newSerial;
    result.document.fee = 0;
    result.document.issuedAt = at;
    result.document.voidedAt.clear();
    result.document.voidReason.clear();
    result.document.voidedBy.clear();
    result.document.reissueOf = serial;
    result.document.reissuedAs.clear();
    result.verificationCode = m_keys.verificationCode(newSerial, old.contentDigest.toLatin1());
    // The same paper again: what the old one printed, sealed for the new serial. A value that does not open (altered,
    // or sealed under a key this ring no longer holds) is not printed; the reissue itself still stands.
    QByteArray printedSealed;
    if (!old.printedSealed.isEmpty()) {
        result.printed = m_keys.unsealShared(old.printedSealed, privacy::SealPlace::printedContentOf(serial));
        if (result.printed.isEmpty())
            qCWarning(lcAudit) << "the printed content of" << serial << "does not open; the reissue prints nothing";
        else
            printedSealed = m_keys.sealShared(result.printed, privacy::SealPlace::printedContentOf(newSerial));
    }

    store::Transaction transaction(m_central);
    if (!transaction.isOpen())
        return R::refused(centralFailed(QStringLiteral("cannot begin")));
    const QString voidReason =
        QCoreApplication::translate("supervisor", "Reissued as %1: %2").arg(newSerial, reason.trimmed());
    const bool voidsOld = !old.info.isVoid();
    if (!m_central.exec(
            QStringLiteral("INSERT INTO issued_documents (id, serial, visit_id, request_id, document_type, "
                           "resident_id, copies, fee, content_digest, verification_code, issued_at, business_date, "
                           "reissue_of, printed_sealed) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), newSerial, old.info.visitId, nullable(old.requestId),
             old.info.documentType, old.info.residentId, old.info.copies, old.contentDigest, result.verificationCode,
             at, old.info.businessDate, serial,
             printedSealed.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(printedSealed)},
            &detail) ||
        (voidsOld && changedRows(m_central,
                                 QStringLiteral("UPDATE issued_documents SET voided_at = ?, void_reason = ?, "
                                                "voided_by = ? WHERE serial = ? AND voided_at IS NULL"),
                                 {at, voidReason, who.staffId, serial}, &detail) != 1) ||
        changedRows(m_central,
                    QStringLiteral("UPDATE void_requests SET state = 'approved', decided_by = ?, decided_at = ?, "
                                   "decision_reason = ? WHERE serial = ? AND state = 'pending'"),
                    {who.staffId, at, voidReason, serial}, &detail) < 0) {
        return R::refused(
            centralFailed(detail.isEmpty() ? QStringLiteral("%1 changed meanwhile").arg(serial) : detail));
    }
    {
        store::Transaction local(m_local);
        audit::AuditTrail trail(m_local, m_keys);
        trail.setClock(m_now);
        const audit::Actor actor{who.staffId, m_actor.terminalId, reason.trimmed()};
        if (!local.isOpen() || (voidsOld && !trail.append(actor, QStringLiteral("document.void"), serial, &detail)) ||
            !trail.append({who.staffId, m_actor.terminalId, QStringLiteral("%1: %2").arg(serial, reason.trimmed())},
                          QStringLiteral("document.reissue"), newSerial, &detail) ||
            !local.commit())
            return R::refused(Outcome::failure(
                QCoreApplication::translate(
                    "supervisor", "The reissue could not be recorded in the audit trail, so it was not made."),
                detail));
    }
    notifyDayChanged(m_central, m_actor.terminalId);
    if (!transaction.commit()) {
        qCCritical(lcAudit) << "reissue of" << serial << "audited but not committed at the centre";
        return R::refused(centralFailed(QStringLiteral("commit failed")));
    }
    qCInfo(lcAudit) << "reissued" << serial << "as" << newSerial << "by" << who.login;
    return R::of(result);
}

bool applyVoidRequest(const store::Connection& central, const QByteArray& payload, QString* detail) {
    const QJsonObject r = QJsonDocument::fromJson(payload).object();
    const auto text = [&r](const char* key) { return r.value(QLatin1String(key)).toString(); };
    return central.exec(
        QStringLiteral("INSERT INTO void_requests (id, serial, terminal_id, requested_by, "
                       "requested_at, reason, state) VALUES (?, ?, ?, ?, ?, ?, 'pending') "
                       "ON CONFLICT DO NOTHING"),
        {text("id"), text("serial"), text("terminal_id"), text("requested_by"), text("requested_at"), text("reason")},
        detail);
}

} // namespace madoguchi::supervisor
