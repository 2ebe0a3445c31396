// Staff accounts (職員アカウント) in the central store: added only by an admin, or the very first admin by bootstrap.
#include "StaffAccounts.h"

#include "privacy/StaffPassword.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace madoguchi::staff {

namespace {} // namespace

Outcome validateAccount(const NewAccount& account) {
    static const QRegularExpression login(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!login.match(account.login).hasMatch())
        return Outcome::failure(QCoreApplication::translate(
                                    "staff",
                                    "The login must be 2 to 32 characters: lower-case letters a-z, digits and . _ -, "
                                    "starting with a letter or digit."),
                                QStringLiteral("login refused (%1 characters)").arg(account.login.size()));
    const QString name = account.displayName;
    if (name.trimmed().isEmpty() || name.size() > 64 || name != name.trimmed())
        return Outcome::failure(
            QCoreApplication::translate("staff", "The name must be 1 to 64 characters without spaces at either end."),
            QStringLiteral("display name refused (%1 characters)").arg(name.size()));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph ||
            c.category() == QChar::Other_NotAssigned)
            return Outcome::failure(QCoreApplication::translate("staff", "The name contains a control character."),
                                    QStringLiteral("display name with U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return Outcome::success();
}

Outcome validatePassword(const QString& password) {
    if (password.size() < 8)
        return Outcome::failure(QCoreApplication::translate("staff", "The password must have at least 8 characters."),
                                QStringLiteral("short password"));
    if (password.size() > 256)
        return Outcome::failure(QCoreApplication::translate("staff", "The password must have at most 256 characters."),
                                QStringLiteral("long password"));
    if (password.trimmed().isEmpty())
        return Outcome::failure(QCoreApplication::translate("staff", "The password must not be only spaces."),
                                QStringLiteral("blank password"));
    return Outcome::success();
}

bool staffTableEmpty(const store::Connection& central, bool* ok) {
    const QVariant count = central.scalar(QStringLiteral("SELECT count(*) FROM staff"));
    if (ok)
        *ok = count.isValid();
    return count.isValid() && count.toLongLong() == 0;
}

Result<AddedAccount> addAccount(const store::Connection& central, const Principal& who, const NewAccount& account,
                                QString& password) {
    using R = Result<AddedAccount>;
    AddedAccount added;
    if (!who.signedIn) {
        bool ok = false;
        const bool empty = staffTableEmpty(central, &ok);
        if (!ok || !empty || account.role != domain::Role::Admin) {
            privacy::wipePassword(password);
            return R::refused(Outcome::failure(
                empty && ok
                    ? QCoreApplication::translate("staff", "The first staff account must be an admin (--role admin).")
                    : QCoreApplication::translate("staff", "Sign in as an admin to add staff accounts (--as LOGIN)."),
                QStringLiteral("staff add without sign-in refused (table %1)")
                    .arg(!ok     ? QStringLiteral("unreadable")
                         : empty ? QStringLiteral("empty")
                                 : QStringLiteral("not empty"))));
        }
        added.bootstrap = true;
    } else if (Outcome allowed = authorize(who, Action::ManageStaff); !allowed) {
        privacy::wipePassword(password);
        return R::refused(allowed);
    }
    if (Outcome valid = validateAccount(account); !valid) {
        privacy::wipePassword(password);
        return R::refused(valid);
    }
    if (Outcome valid = validatePassword(password); !valid) {
        privacy::wipePassword(password);
        return R::refused(valid);
    }
    const QString hash = privacy::hashStaffPassword(password);
    if (hash.isEmpty())
        return R::refused(Outcome::failure(
            QCoreApplication::translate("staff", "The password could not be protected (out of memory?)."),
            QStringLiteral("crypto_pwhash_str failed")));
    added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString detail;
    if (!central.exec(QStringLiteral("INSERT INTO staff (id, login, display_name, role, password_hash, active, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (login) DO NOTHING"),
                      {added.id, account.login, account.displayName, domain::roleName(account.role), hash,
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                      &detail))
        return R::refused(
            Outcome::failure(QCoreApplication::translate("staff", "The staff account could not be saved."), detail));
    if (central.scalar(QStringLiteral("SELECT id FROM staff WHERE login = ?"), {account.login}).toString() != added.id)
        return R::refused(
            Outcome::failure(QCoreApplication::translate("staff", "There is already a staff account with the login %1.")
                                 .arg(account.login),
                             QStringLiteral("duplicate login")));
    return R::of(added);
}

} // namespace madoguchi::staff
