// Issuance (交付): the one call that records a visit's requests, certificates, payments, audit trail and outbox rows
// in a single local transaction, so a visit is either wholly on the terminal (and on its way to the centre) or not.
#include "Issuance.h"

#include "CardSecret.h"

#include "DataLogging.h"
#include "privacy/KeyRing.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"
#include "store/Rows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace madoguchi::issuance {

using domain::Payment;
using domain::ProcedureRequest;

namespace {
QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant stamp(const QDateTime& time) {
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant text(const QString& value) {
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// A count, or NULL when it was not counted (< 0).
QVariant count(int value) {
    return value < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(qint64(value));
}

void wipe(QString& secret) {
    card::secureWipe(secret);
}
} // namespace

Issuance::Issuance(const store::Connection& local, const privacy::KeyRing& keys, audit::Actor actor)
    : m_local(local)
    , m_keys(keys)
    , m_actor(std::move(actor)) {}

Outcome Issuance::validate(const VisitRecord& record) const {
    if (m_actor.terminalId.isEmpty())
        return Outcome::failure(QCoreApplication::translate(
                                    "issuance", "This terminal has no identifier. Ask IT staff to set terminal/id."),
                                QStringLiteral("empty terminal id"));
    if (record.visit.receptionNumber.trimmed().isEmpty())
        return Outcome::failure(QCoreApplication::translate("issuance", "The visit has no reception number."),
                                QStringLiteral("empty reception number"));
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    for (const ProcedureRequest& request : record.requests) {
        if (request.procedureId.trimmed().isEmpty())
            return Outcome::failure(QCoreApplication::translate("issuance", "A request names no procedure."),
                                    QStringLiteral("empty procedure id"));
        if (!request.formData.isEmpty()) {
            QJsonParseError error;
            if (!QJsonDocument::fromJson(request.formData.toUtf8(), &error).isObject())
                return Outcome::failure(QCoreApplication::translate("issuance", "The form for %1 could not be read.")
                                            .arg(request.procedureId),
                                        QStringLiteral("form data is not a JSON object: %1").arg(error.errorString()));
        }
        if (!request.myNumber.isEmpty() && !request.myNumberLawful)
            return Outcome::failure(QCoreApplication::translate("issuance", "The My Number may not be kept for %1.")
                                        .arg(request.procedureId),
                                    QStringLiteral("My Number given for a procedure that does not need it"));
        // Kiosks never handle the My Number: the lobby is not the place to read or keep it.
        if (!request.myNumber.isEmpty() && record.visit.channel == domain::Channel::Kiosk)
            return Outcome::failure(
                QCoreApplication::translate("issuance", "A kiosk cannot take the My Number. Please go to a counter."),
                QStringLiteral("My Number given on the kiosk channel"));
        if (!request.myNumber.isEmpty() && !twelveDigits.match(request.myNumber).hasMatch())
            return Outcome::failure(QCoreApplication::translate("issuance", "The My Number must be 12 digits."),
                                    QStringLiteral("malformed My Number"));
    }
    qint64 fees = 0;
    for (const DocumentOrder& order : record.documents) {
        if (order.documentType.trimmed().isEmpty() || order.residentId.trimmed().isEmpty())
            return Outcome::failure(
                QCoreApplication::translate("issuance", "A certificate has no type or no resident."),
                QStringLiteral("empty document type or resident"));
        if (order.copies < 1 || order.fee < 0)
            return Outcome::failure(
                QCoreApplication::translate("issuance", "A certificate has an impossible number of copies or fee."),
                QStringLiteral("copies %1 fee %2").arg(order.copies).arg(order.fee));
        if (order.requestIndex >= record.requests.size())
            return Outcome::failure(
                QCoreApplication::translate("issuance", "A certificate refers to a request that does not exist."),
                QStringLiteral("request index %1").arg(order.requestIndex));
        fees += order.fee;
    }
    qint64 paid = 0;
    for (const Payment& payment : record.payments) {
        if (payment.amount < 0)
            return Outcome::failure(QCoreApplication::translate("issuance", "A payment cannot be negative."),
                                    QStringLiteral("negative payment"));
        paid += payment.amount;
    }
    if (paid != fees)
        return Outcome::failure(
            QCoreApplication::translate("issuance", "The payments (%1 yen) do not match the fees (%2 yen).")
                .arg(paid)
                .arg(fees),
            QStringLiteral("paid %1 fees %2").arg(paid).arg(fees));
    return Outcome::success();
}

QString nextSerial(const store::Connection& local, const QString& terminalId, const QString& businessDate,
                   QString* detail) {
    if (!local.exec(QStringLiteral("INSERT INTO document_counter (business_date, last_value) VALUES (?, 1) "
                                   "ON CONFLICT (business_date) DO UPDATE SET last_value = last_value + 1"),
                    {businessDate}, detail)) {
        return {};
    }
    const qint64 value =
        local.scalar(QStringLiteral("SELECT last_value FROM document_counter WHERE business_date = ?"), {businessDate})
            .toLongLong();
    const QString install = installId(local, detail);
    if (install.isEmpty())
        return {};
    return QStringLiteral("%1-%2-%3-%4")
        .arg(terminalId, QString(businessDate).remove(QLatin1Char('-')), install)
        .arg(value, 6, 10, QLatin1Char('0'));
}

QString installId(const store::Connection& local, QString* detail) {
    const QString existing =
        local.scalar(QStringLiteral("SELECT install_id FROM install_identity WHERE id = 1")).toString();
    if (!existing.isEmpty())
        return existing;
    // Three Crockford base-32 characters (no I, L, O, U): 32 768 installations per terminal id before two could
    // share one, and short enough for the certificate's serial line.
    static const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id;
    for (int i = 0; i < 3; ++i)
        id += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    if (!local.exec(QStringLiteral("INSERT INTO install_identity (id, install_id, created_at) VALUES (1, ?, ?) "
                                   "ON CONFLICT (id) DO NOTHING"),
                    {id, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}, detail))
        return {};
    return local.scalar(QStringLiteral("SELECT install_id FROM install_identity WHERE id = 1")).toString();
}

Result<IssuanceReceipt> Issuance::record(VisitRecord record) {
    const auto wipeAll = [&record] {
        for (ProcedureRequest& request : record.requests)
            wipe(request.myNumber);
    };
    const Outcome valid = validate(record);
    if (!valid) {
        wipeAll();
        qCInfo(lcStore) << "issuance refused:" << valid.detail;
        return Result<IssuanceReceipt>::refused(valid);
    }
    const QDateTime now = m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc();
    IssuanceReceipt receipt;
    receipt.visit = record.visit;
    domain::Visit& visit = receipt.visit;
    if (visit.id.isEmpty())
        visit.id = newId();
    visit.terminalId = m_actor.terminalId;
    if (!visit.receivedAt.isValid())
        visit.receivedAt = now;
    if (!visit.issuedAt.isValid() && !record.documents.isEmpty())
        visit.issuedAt = now;
    if (!visit.completedAt.isValid())
        visit.completedAt = now;
    // The business day is the office's calendar day, not UTC's.
    const QString businessDate = visit.receivedAt.toLocalTime().date().toString(Qt::ISODate);

    const auto failed = [&](const QString& detail) {
        wipeAll();
        qCWarning(lcStore) << "issuance failed:" << detail;
        return Result<IssuanceReceipt>::refused(
            Outcome::failure(QCoreApplication::translate(
                                 "issuance", "The visit could not be saved on this terminal. Nothing was recorded."),
                             detail));
    };

    store::Transaction transaction(m_local);
    if (!transaction.isOpen())
        return failed(QStringLiteral("cannot begin a local transaction"));
    QString detail;
    audit::AuditTrail trail(m_local, m_keys);
    trail.setClock(m_now);
    QJsonObject bundle;

    const QVariantList visitRow{visit.id,
                                visit.terminalId,
                                visit.receptionNumber,
                                domain::channelName(visit.channel),
                                visit.language,
                                text(visit.staffId),
                                text(visit.residentId),
                                businessDate,
                                stamp(visit.receivedAt),
                                stamp(visit.identifiedAt),
                                stamp(visit.confirmedAt),
                                stamp(visit.issuedAt),
                                stamp(visit.completedAt),
                                text(visit.cardVerdict),
                                text(visit.interpreterLanguage),
                                visit.interpreterLanguage.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                                    : QVariant(qint64(visit.interpreterMinutes))};
    if (!store::upsertRows(m_local, store::visitColumns(), {visitRow}, false, &detail))
        return failed(detail);
    if (m_local.scalar(QStringLiteral("SELECT changes()")).toInt() != 1)
        return failed(QStringLiteral("visit %1 already recorded").arg(visit.id));
    bundle.insert(QStringLiteral("visit"), store::rowObject(store::visitColumns(), visitRow));
    const QString subject = visit.residentId.isEmpty() ? visit.id : visit.residentId;
    if (!trail.append(m_actor, QStringLiteral("visit.record"), subject, &detail))
        return failed(detail);

    QJsonArray requestRows;
    QList<QVariantList> requestValues;
    for (ProcedureRequest& request : record.requests) {
        request.id = request.id.isEmpty() ? newId() : request.id;
        // Sealed for this row: copied into another request, visit or table it no longer opens.
        const QByteArray sealed =
            m_keys.sealMyNumber(request.myNumber, privacy::SealPlace::myNumberOf(request.id, visit.id));
        const bool storesMyNumber = !request.myNumber.isEmpty();
        wipe(request.myNumber);
        const QVariantList row{request.id,
                               visit.id,
                               request.procedureId,
                               request.formData.isEmpty() ? QStringLiteral("{}") : request.formData,
                               domain::statusName(request.status),
                               sealed.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(sealed),
                               stamp(now),
                               count(request.fieldsPrefilled),
                               count(request.fieldsTyped)};
        requestValues.append(row);
        requestRows.append(store::rowObject(store::requestColumns(), row));
        if (storesMyNumber && !trail.append(m_actor, QStringLiteral("mynumber.store"), subject, &detail))
            return failed(detail);
        receipt.requests.append(request);
    }
    if (!store::upsertRows(m_local, store::requestColumns(), requestValues, false, &detail))
        return failed(detail);

    QJsonArray documentRows;
    QList<QVariantList> documentValues;
    for (const DocumentOrder& order : record.documents) {
        domain::IssuedDocument document;
        document.id = newId();
        document.serial = nextSerial(m_local, m_actor.terminalId, businessDate, &detail);
        if (document.serial.isEmpty())
            return failed(detail);
        document.visitId = visit.id;
        document.requestId = order.requestIndex >= 0 ? receipt.requests.at(order.requestIndex).id : QString();
        document.documentType = order.documentType;
        document.residentId = order.residentId;
        document.copies = order.copies;
        document.fee = order.fee;
        document.contentDigest = QString::fromLatin1(privacy::contentDigest(order.content));
        document.verificationCode = m_keys.verificationCode(document.serial, document.contentDigest.toLatin1());
        document.issuedAt = visit.issuedAt;
        const QByteArray printed =
            m_keys.sealShared(order.printed, privacy::SealPlace::printedContentOf(document.serial));
        const QVariantList row{document.id,
                               document.serial,
                               document.visitId,
                               text(document.requestId),
                               document.documentType,
                               document.residentId,
                               document.copies,
                               document.fee,
                               document.contentDigest,
                               document.verificationCode,
                               stamp(document.issuedAt),
                               QVariant(QMetaType::fromType<QString>()),
                               QVariant(QMetaType::fromType<QString>()),
                               QVariant(QMetaType::fromType<QString>()),
                               businessDate,
                               printed.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(printed)};
        documentValues.append(row);
        documentRows.append(store::rowObject(store::documentColumns(), row));
        if (!trail.append(m_actor, QStringLiteral("document.issue"), document.serial, &detail))
            return failed(detail);
        receipt.documents.append(document);
    }
    if (!store::upsertRows(m_local, store::documentColumns(), documentValues, false, &detail))
        return failed(detail);

    QJsonArray paymentRows;
    QList<QVariantList> paymentValues;
    for (Payment payment : record.payments) {
        payment.id = payment.id.isEmpty() ? newId() : payment.id;
        if (!payment.paidAt.isValid())
            payment.paidAt = now;
        const QVariantList row{payment.id,
                               visit.id,
                               payment.amount,
                               domain::methodName(payment.method),
                               stamp(payment.paidAt),
                               businessDate,
                               text(payment.reference.trimmed())};
        paymentValues.append(row);
        paymentRows.append(store::rowObject(store::paymentColumns(), row));
        receipt.payments.append(payment);
    }
    if (!store::upsertRows(m_local, store::paymentColumns(), paymentValues, false, &detail))
        return failed(detail);

    bundle.insert(QStringLiteral("requests"), requestRows);
    bundle.insert(QStringLiteral("documents"), documentRows);
    bundle.insert(QStringLiteral("payments"), paymentRows);
    if (!m_local.exec(QStringLiteral("INSERT INTO outbox (id, kind, payload, created_at) VALUES (?, 'visit', ?, ?)"),
                      {newId(), QString::fromUtf8(QJsonDocument(bundle).toJson(QJsonDocument::Compact)), stamp(now)},
                      &detail)) {
        return failed(detail);
    }
    if (!transaction.commit())
        return failed(QStringLiteral("local commit failed"));
    qCDebug(lcStore) << "recorded visit" << visit.id << "with" << receipt.documents.size() << "documents";
    return Result<IssuanceReceipt>::of(std::move(receipt));
}

Outcome Issuance::voidDocument(const staff::Principal& who, const QString& serial, const QString& reason) {
    {
        audit::AuditTrail trail(m_local, m_keys);
        if (Outcome allowed =
                staff::authorizeAudited(who, staff::Action::VoidDocument, m_local, trail, m_actor.terminalId, serial);
            !allowed)
            return allowed;
    }
    if (reason.trimmed().isEmpty())
        return Outcome::failure(QCoreApplication::translate("issuance", "Give a reason for voiding the certificate."),
                                QStringLiteral("empty void reason"));
    store::Transaction transaction(m_local);
    QString detail;
    const QString now = (m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODateWithMs);
    if (!transaction.isOpen() ||
        !m_local.exec(QStringLiteral("UPDATE issued_documents SET voided_at = ?, void_reason = ?, voided_by = ? "
                                     "WHERE serial = ? AND voided_at IS NULL"),
                      {now, reason, who.staffId, serial}, &detail)) {
        return Outcome::failure(QCoreApplication::translate("issuance", "The certificate could not be voided."),
                                detail);
    }
    if (m_local.scalar(QStringLiteral("SELECT changes()")).toInt() != 1)
        return Outcome::failure(
            QCoreApplication::translate("issuance",
                                        "No certificate %1 that is not already void was issued on this terminal.")
                .arg(serial),
            QStringLiteral("no open document %1").arg(serial));
    audit::Actor actor = m_actor;
    actor.staffId = who.staffId;
    actor.reason = reason;
    audit::AuditTrail trail(m_local, m_keys);
    trail.setClock(m_now);
    const QJsonObject payload{{QStringLiteral("serial"), serial},
                              {QStringLiteral("voided_at"), now},
                              {QStringLiteral("void_reason"), reason},
                              {QStringLiteral("voided_by"), who.staffId}};
    if (!trail.append(actor, QStringLiteral("document.void"), serial, &detail) ||
        !m_local.exec(QStringLiteral("INSERT INTO outbox (id, kind, payload, created_at) VALUES (?, 'void', ?, ?)"),
                      {newId(), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), now},
                      &detail) ||
        !transaction.commit()) {
        return Outcome::failure(QCoreApplication::translate("issuance", "The certificate could not be voided."),
                                detail);
    }
    return Outcome::success();
}

} // namespace madoguchi::issuance
