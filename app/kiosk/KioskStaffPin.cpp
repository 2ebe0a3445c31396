// The kiosk's staff PIN: the rules it keeps and the one place that writes its hash.
#include "KioskStaffPin.h"

#include "CoreLogging.h"
#include "Settings.h"
#include "privacy/StaffPassword.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::kiosk {

Outcome checkStaffPinRules(const QString& pin) {
    if (pin.size() != kStaffPinDigits)
        return Outcome::failure(
            QCoreApplication::translate("kiosk", "The staff PIN must be exactly %1 digits.").arg(kStaffPinDigits),
            QStringLiteral("staff PIN of %1 characters refused").arg(pin.size()));
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Outcome::failure(
                QCoreApplication::translate("kiosk", "The staff PIN must be exactly %1 digits.").arg(kStaffPinDigits),
                QStringLiteral("staff PIN with a character that is not a digit refused"));
    }
    bool same = true, up = true, down = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        same = same && step == 0;
        up = up && step == 1;
        down = down && step == -1;
    }
    if (same || up || down)
        return Outcome::failure(
            QCoreApplication::translate("kiosk", "This staff PIN is too easy to guess (one digit repeated, or digits "
                                                 "counting up or down in a row). Choose another."),
            QStringLiteral("guessable staff PIN refused"));
    return Outcome::success();
}

Outcome setStaffPin(Settings& settings, const staff::Principal& who, QString& pin) {
    if (const Outcome allowed = staff::authorize(who, staff::Action::ManageKiosk); !allowed) {
        privacy::wipePassword(pin);
        return allowed;
    }
    if (const Outcome valid = checkStaffPinRules(pin); !valid) {
        privacy::wipePassword(pin);
        return valid;
    }
    const QString hash = privacy::hashStaffPassword(pin); // wipes the PIN
    if (hash.isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("kiosk", "The staff PIN could not be hashed. Nothing was changed."),
            QStringLiteral("crypto_pwhash_str failed"));
    if (!settings.setValue(QStringLiteral("kiosk/staff_pin_hash"), hash))
        return Outcome::failure(QCoreApplication::translate("kiosk", "The settings file %1 could not be written. "
                                                                     "Nothing was changed.")
                                    .arg(settings.configFile()),
                                QStringLiteral("cannot write %1").arg(settings.configFile()));
    qCInfo(lcCore).noquote() << "kiosk staff PIN changed by" << who.login;
    return Outcome::success();
}

Outcome clearStaffPin(Settings& settings, const staff::Principal& who) {
    if (const Outcome allowed = staff::authorize(who, staff::Action::ManageKiosk); !allowed)
        return allowed;
    if (!settings.setValue(QStringLiteral("kiosk/staff_pin_hash"), QString()))
        return Outcome::failure(QCoreApplication::translate("kiosk", "The settings file %1 could not be written. "
                                                                     "Nothing was changed.")
                                    .arg(settings.configFile()),
                                QStringLiteral("cannot write %1").arg(settings.configFile()));
    qCInfo(lcCore).noquote() << "kiosk staff PIN cleared by" << who.login;
    return Outcome::success();
}

namespace {
Outcome centralFailed(const QString& detail) {
    return Outcome::failure(QCoreApplication::translate("kiosk", "The central store did not take the kiosks' staff "
                                                                 "PIN. Nothing was changed."),
                            detail);
}

// One new revision of the office's row, in one transaction; `hash` empty: revoked.
Result<OfficeStaffPin> writeOfficePin(const store::Connection& central, const staff::Principal& who,
                                      const QString& officeCode, const QString& hash) {
    using R = Result<OfficeStaffPin>;
    // Never NULL (a null QString binds as NULL): the embedded store's one office is ''.
    const QString office = officeCode.isNull() ? QStringLiteral("") : officeCode;
    OfficeStaffPin row;
    row.office = office;
    row.hash = hash;
    row.setBy = who.login;
    row.setAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString detail;
    store::Transaction transaction(central);
    if (!transaction.isOpen())
        return R::refused(centralFailed(QStringLiteral("cannot begin")));
    if (!central.exec(QStringLiteral("INSERT INTO kiosk_staff_pins (office_code, pin_hash, revision, set_by, set_at) "
                                     "VALUES (?, ?, 1, ?, ?) ON CONFLICT (office_code) DO UPDATE SET pin_hash = "
                                     "excluded.pin_hash, revision = kiosk_staff_pins.revision + 1, set_by = "
                                     "excluded.set_by, set_at = excluded.set_at"),
                      {office, hash.isNull() ? QStringLiteral("") : hash, row.setBy, row.setAt}, &detail))
        return R::refused(centralFailed(detail));
    const QVariant revision =
        central.scalar(QStringLiteral("SELECT revision FROM kiosk_staff_pins WHERE office_code = ?"), {office});
    if (!revision.isValid())
        return R::refused(centralFailed(QStringLiteral("the office's row is not readable after writing it")));
    row.revision = revision.toLongLong();
    if (!transaction.commit())
        return R::refused(centralFailed(QStringLiteral("commit failed")));
    return R::of(row);
}

bool officeKnown(const store::Connection& central, const QString& office, QString* detail) {
    if (central.backend() != store::Backend::Postgres) {
        if (!office.isEmpty()) {
            *detail = QStringLiteral("the embedded central store has one office; no --office");
            return false;
        }
        return true;
    }
    if (office.trimmed().isEmpty()) {
        *detail = QStringLiteral("no office code given for a central server");
        return false;
    }
    // On a server set up with `central init`: an office some terminal or supervisor login belongs to.
    const bool mapped =
        central
            .scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = "
                                   "'madoguchi_db_roles'"))
            .toInt() > 0;
    if (mapped &&
        central.scalar(QStringLiteral("SELECT count(*) FROM madoguchi_db_roles WHERE office_code = ?"), {office})
                .toInt() == 0) {
        *detail = QStringLiteral("no login of office %1 at the centre").arg(office);
        return false;
    }
    return true;
}

Outcome unknownOffice(const QString& office, const QString& detail) {
    return Outcome::failure(
        office.isEmpty()
            ? QCoreApplication::translate("kiosk", "Say which office's kiosks the PIN is for (--office CODE).")
            : QCoreApplication::translate("kiosk", "The central store knows no office %1 (no terminal or supervisor "
                                                   "of it was added). Nothing was changed.")
                  .arg(office),
        detail);
}
} // namespace

Result<OfficeStaffPin> distributeStaffPin(const store::Connection& central, const staff::Principal& who,
                                          const QString& office, QString& pin) {
    using R = Result<OfficeStaffPin>;
    if (const Outcome allowed = staff::authorize(who, staff::Action::ManageKiosk); !allowed) {
        privacy::wipePassword(pin);
        return R::refused(allowed);
    }
    if (const Outcome valid = checkStaffPinRules(pin); !valid) {
        privacy::wipePassword(pin);
        return R::refused(valid);
    }
    QString detail;
    if (!officeKnown(central, office, &detail)) {
        privacy::wipePassword(pin);
        return R::refused(central.backend() == store::Backend::Postgres
                              ? unknownOffice(office, detail)
                              : Outcome::failure(QCoreApplication::translate(
                                                     "kiosk", "The embedded central store serves one office: leave "
                                                              "out --office."),
                                                 detail));
    }
    const QString hash = privacy::hashStaffPassword(pin); // wipes the PIN
    if (hash.isEmpty())
        return R::refused(Outcome::failure(
            QCoreApplication::translate("kiosk", "The staff PIN could not be hashed. Nothing was changed."),
            QStringLiteral("crypto_pwhash_str failed")));
    const R written = writeOfficePin(central, who, office, hash);
    if (written)
        qCInfo(lcCore).noquote() << "kiosk staff PIN of office"
                                 << (office.isEmpty() ? QStringLiteral("(embedded)") : office) << "distributed by"
                                 << who.login << "revision" << written->revision;
    return written;
}

Result<OfficeStaffPin> revokeStaffPin(const store::Connection& central, const staff::Principal& who,
                                      const QString& office) {
    using R = Result<OfficeStaffPin>;
    if (const Outcome allowed = staff::authorize(who, staff::Action::ManageKiosk); !allowed)
        return R::refused(allowed);
    QString detail;
    if (!officeKnown(central, office, &detail))
        return R::refused(central.backend() == store::Backend::Postgres
                              ? unknownOffice(office, detail)
                              : Outcome::failure(QCoreApplication::translate(
                                                     "kiosk", "The embedded central store serves one office: leave "
                                                              "out --office."),
                                                 detail));
    const R written = writeOfficePin(central, who, office, QStringLiteral(""));
    if (written)
        qCInfo(lcCore).noquote() << "kiosk staff PIN of office"
                                 << (office.isEmpty() ? QStringLiteral("(embedded)") : office) << "revoked by"
                                 << who.login << "revision" << written->revision;
    return written;
}

Result<std::optional<OfficeStaffPin>> readOfficeStaffPin(const store::Connection& central,
                                                         const std::optional<QString>& office) {
    using R = Result<std::optional<OfficeStaffPin>>;
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    bool ran = false;
    const QString select =
        QStringLiteral("SELECT office_code, pin_hash, revision, set_by, set_at FROM kiosk_staff_pins");
    if (office) {
        ran = q.prepare(select + QStringLiteral(" WHERE office_code = ?"));
        q.addBindValue(*office);
        ran = ran && q.exec();
    } else {
        ran = q.exec(select + QStringLiteral(" ORDER BY office_code"));
    }
    if (!ran)
        return R::refused(Outcome::failure(
            QCoreApplication::translate("kiosk", "The kiosks' staff PIN cannot be read from the central store."),
            q.lastError().text()));
    std::optional<OfficeStaffPin> found;
    int rows = 0;
    while (q.next()) {
        ++rows;
        found = OfficeStaffPin{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                               q.value(3).toString(), q.value(4).toString()};
    }
    if (rows > 1) {
        // Only a connection that sees every office (the owner) gets here without naming one: no row is this kiosk's.
        qCWarning(lcCore) << "kiosk staff PIN: the central connection sees" << rows
                          << "offices' PINs; none taken (a terminal's login sees its own office only)";
        return R::of(std::nullopt);
    }
    return R::of(found);
}

std::optional<OfficeStaffPin> pulledOfficeStaffPin(const store::Connection& local) {
    QSqlQuery q(local.db());
    q.prepare(QStringLiteral("SELECT value, version, updated_at FROM reference_data WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kOfficePinReferenceKey));
    if (!q.exec() || !q.next())
        return std::nullopt;
    OfficeStaffPin pin;
    pin.hash = q.value(0).toString();
    pin.revision = q.value(1).toLongLong();
    pin.setAt = q.value(2).toString();
    return pin;
}

StaffPinInForce staffPinInForce(const store::Connection& local, const store::Connection* central,
                                const QString& tabletHash) {
    std::optional<OfficeStaffPin> office;
    QString source;
    bool answered = false;
    if (central && central->isOpen()) {
        const Result<std::optional<OfficeStaffPin>> read = readOfficeStaffPin(*central);
        if (read) {
            answered = true;
            office = *read;
            source = QStringLiteral("office");
        } else {
            qCInfo(lcCore).noquote() << "kiosk staff PIN: the centre does not answer, using the pulled copy:"
                                     << read.outcome.detail;
        }
    }
    if (!answered) {
        office = pulledOfficeStaffPin(local);
        source = QStringLiteral("office copy");
    }
    if (office && !office->hash.isEmpty())
        return {office->hash, source, office->revision};
    if (!tabletHash.isEmpty())
        return {tabletHash, QStringLiteral("kiosk"), 0};
    return {};
}

} // namespace madoguchi::kiosk
