// The authorization table: every action against every role, and the check made from it.
#include "staff/Authorization.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace madoguchi;
using domain::Role;
using staff::Action;

class TestAuthorization : public QObject {
    Q_OBJECT

private:
    static QList<Role> allRoles() { return {Role::Clerk, Role::Supervisor, Role::Admin, Role::Kiosk}; }

private Q_SLOTS:
    // Every action has a unique, parseable name and at least one role, so no action is unreachable by accident.
    void everyActionIsNamedAndReachable() {
        QSet<QString> names;
        for (Action action : staff::allActions()) {
            const QString name = staff::actionName(action);
            QVERIFY2(!name.isEmpty(), "an action without a name");
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            Action parsed{};
            QVERIFY(staff::parseAction(name, &parsed));
            QCOMPARE(parsed, action);
            QVERIFY2(!staff::rolesFor(action).isEmpty(), qPrintable(name));
        }
        Action unused{};
        QVERIFY(!staff::parseAction(QStringLiteral("delete_everything"), &unused));
    }

    // authorize() agrees with the table for every pair, and a refusal always says why in both places.
    void authorizeFollowsTheTable() {
        for (Action action : staff::allActions()) {
            for (Role role : allRoles()) {
                staff::Principal who{QStringLiteral("id-1"), QStringLiteral("someone"), role, true};
                const Outcome outcome = staff::authorize(who, action);
                QCOMPARE(outcome.ok, staff::allowed(role, action));
                QCOMPARE(outcome.ok, staff::rolesFor(action).contains(role));
                if (!outcome.ok) {
                    QVERIFY(!outcome.message.isEmpty());
                    QVERIFY(outcome.detail.contains(staff::actionName(action)));
                    QVERIFY(outcome.detail.contains(domain::roleName(role)));
                }
            }
        }
    }

    void nobodySignedInIsRefusedEverything() {
        for (Action action : staff::allActions()) {
            QVERIFY(!staff::authorize(staff::Principal{}, action).ok);
            staff::Principal signedOut{QStringLiteral("id-1"), QStringLiteral("boss"), Role::Supervisor, false};
            QVERIFY(!staff::authorize(signedOut, action).ok);
        }
    }

    // The separations the trust review asked for, stated once so that a change to the table is a visible decision.
    void separationOfDuties() {
        QVERIFY(!staff::allowed(Role::Clerk, Action::RevealMyNumber));
        QVERIFY(!staff::allowed(Role::Kiosk, Action::RevealMyNumber));
        QVERIFY(!staff::allowed(Role::Clerk, Action::VoidDocument));
        QVERIFY(staff::allowed(Role::Clerk, Action::RequestVoid));
        QVERIFY(!staff::allowed(Role::Admin, Action::ServeVisit));
        for (Action action : staff::allActions()) {
            if (action != Action::IssueTicket && action != Action::PreEntry)
                QVERIFY2(!staff::allowed(Role::Kiosk, action), qPrintable(staff::actionName(action)));
        }
    }

    // docs/security.md carries the table between two markers; it is checked against the code here, so the two
    // cannot drift. On a mismatch the test prints the table to paste.
    void securityDocumentShowsThisTable() {
        QString expected = QStringLiteral("| action | clerk | supervisor | admin | kiosk |\n|---|---|---|---|---|\n");
        for (Action action : staff::allActions()) {
            expected += QStringLiteral("| `%1` |").arg(staff::actionName(action));
            for (Role role : allRoles())
                expected += staff::allowed(role, action) ? QStringLiteral(" yes |") : QStringLiteral(" – |");
            expected += QLatin1Char('\n');
        }
        QFile doc(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QStringLiteral("/docs/security.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), "run through ctest (MADOGUCHI_SOURCE_DIR)");
        const QString text = QString::fromUtf8(doc.readAll());
        const QString begin = QStringLiteral("<!-- role table: begin -->\n");
        const qsizetype from = text.indexOf(begin);
        const qsizetype to = text.indexOf(QStringLiteral("<!-- role table: end -->"));
        QVERIFY(from >= 0 && to > from);
        const QString documented = text.mid(from + begin.size(), to - from - begin.size());
        QVERIFY2(documented == expected, qPrintable(QStringLiteral("docs/security.md should read:\n") + expected));
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
