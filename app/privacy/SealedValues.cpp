// Re-sealing what a terminal's store holds: the procedure requests and the payloads still waiting to go to the centre,
// each value opened for its row and sealed again, all in one transaction.
#include "SealedValues.h"

#include "CardSecret.h"
#include "DataLogging.h"
#include "audit/AuditTrail.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace madoguchi::privacy {
namespace {

constexpr int kSealingFormat = 2; // XChaCha20-Poly1305 with the row as associated data

Outcome failed(const QString& detail) {
    qCWarning(lcStore).noquote() << "re-sealing refused:" << detail;
    return Outcome::failure(QCoreApplication::translate("privacy",
                                                        "The sealed My Numbers could not be sealed again; nothing was "
                                                        "changed. Ask IT staff to check the log."),
                            detail);
}

// Opens `sealed` for `place` and seals it under `to`; empty with `detail` when it does not open.
QByteArray reseal(const QByteArray& sealed, const SealPlace& place, const KeyRing& to, const SealOpener& open,
                  QString* detail) {
    QByteArray plain = open(sealed, place);
    if (plain.isEmpty()) {
        *detail = QStringLiteral("a sealed value of request %1 does not open").arg(place.rowIds.value(0));
        return {};
    }
    QByteArray again = to.sealAt(plain, place);
    card::secureWipe(plain);
    return again;
}

// The requests of one visit bundle (or of nothing else: void payloads hold no My Number). False with `detail`
// when a value does not open; `changed` when anything was re-sealed.
bool resealPayload(QByteArray& payload, const KeyRing& to, const SealOpener& open, bool* changed, QString* detail) {
    QJsonObject bundle = QJsonDocument::fromJson(payload).object();
    QJsonArray requests = bundle.value(QStringLiteral("requests")).toArray();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QJsonObject row = requests.at(i).toObject();
        const QJsonValue value = row.value(QStringLiteral("my_number_sealed"));
        if (!value.isString())
            continue;
        const QByteArray sealed = QByteArray::fromBase64(value.toString().toLatin1());
        if (sealed.isEmpty() || to.isSealedUnderCurrentKey(sealed))
            continue;
        const SealPlace place = SealPlace::myNumberOf(row.value(QStringLiteral("id")).toString(),
                                                      row.value(QStringLiteral("visit_id")).toString());
        const QByteArray again = reseal(sealed, place, to, open, detail);
        if (again.isEmpty())
            return false;
        row.insert(QStringLiteral("my_number_sealed"), QString::fromLatin1(again.toBase64()));
        requests.replace(i, row);
        *changed = true;
    }
    if (*changed) {
        bundle.insert(QStringLiteral("requests"), requests);
        payload = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    }
    return true;
}

} // namespace

Result<ResealReport> resealStoredValues(const store::Connection& local, const KeyRing& to, const SealOpener& open) {
    using R = Result<ResealReport>;
    ResealReport report;
    QString detail;
    {
        QSqlQuery q(local.db());
        if (!q.exec(QStringLiteral("SELECT id, visit_id, my_number_sealed FROM procedure_requests "
                                   "WHERE my_number_sealed IS NOT NULL ORDER BY id")))
            return R::refused(failed(q.lastError().text()));
        QList<std::pair<QString, QByteArray>> updates;
        while (q.next()) {
            const QByteArray sealed = q.value(2).toByteArray();
            if (sealed.isEmpty() || to.isSealedUnderCurrentKey(sealed))
                continue;
            const QString id = q.value(0).toString();
            const QByteArray again =
                reseal(sealed, SealPlace::myNumberOf(id, q.value(1).toString()), to, open, &detail);
            if (again.isEmpty())
                return R::refused(failed(detail));
            updates.append({id, again});
        }
        q.finish();
        for (const auto& [id, sealed] : std::as_const(updates)) {
            if (!local.exec(QStringLiteral("UPDATE procedure_requests SET my_number_sealed = ? WHERE id = ?"),
                            {sealed, id}, &detail))
                return R::refused(failed(detail));
            ++report.requests;
        }
    }
    for (const QString& table : {QStringLiteral("outbox"), QStringLiteral("outbox_set_aside")}) {
        QSqlQuery q(local.db());
        if (!q.exec(QStringLiteral("SELECT seq, payload FROM %1 WHERE kind = 'visit' ORDER BY seq").arg(table)))
            return R::refused(failed(q.lastError().text()));
        QList<std::pair<qint64, QByteArray>> updates;
        while (q.next()) {
            QByteArray payload = q.value(1).toString().toUtf8();
            bool changed = false;
            if (!resealPayload(payload, to, open, &changed, &detail))
                return R::refused(failed(detail));
            if (changed)
                updates.append({q.value(0).toLongLong(), payload});
        }
        q.finish();
        for (const auto& [seq, payload] : std::as_const(updates)) {
            if (!local.exec(QStringLiteral("UPDATE %1 SET payload = ? WHERE seq = ?").arg(table),
                            {QString::fromUtf8(payload), seq}, &detail))
                return R::refused(failed(detail));
            ++report.payloads;
        }
    }
    return R::of(report);
}

Outcome upgradeSealedValues(const store::Connection& local, const KeyRing& keys) {
    if (local.scalar(QStringLiteral("SELECT format FROM sealing_format")).toInt() >= kSealingFormat)
        return Outcome::success();
    store::Transaction transaction(local);
    const Result<ResealReport> report = resealStoredValues(
        local, keys, [&](const QByteArray& sealed, const SealPlace&) { return keys.unsealLegacy(sealed); });
    if (!report)
        return report.outcome;
    QString detail;
    if (!local.exec(QStringLiteral("UPDATE sealing_format SET format = ?"), {kSealingFormat}, &detail) ||
        !transaction.commit())
        return failed(detail.isEmpty() ? QStringLiteral("commit failed") : detail);
    qCInfo(lcStore) << "sealed My Numbers bound to their rows:" << report->requests << "request(s)," << report->payloads
                    << "payload(s)";
    return Outcome::success();
}

Result<ResealReport> rotateSealKey(const store::Connection& local, const QString& keyFile, KeyRing& keys,
                                   const staff::Principal& who, const QString& terminalId) {
    using R = Result<ResealReport>;
    audit::AuditTrail trail(local, keys);
    if (Outcome allowed = staff::authorizeAudited(who, staff::Action::ManageKeys, local, trail, terminalId,
                                                  QStringLiteral("keys rotate"));
        !allowed)
        return R::refused(allowed);

    // The new key reaches the disk before any value is sealed under it, so no value is ever under a key that is
    // nowhere; the old one stays beside it until every value has moved.
    KeyRing next = keys.withNewSealKey();
    if (Outcome saved = next.save(keyFile); !saved)
        return R::refused(saved);
    const auto restoreOldKey = [&](const Outcome& why) {
        if (Outcome back = keys.save(keyFile); !back)
            qCCritical(lcStore).noquote() << "the key file could not be written back after a failed rotation; it "
                                             "still holds the old sealing key beside the new one:"
                                          << back.detail;
        QString detail;
        store::Transaction transaction(local);
        if (!audit::AuditTrail(local, keys)
                 .append({who.staffId, terminalId, why.detail}, QStringLiteral("keys.rotate_failed"),
                         QStringLiteral("sealing key"), &detail) ||
            !transaction.commit())
            qCCritical(lcAudit) << "failed rotation could not be recorded:" << detail;
        return R::refused(why);
    };

    // The transaction ends (committed or rolled back) before a failure is handled: the audit of the failure must
    // never commit half of the re-sealing with it.
    Result<ResealReport> report;
    std::optional<Outcome> failure;
    {
        store::Transaction transaction(local);
        report = resealStoredValues(local, next, [&](const QByteArray& sealed, const SealPlace& place) {
            return next.unsealAt(sealed, place);
        });
        if (!report) {
            failure = report.outcome;
        } else {
            QString detail;
            const QString subject =
                QStringLiteral("sealing key %1 -> %2").arg(keys.currentSealKeyId()).arg(next.currentSealKeyId());
            const QString reason =
                QStringLiteral("%1 request(s), %2 payload(s) re-sealed").arg(report->requests).arg(report->payloads);
            if (!transaction.isOpen() ||
                !audit::AuditTrail(local, next)
                     .append({who.staffId, terminalId, reason}, QStringLiteral("keys.rotated"), subject, &detail) ||
                !transaction.commit())
                failure = failed(detail.isEmpty() ? QStringLiteral("commit failed") : detail);
        }
    }
    if (failure)
        return restoreOldKey(*failure);
    KeyRing settled = next.withoutRetiredSealKeys();
    if (Outcome saved = settled.save(keyFile); !saved) {
        // Every value is under the new key, which the file holds: nothing is lost, the old key is only not gone yet.
        keys = std::move(next);
        return R::refused(Outcome::failure(
            QCoreApplication::translate("privacy",
                                        "Every My Number is sealed under the new key, but the old key could not be "
                                        "removed from the key file. Run keys rotate again."),
            saved.detail));
    }
    keys = std::move(settled);
    qCInfo(lcStore) << "sealing key rotated:" << report->requests << "request(s)," << report->payloads
                    << "payload(s) re-sealed";
    return report;
}

Result<int> rotateCentralSealKey(const store::Connection& central, const QString& centralKeyFile,
                                 const KeyRing& terminalKeys, const QList<const KeyRing*>& alsoOpenWith,
                                 const store::Connection& local, const staff::Principal& who,
                                 const QString& terminalId) {
    using R = Result<int>;
    audit::AuditTrail trail(local, terminalKeys);
    if (Outcome allowed = staff::authorizeAudited(who, staff::Action::ManageKeys, local, trail, terminalId,
                                                  QStringLiteral("keys rotate-central"));
        !allowed)
        return R::refused(allowed);
    const auto record = [&](const QString& action, const QString& subject, const QString& reason) {
        QString detail;
        store::Transaction transaction(local);
        if (!trail.append({who.staffId, terminalId, reason}, action, subject, &detail) || !transaction.commit())
            qCCritical(lcAudit) << action << "could not be recorded:" << detail;
    };

    // The centre's own ring, or, on the first rotation, a ring holding the office key alone (its sealing keys are
    // not the terminal's: only the new key goes into the centre's file).
    const bool existed = QFile::exists(centralKeyFile);
    std::optional<KeyRing> current;
    if (existed) {
        Result<KeyRing> loaded = KeyRing::load(centralKeyFile);
        if (!loaded)
            return R::refused(loaded.outcome);
        current.emplace(std::move(*loaded.value));
    }
    KeyRing staged = current ? current->withNewSealKey()
                             : terminalKeys.withoutRetiredSealKeys().withNewSealKey().withoutRetiredSealKeys();
    if (const QString dir = QFileInfo(centralKeyFile).absolutePath(); !existed && !QFileInfo::exists(dir)) {
        // A first rotation makes the centre's key file; a folder made for it is the owner's only.
        if (!QDir().mkpath(dir) ||
            !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return R::refused(failed(QStringLiteral("cannot create %1").arg(dir)));
    }
    if (Outcome saved = staged.save(centralKeyFile); !saved)
        return R::refused(saved);
    const auto restore = [&](const Outcome& why) {
        if (current) {
            if (Outcome back = current->save(centralKeyFile); !back)
                qCCritical(lcStore).noquote() << "the central key file could not be written back:" << back.detail;
        } else if (!QFile::remove(centralKeyFile)) {
            qCCritical(lcStore).noquote() << "the new central key file could not be removed:" << centralKeyFile;
        }
        record(QStringLiteral("keys.rotate_failed"), QStringLiteral("central sealing key"), why.detail);
        return R::refused(why);
    };

    const auto open = [&](const QByteArray& sealed, const SealPlace& place) {
        QByteArray plain = staged.unsealAt(sealed, place);
        if (plain.isEmpty())
            plain = terminalKeys.unsealAt(sealed, place);
        for (const KeyRing* ring : alsoOpenWith) {
            if (!plain.isEmpty())
                break;
            plain = ring->unsealAt(sealed, place);
        }
        if (plain.isEmpty())
            plain = staged.unsealLegacy(sealed);
        return plain;
    };
    int resealed = 0;
    std::optional<Outcome> failure;
    {
        store::Transaction transaction(central);
        QString detail;
        QList<std::pair<QString, QByteArray>> updates;
        {
            QSqlQuery q(central.db());
            q.setForwardOnly(true);
            if (!transaction.isOpen() ||
                !q.exec(QStringLiteral("SELECT id, visit_id, my_number_sealed FROM procedure_requests WHERE "
                                       "my_number_sealed IS NOT NULL ORDER BY id")))
                failure = failed(q.lastError().text());
            while (!failure && q.next()) {
                const QByteArray sealed = q.value(2).toByteArray();
                if (sealed.isEmpty())
                    continue;
                const QString id = q.value(0).toString();
                const QByteArray again =
                    reseal(sealed, SealPlace::myNumberOf(id, q.value(1).toString()), staged, open, &detail);
                if (again.isEmpty())
                    failure = failed(detail + QStringLiteral(" at the centre with any key given"));
                else
                    updates.append({id, again});
            }
        }
        for (qsizetype i = 0; !failure && i < updates.size(); ++i) {
            if (!central.exec(QStringLiteral("UPDATE procedure_requests SET my_number_sealed = ? WHERE id = ?"),
                              {updates.at(i).second, updates.at(i).first}, &detail))
                failure = failed(detail);
        }
        if (!failure && !transaction.commit())
            failure = failed(QStringLiteral("central commit failed"));
        resealed = static_cast<int>(updates.size());
    }
    if (failure)
        return restore(*failure);
    record(QStringLiteral("keys.central_rotated"),
           QStringLiteral("central sealing key %1").arg(staged.currentSealKeyId()),
           QStringLiteral("%1 central request(s) re-sealed").arg(resealed));
    if (Outcome saved = staged.withoutRetiredSealKeys().save(centralKeyFile); !saved)
        return R::refused(Outcome::failure(
            QCoreApplication::translate("privacy",
                                        "Every My Number at the centre is sealed under the new key, but the old key "
                                        "could not be removed from the centre's key file. Run the rotation again."),
            saved.detail));
    qCInfo(lcStore) << "central sealing key rotated:" << resealed << "request(s) re-sealed";
    return R::of(resealed);
}

} // namespace madoguchi::privacy
