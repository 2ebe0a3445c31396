// `madoguchi --mode supervisor` on real SQLite stores (the embedded central file) filled by the core through
// madoguchi-cli from two counter terminals: a clerk is refused by the core, the day's table shows what the centre
// holds, filters and search, a visit synced later appears without a refresh, a visit's story shows a chain break.
#include "AlertsPage.h"
#include "CashPage.h"
#include "CatalogueSources.h"
#include "DayPage.h"
#include "DocumentTemplates.h"
#include "KpiPage.h"
#include "Renderer.h"
#include "ScreenChecks.h"
#include "Settings.h"
#include "SupervisorWindow.h"
#include "Translations.h"
#include "VoidsPage.h"
#include "print/PdfPreview.h"
#include "privacy/KeyRing.h"
#include "store/Connection.h"
#include "store/StoreLocations.h"
#include "supervisor/SupervisorBackground.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPieSeries>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QValueAxis>

#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace madoguchi;

namespace {
const QByteArray kBoss = "boss-pass-1\n";
const QByteArray kClerk = "clerk-pass-1\n";
const QByteArray kAdmin = "admin-pass-1\n";
const QString kDay = QStringLiteral("2026-04-01");
} // namespace

class TestSupervisorWindow : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    // madoguchi-cli as terminal `terminal` (its own data directory and settings, the shared central file).
    Run cli(const QString& terminal, const QStringList& args, const QByteArray& input = {}) {
        const QString dir = terminalDir(terminal);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), dir);
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), dir + QStringLiteral("/madoguchi.ini"));
        env.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"), dir + QStringLiteral("/no-pcscd.comm"));
        process.setProcessEnvironment(env);
        process.start(m_cli, QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString terminalDir(const QString& terminal) {
        const QString dir = m_dir.filePath(terminal);
        if (!QDir(dir).exists()) {
            QDir().mkpath(dir);
            QFile ini(dir + QStringLiteral("/madoguchi.ini"));
            if (ini.open(QIODevice::WriteOnly))
                // One office key for every terminal of the office, as the office distributes it.
                ini.write("[terminal]\nid=" + terminal.toUtf8() +
                          "\n[database]\ncentral_sqlite=" + m_dir.filePath(QStringLiteral("central.sqlite")).toUtf8() +
                          "\n[privacy]\nkey_file=" + m_dir.filePath(QStringLiteral("office.key")).toUtf8() + "\n");
        }
        return dir;
    }

    // Visits made by the core on `terminal` and synced to the centre.
    bool simulate(const QString& terminal, int visits, int seed) {
        Run r = cli(terminal,
                    {QStringLiteral("simulate"), QStringLiteral("--visits"), QString::number(visits),
                     QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--date"), kDay,
                     QStringLiteral("--as"), QStringLiteral("clerk1")},
                    kClerk);
        if (r.code != 0) {
            qWarning().noquote() << r.err;
            return false;
        }
        r = cli(terminal, {QStringLiteral("sync"), QStringLiteral("--once")});
        if (r.code != 0)
            qWarning().noquote() << r.err;
        return r.code == 0;
    }

    store::Connection central() {
        Result<store::Connection> c = store::Connection::openSqlite(m_dir.filePath(QStringLiteral("central.sqlite")));
        if (!c)
            qFatal("central store");
        return std::move(*c.value);
    }

    int centralCount(const QString& sql, const QVariantList& values = {}) {
        return central().scalar(sql, values).toInt();
    }

    void signIn(const QString& login, const QByteArray& password) {
        m_window->staffIdEdit()->setText(login);
        m_window->passwordEdit()->setText(QString::fromUtf8(password.trimmed()));
        QTest::keyClick(m_window->passwordEdit(), Qt::Key_Return);
    }

    ui::DayPage* day() { return m_window->dayPage(); }
    ui::VoidsPage* voids() { return m_window->voidsPage(); }
    ui::CashPage* cash() { return m_window->cashPage(); }
    ui::KpiPage* kpi() { return m_window->kpiPage(); }
    ui::AlertsPage* alerts() { return m_window->alertsPage(); }

    // The (kind, terminal) pairs the alerts page lists.
    QSet<QString> alertPairs() {
        QSet<QString> pairs;
        for (const supervisor::Alert& a : alerts()->alerts())
            pairs.insert(a.kind + QLatin1Char(' ') + a.terminalId);
        return pairs;
    }

    store::Connection localOf(const QString& terminal) {
        Result<store::Connection> c =
            store::Connection::openSqlite(terminalDir(terminal) + QStringLiteral("/terminal.sqlite"));
        if (!c)
            qFatal("local store");
        return std::move(*c.value);
    }

    // Visits made on `terminal` by the core, not synced yet.
    bool simulateOnly(const QString& terminal, int visits, int seed) {
        const Run r = cli(terminal,
                          {QStringLiteral("simulate"), QStringLiteral("--visits"), QString::number(visits),
                           QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--date"), kDay,
                           QStringLiteral("--as"), QStringLiteral("clerk1")},
                          kClerk);
        if (r.code != 0)
            qWarning().noquote() << r.err;
        return r.code == 0;
    }

    QStringList column(int c) {
        QStringList values;
        const QSortFilterProxyModel* model = day()->visibleVisits();
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, c).data().toString());
        return values;
    }

    QSet<QString> columnSet(int c) {
        const QStringList values = column(c);
        return QSet<QString>(values.begin(), values.end());
    }

    void save(const QString& name) {
        const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // The charts lay out their axes and legends on posted events: a grab before them shows bare bars.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
        QVERIFY(!m_cli.isEmpty());
        QVERIFY(m_dir.isValid());
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
        const auto add = [&](const char* login, const char* role, const QByteArray& input, bool asAdmin) {
            QStringList args{QStringLiteral("staff"),    QStringLiteral("add"),    QStringLiteral("--login"),
                             QString::fromLatin1(login), QStringLiteral("--name"), QString::fromLatin1(login),
                             QStringLiteral("--role"),   QString::fromLatin1(role)};
            if (asAdmin)
                args << QStringLiteral("--as") << QStringLiteral("admin1");
            const Run r = cli(QStringLiteral("T01"), args, input);
            return r.code == 0 ? QString() : r.err;
        };
        QCOMPARE(add("admin1", "admin", kAdmin, false), QString());
        QCOMPARE(add("boss1", "supervisor", kAdmin + kBoss, true), QString());
        QCOMPARE(add("clerk1", "clerk", kAdmin + kClerk, true), QString());
        QVERIFY(simulate(QStringLiteral("T01"), 9, 3));
        QVERIFY(simulate(QStringLiteral("T02"), 7, 5));

        // The supervisor's own terminal, in process.
        const QString dir = terminalDir(QStringLiteral("S01"));
        qputenv("MADOGUCHI_DATA_DIR", dir.toUtf8());
        m_settings = std::make_unique<Settings>(dir + QStringLiteral("/madoguchi.ini"));
        auto keys = privacy::KeyRing::load(m_settings->value(QStringLiteral("privacy/key_file")));
        QVERIFY2(keys, qPrintable(keys.outcome.detail));
        m_keys.emplace(std::move(*keys.value));
        supervisor::SupervisorBackground::Config config;
        config.localPath = m_settings->localDatabasePath();
        config.centralLocation = store::centralLocation(*m_settings);
        config.keys = &*m_keys;
        config.terminalId = store::terminalId(*m_settings);
        config.renderer = std::make_shared<print::Renderer>(DocumentTemplates::load(*m_settings));
        config.documentDir = m_settings->value(QStringLiteral("print/document_dir"));
        auto background = supervisor::SupervisorBackground::start(std::move(config));
        QVERIFY2(background, qPrintable(background.outcome.detail));
        m_background = std::move(*background.value);
        // The procedure names as supervisor mode gives them (SupervisorMain): the charts and the day show names.
        const TerminalCatalogue catalogue = CatalogueSources::load(*m_settings);
        for (const catalogue::Procedure& p : catalogue.load.catalogue.procedures())
            m_procedureNames.insert(p.id, p.name.text(QStringLiteral("ja")));
        QVERIFY(!m_procedureNames.isEmpty());
        m_window = std::make_unique<ui::SupervisorWindow>(
            ui::SupervisorWindow::Parts{*m_background, m_procedureNames, QStringLiteral("ja"), 15,
                                        m_settings->value(QStringLiteral("office/municipality_code")),
                                        m_settings->value(QStringLiteral("office/municipality_name"))});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_background.reset();
    }

    // The role check is the core's: the clerk's password is right, the account is refused, in Japanese, audited.
    void clerkIsRefusedByTheCore() {
        signIn(QStringLiteral("clerk1"), kClerk);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->signInError().isEmpty(), 20000);
        QVERIFY(!m_window->isSignedIn());
        const QString expected =
            QCoreApplication::translate("staff", "Your account may not do this. Ask a supervisor.");
        QVERIFY2(expected != QLatin1String("Your account may not do this. Ask a supervisor."), qPrintable(expected));
        QVERIFY2(m_window->signInError().contains(expected), qPrintable(m_window->signInError()));
        QVERIFY(m_window->passwordEdit()->text().isEmpty());
        save(QStringLiteral("supervisor-refused"));
        m_background->drain();
        Result<store::Connection> local = store::Connection::openSqlite(m_settings->localDatabasePath());
        QVERIFY(local);
        QVERIFY(local
                    ->scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'access.refused' AND "
                                            "reason LIKE '%view_supervisor_day%'"))
                    .toInt() >= 1);
        // A wrong password is refused too (by the sign-in, before any role).
        signIn(QStringLiteral("boss1"), "wrong-pass\n");
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->signInError().isEmpty() && !m_window->signInError().contains(expected),
                                 20000);
        QVERIFY(!m_window->isSignedIn());
    }

    void dayTableHoldsTheCentresVisits() {
        signIn(QStringLiteral("boss1"), kBoss);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), 20000);
        QSignalSpy loaded(day(), &ui::DayPage::boardLoaded);
        day()->setDay(QDate::fromString(kDay, Qt::ISODate));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        const int visits = centralCount(QStringLiteral("SELECT count(*) FROM visits WHERE business_date = ?"), {kDay});
        QCOMPARE(visits, 16);
        QCOMPARE(day()->totalVisits(), visits);
        QCOMPARE(day()->visibleVisits()->rowCount(), visits);
        // The board is in; the fingerprint poll that started with it may still be on the worker for a moment.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->waitingText().isEmpty(), 20000);
        // Every serial of the day, each once, in the certificates column.
        const QString serials = column(6).join(QLatin1Char(','));
        const store::Connection c = central();
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT serial FROM issued_documents WHERE business_date = '2026-04-01'")));
        int documents = 0;
        while (q.next()) {
            ++documents;
            QCOMPARE(serials.count(q.value(0).toString()), 1);
        }
        QVERIFY(documents > 0);
        // Both terminals, and the clerk named.
        QCOMPARE(columnSet(1), (QSet<QString>{QStringLiteral("T01"), QStringLiteral("T02")}));
        QVERIFY(day()->terminalFilter()->findData(QStringLiteral("T02")) > 0);
        save(QStringLiteral("supervisor-day"));
    }

    void filtersAndSearch() {
        QComboBox* terminal = day()->terminalFilter();
        terminal->setCurrentIndex(terminal->findData(QStringLiteral("T02")));
        QCOMPARE(day()->visibleVisits()->rowCount(),
                 centralCount(QStringLiteral("SELECT count(*) FROM visits WHERE business_date = ? AND terminal_id = "
                                             "'T02'"),
                              {kDay}));
        QCOMPARE(columnSet(1), QSet<QString>{QStringLiteral("T02")});
        terminal->setCurrentIndex(0);
        // Every state the filter offers shows exactly the visits in that state.
        QComboBox* state = day()->stateFilter();
        int sum = 0;
        for (int i = 1; i < state->count(); ++i) {
            state->setCurrentIndex(i);
            sum += day()->visibleVisits()->rowCount();
            for (const QString& shown : column(9))
                QCOMPARE(shown, state->currentText());
        }
        QCOMPARE(sum, day()->totalVisits());
        state->setCurrentIndex(0);
        // Search by serial, by keyboard.
        const QString serial = central()
                                   .scalar(QStringLiteral("SELECT serial FROM issued_documents WHERE business_date = ? "
                                                          "ORDER BY serial DESC"),
                                           {kDay})
                                   .toString();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(day()->searchEdit()->hasFocus());
        QTest::keyClicks(day()->searchEdit(), serial);
        QCOMPARE(day()->visibleVisits()->rowCount(), 1);
        QVERIFY(column(6).first().contains(serial));
        // By reception number.
        const QString ticket = central()
                                   .scalar(QStringLiteral("SELECT reception_number FROM visits WHERE terminal_id = "
                                                          "'T01' ORDER BY received_at"))
                                   .toString();
        day()->searchEdit()->setText(ticket);
        QVERIFY(day()->visibleVisits()->rowCount() >= 1);
        for (const QString& shown : column(2))
            QCOMPARE(shown, ticket);
        day()->searchEdit()->clear();
        QCOMPARE(day()->visibleVisits()->rowCount(), day()->totalVisits());
    }

    // Visits another terminal syncs while the window is open appear by themselves (the worker polls every second).
    void laterSyncAppearsWithoutRefresh() {
        const int before = day()->totalVisits();
        QVERIFY(simulate(QStringLiteral("T03"), 3, 9));
        const int after = centralCount(QStringLiteral("SELECT count(*) FROM visits WHERE business_date = ?"), {kDay});
        QCOMPARE(after, before + 3);
        QTRY_COMPARE_WITH_TIMEOUT(day()->totalVisits(), after, 5000);
        QVERIFY(!day()->isListening()); // the embedded store is polled
        QVERIFY(day()->terminalFilter()->findData(QStringLiteral("T03")) > 0);
        // Nothing twice.
        QSet<QString> ids;
        for (int row = 0; row < day()->visibleVisits()->rowCount(); ++row)
            ids.insert(day()->visibleVisits()->index(row, 0).data(Qt::UserRole + 1).toString());
        QCOMPARE(ids.size(), after);
    }

    void storyShowsAChainBreak() {
        // The first visit of T01, by keyboard: search its reception number, Enter opens its story.
        const QString visitId = central()
                                    .scalar(QStringLiteral("SELECT v.id FROM visits v JOIN issued_documents d ON "
                                                           "d.visit_id = v.id WHERE v.terminal_id = 'T01' ORDER BY "
                                                           "v.received_at"))
                                    .toString();
        QVERIFY(!visitId.isEmpty());
        const QString serial =
            central()
                .scalar(QStringLiteral("SELECT serial FROM issued_documents WHERE visit_id = ?"), {visitId})
                .toString();
        QSignalSpy story(day(), &ui::DayPage::storyLoaded);
        day()->searchEdit()->setFocus();
        day()->searchEdit()->setText(serial);
        QTest::keyClick(day()->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!story.isEmpty(), 20000);
        QCOMPARE(day()->story().visit.id, visitId);
        QVERIFY2(day()->storyError().isEmpty(), qPrintable(day()->storyError()));
        QString problems;
        for (const supervisor::ChainCheck& c : day()->story().chains)
            problems += c.terminalId + QLatin1Char(' ') + c.report.problem + QLatin1Char(';');
        QVERIFY2(day()->story().intact(), qPrintable(problems));
        QVERIFY(day()->storyEvents()->rowCount() > 0);
        QStringList actions;
        for (const supervisor::StoryEvent& e : day()->story().events)
            actions.append(e.event.action);
        QVERIFY2(actions.contains(QStringLiteral("document.issue")), qPrintable(actions.join(QLatin1Char(','))));
        save(QStringLiteral("supervisor-story"));

        // An event edited at the centre: the chain check shows the break, the events from there marked.
        QVERIFY(central().exec(QStringLiteral("UPDATE audit_events SET reason = 'edited' WHERE action = "
                                              "'document.issue' AND subject = ?"),
                               {serial}));
        story.clear();
        QTest::keyClick(day()->table(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!story.isEmpty(), 20000);
        QVERIFY(!day()->story().intact());
        QVERIFY2(day()->chainText().contains(QStringLiteral("T01")), qPrintable(day()->chainText()));
        int marked = 0;
        for (int row = 0; row < day()->storyEvents()->rowCount(); ++row)
            marked += day()->story().events.at(row).afterBreak ? 1 : 0;
        QVERIFY(marked > 0);
        save(QStringLiteral("supervisor-story-break"));
        day()->searchEdit()->clear();
    }

    // A clerk asks at T02 for a void; the request appears by itself; refused without a reason; approved with one;
    // then verify-code refuses the serial and the day shows the visit voided.
    void voidRequestApproved() {
        const QString serial = central()
                                   .scalar(QStringLiteral("SELECT serial FROM issued_documents WHERE business_date = ? "
                                                          "AND serial LIKE 'T02-%' AND voided_at IS NULL ORDER BY "
                                                          "serial"),
                                           {kDay})
                                   .toString();
        QVERIFY(!serial.isEmpty());
        const QString code =
            central()
                .scalar(QStringLiteral("SELECT verification_code FROM issued_documents WHERE serial = ?"), {serial})
                .toString();
        QCOMPARE(cli(QStringLiteral("T02"), {QStringLiteral("verify-code"), code}).code, 0);
        Run r = cli(QStringLiteral("T02"),
                    {QStringLiteral("supervisor"), QStringLiteral("void"), QStringLiteral("request"), serial,
                     QStringLiteral("--reason"), QStringLiteral("宛名の誤り"), QStringLiteral("--as"),
                     QStringLiteral("clerk1")},
                    kClerk);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_window->tabs()->setCurrentWidget(voids());
        const auto pendingIndex = [&] {
            for (int i = 0; i < voids()->requests().size(); ++i) {
                if (voids()->requests().at(i).serial == serial &&
                    voids()->requests().at(i).state == QLatin1String("pending"))
                    return i;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(pendingIndex() >= 0, 10000);
        voids()->requestTable()->selectRow(pendingIndex());
        QSignalSpy answered(voids(), &ui::VoidsPage::answered);
        voids()->decisionReason()->clear();
        voids()->approveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
        QVERIFY(!voids()->lastOk());
        QVERIFY(!voids()->resultText().isEmpty());
        QCOMPARE(cli(QStringLiteral("T02"), {QStringLiteral("verify-code"), code}).code, 0);
        QTRY_VERIFY(pendingIndex() >= 0);
        voids()->requestTable()->selectRow(pendingIndex());
        voids()->decisionReason()->insert(QStringLiteral("確認済み"));
        answered.clear();
        voids()->approveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
        QVERIFY2(voids()->lastOk(), qPrintable(voids()->resultText()));
        save(QStringLiteral("supervisor-voids"));
        r = cli(QStringLiteral("T02"), {QStringLiteral("verify-code"), code});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("was voided")) && r.err.contains(QStringLiteral("宛名の誤り")),
                 qPrintable(r.err));
        // The day's table follows by itself.
        day()->searchEdit()->setText(serial);
        QTRY_VERIFY_WITH_TIMEOUT(day()->visibleVisits()->rowCount() == 1 &&
                                     column(9).value(0) == ui::DayPage::stateName(QStringLiteral("voided")),
                                 10000);
        day()->searchEdit()->clear();
        // The decision is in the supervisor terminal's audit trail, with the real actor.
        m_background->drain();
        Result<store::Connection> local = store::Connection::openSqlite(m_settings->localDatabasePath());
        QVERIFY(local);
        QCOMPARE(local
                     ->scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                             "'document.void_approve' AND actor <> ''"))
                     .toInt(),
                 1);
    }

    void reissueGivesANewValidSerial() {
        const QString serial = central()
                                   .scalar(QStringLiteral("SELECT serial FROM issued_documents WHERE business_date = ? "
                                                          "AND serial LIKE 'T01-%' AND voided_at IS NULL ORDER BY "
                                                          "serial DESC"),
                                           {kDay})
                                   .toString();
        const QString code =
            central()
                .scalar(QStringLiteral("SELECT verification_code FROM issued_documents WHERE serial = ?"), {serial})
                .toString();
        voids()->serialEdit()->setText(serial);
        voids()->reasonEdit()->insert(QStringLiteral("汚損"));
        QSignalSpy answered(voids(), &ui::VoidsPage::answered);
        voids()->reissueButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
        QVERIFY2(voids()->lastOk(), qPrintable(voids()->resultText()));
        const supervisor::Reissued fresh = voids()->lastReissue();
        QCOMPARE(fresh.document.reissueOf, serial);
        QVERIFY(voids()->resultText().contains(fresh.document.serial));
        QCOMPARE(cli(QStringLiteral("T01"), {QStringLiteral("verify-code"), fresh.verificationCode}).code, 0);
        QCOMPARE(cli(QStringLiteral("T01"), {QStringLiteral("verify-code"), code}).code, 1);
    }

    // Counts per denomination (one terminal with a difference, refused without a reason), close → 日報 PDF, a closed
    // day refuses a void, reopen needs a reason and is audited.
    void cashCloseAndNippo() {
        m_window->tabs()->setCurrentWidget(cash());
        QSignalSpy loaded(cash(), &ui::CashPage::loaded);
        cash()->setDay(QDate::fromString(kDay, Qt::ISODate));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && cash()->cash().day == QDate::fromString(kDay, Qt::ISODate),
                                 20000);
        QCOMPARE(cash()->cash().terminals.size(), 3);
        QSignalSpy answered(cash(), &ui::CashPage::answered);
        // Sets the pieces of the terminal in `row` to `amount`, note by note, and records the count.
        const auto count = [&](int row, qint64 amount, const QString& reason) {
            cash()->terminalTable()->selectRow(row);
            for (int denomination : supervisor::denominations()) {
                cash()->pieces(denomination)->setValue(int(amount / denomination));
                amount %= denomination;
            }
            cash()->differenceReason()->clear();
            cash()->differenceReason()->insert(reason);
            answered.clear();
            loaded.clear();
            cash()->countButton()->click();
            return QTest::qWaitFor([&] { return !answered.isEmpty() && !loaded.isEmpty(); }, 20000);
        };
        for (int row = 0; row < cash()->cash().terminals.size(); ++row) {
            const supervisor::TerminalCash t = cash()->cash().terminals.at(row);
            // Cash taken, less the fees of the day's certificates voided without a reissue that were paid in cash.
            const QString refunded = QStringLiteral(
                "FROM issued_documents d JOIN visits v ON v.id = d.visit_id WHERE v.terminal_id = ? AND "
                "d.business_date = ? AND d.voided_at IS NOT NULL AND d.fee > 0 AND NOT EXISTS (SELECT 1 FROM "
                "issued_documents r WHERE r.reissue_of = d.serial) AND (SELECT min(p.method) FROM payments p WHERE "
                "p.visit_id = d.visit_id) ");
            const qint64 cashRefunds =
                central()
                    .scalar(QStringLiteral("SELECT coalesce(sum(d.fee), 0) ") + refunded + QStringLiteral("= 'cash'"),
                            {t.terminalId, kDay})
                    .toLongLong();
            QCOMPARE(t.refundedCash, cashRefunds);
            QCOMPARE(
                t.expectedCash,
                central()
                        .scalar(QStringLiteral("SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN visits v ON "
                                               "v.id = p.visit_id WHERE v.terminal_id = ? AND p.business_date = ? "
                                               "AND p.method = 'cash'"),
                                {t.terminalId, kDay})
                        .toLongLong() -
                    cashRefunds);
            QCOMPARE(int(t.refunds.size()), centralCount(QStringLiteral("SELECT count(*) ") + refunded +
                                                             QStringLiteral("IN ('cash', 'emoney', 'qr', 'credit')"),
                                                         {t.terminalId, kDay}));
            // Every cashless payment with the reference its reader gave (simulate records one for each).
            QCOMPARE(int(t.cashless.size()),
                     centralCount(QStringLiteral("SELECT count(*) FROM payments p JOIN visits v ON v.id = p.visit_id "
                                                 "WHERE v.terminal_id = ? AND p.business_date = ? AND p.method IN "
                                                 "('emoney', 'qr', 'credit') AND p.reference LIKE ?"),
                                  {t.terminalId, kDay, QStringLiteral("%-") + t.terminalId + QStringLiteral("-%")}));
            cash()->terminalTable()->selectRow(row);
            QCOMPARE(cash()->cashlessTable()->rowCount(), int(t.cashless.size() + t.refunds.size()));
            if (row == 0) { // 1,000 yen too much: a difference needs a reason
                QVERIFY(count(row, t.expectedCash + 1000, {}));
                QVERIFY(!cash()->lastOk());
                QVERIFY(count(row, t.expectedCash + 1000, QStringLiteral("釣銭の渡し忘れ")));
            } else
                QVERIFY(count(row, t.expectedCash, {}));
            QVERIFY2(cash()->lastOk(), qPrintable(cash()->resultText()));
        }
        QCOMPARE(cash()->cash().terminals.first().difference, 1000);
        QCOMPARE(cash()->cash().terminals.first().reason, QStringLiteral("釣銭の渡し忘れ"));

        answered.clear();
        cash()->closeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 60000);
        QVERIFY2(cash()->lastOk(), qPrintable(cash()->resultText()));
        QTRY_VERIFY(cash()->cash().closed);
        QCOMPARE(cash()->nippoFiles().size(), 3);
        for (const QString& file : cash()->nippoFiles()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            const QString out = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(out.contains(QStringLiteral("窓口業務日報")), qPrintable(file));
            const QString terminal = QFileInfo(file).completeBaseName().section(QLatin1Char('-'), -1);
            QVERIFY2(out.contains(terminal), qPrintable(out));
        }
        QVERIFY(cash()->preview()->pageCount() >= 1);
        save(QStringLiteral("supervisor-cash-closed"));

        // Closed: a void of that day is refused by the core.
        m_window->tabs()->setCurrentWidget(voids());
        voids()->serialEdit()->setText(
            central()
                .scalar(QStringLiteral("SELECT serial FROM issued_documents WHERE business_date = ? AND voided_at IS "
                                       "NULL"),
                        {kDay})
                .toString());
        voids()->reasonEdit()->setText(QStringLiteral("誤交付"));
        QSignalSpy voidAnswer(voids(), &ui::VoidsPage::answered);
        voids()->voidButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!voidAnswer.isEmpty(), 20000);
        QVERIFY(!voids()->lastOk());

        // Reopen: refused without a reason, audited with one.
        m_window->tabs()->setCurrentWidget(cash());
        answered.clear();
        cash()->reopenButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
        QVERIFY(!cash()->lastOk());
        cash()->reopenReason()->insert(QStringLiteral("計数の誤り"));
        answered.clear();
        cash()->reopenButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!answered.isEmpty(), 20000);
        QVERIFY2(cash()->lastOk(), qPrintable(cash()->resultText()));
        QTRY_VERIFY(!cash()->cash().closed);
        m_background->drain();
        Result<store::Connection> local = store::Connection::openSqlite(m_settings->localDatabasePath());
        QVERIFY(local);
        QCOMPARE(local
                     ->scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'day.reopen' AND "
                                             "subject = ? AND reason = ?"),
                              {kDay, QStringLiteral("計数の誤り")})
                     .toInt(),
                 1);
    }

    // Every KPI has its chart with its series, and the series add up to what the centre holds, for every bucket.
    void chartsHaveEveryKpi() {
        m_window->tabs()->setCurrentWidget(kpi());
        const QDate d = QDate::fromString(kDay, Qt::ISODate);
        const int visits = centralCount(QStringLiteral("SELECT count(*) FROM visits WHERE business_date = ?"), {kDay});
        const int procedures = centralCount(QStringLiteral("SELECT count(*) FROM procedure_requests r JOIN visits v ON "
                                                           "v.id = r.visit_id WHERE v.business_date = ?"),
                                            {kDay});
        const auto barSum = [](QChart* chart, int set) {
            qreal sum = 0;
            const auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
            if (!series || set >= series->count())
                return qreal(-1);
            for (int i = 0; i < series->barSets().at(set)->count(); ++i)
                sum += series->barSets().at(set)->at(i);
            return sum;
        };
        const auto pieSum = [](QChart* chart) {
            const auto* series = qobject_cast<QPieSeries*>(chart->series().value(0));
            return series ? series->sum() : qreal(-1);
        };
        for (supervisor::KpiBucket bucket :
             {supervisor::KpiBucket::Hour, supervisor::KpiBucket::Day, supervisor::KpiBucket::Month}) {
            kpi()->setPeriod(d, d, bucket);
            QSignalSpy computed(kpi(), &ui::KpiPage::computed);
            kpi()->compute();
            QTRY_VERIFY_WITH_TIMEOUT(!computed.isEmpty(), 30000);
            QVERIFY2(computed.first().first().toBool(), qPrintable(kpi()->errorText()));
            QCOMPARE(kpi()->kpis().visits, qint64(visits));
            QCOMPARE(kpi()->chartNames().size(), 8);
            for (const QString& name : kpi()->chartNames()) {
                QChart* chart = kpi()->chart(name);
                QVERIFY2(chart->series().size() == 1, qPrintable(name));
                // A bar chart is read off its axes: categories named, values scaled, both drawn and attached.
                auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().first());
                if (!bars)
                    continue;
                const QList<QAbstractAxis*> attached = bars->attachedAxes();
                QVERIFY2(attached.size() == 2, qPrintable(name));
                auto* categories = qobject_cast<QBarCategoryAxis*>(
                    attached.first()->type() == QAbstractAxis::AxisTypeBarCategory ? attached.first()
                                                                                   : attached.last());
                QVERIFY2(categories, qPrintable(name));
                QVERIFY2(categories->isVisible() && categories->labelsVisible(), qPrintable(name));
                QVERIFY2(categories->count() == bars->barSets().first()->count(), qPrintable(name));
                for (const QString& category : categories->categories()) {
                    QVERIFY2(!category.trimmed().isEmpty(), qPrintable(name));
                    if (name == QLatin1String("procedures")) // names, never the catalogue's ids
                        QVERIFY2(m_procedureNames.values().contains(category), qPrintable(category));
                }
                auto* values = qobject_cast<QValueAxis*>(
                    attached.first()->type() == QAbstractAxis::AxisTypeValue ? attached.first() : attached.last());
                QVERIFY2(values && values->isVisible() && values->labelsVisible(), qPrintable(name));
                // Round ticks from 0 that reach past the longest bar: a count is read off the axis as a count.
                qreal top = 0;
                for (const QBarSet* set : bars->barSets())
                    for (int i = 0; i < set->count(); ++i)
                        top = qMax(top, set->at(i));
                QCOMPARE(values->min(), qreal(0));
                QVERIFY2(values->max() >= top, qPrintable(name));
                QVERIFY2(values->tickType() == QValueAxis::TicksDynamic && values->tickInterval() > 0,
                         qPrintable(name));
                if (name != QLatin1String("durations"))
                    QVERIFY2(values->tickInterval() == std::round(values->tickInterval()), qPrintable(name));
                QVERIFY2(chart->legend()->isVisible() == (bars->count() > 1), qPrintable(name));
            }
            QCOMPARE(barSum(kpi()->chart(QStringLiteral("buckets")), 0), qreal(visits));
            QCOMPARE(barSum(kpi()->chart(QStringLiteral("buckets")), 1), qreal(procedures));
            QCOMPARE(barSum(kpi()->chart(QStringLiteral("procedures")), 0),
                     qreal(centralCount(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT r.procedure_id, "
                                                       "r.visit_id FROM procedure_requests r JOIN visits v ON v.id = "
                                                       "r.visit_id WHERE v.business_date = ?) x"),
                                        {kDay})));
            QCOMPARE(pieSum(kpi()->chart(QStringLiteral("channels"))), qreal(visits));
            QCOMPARE(barSum(kpi()->chart(QStringLiteral("ages")), 0), qreal(visits));
            QCOMPARE(
                qobject_cast<QAbstractBarSeries*>(kpi()->chart(QStringLiteral("durations"))->series().first())->count(),
                2);
            QCOMPARE(pieSum(kpi()->chart(QStringLiteral("card"))), qreal(visits));
            QCOMPARE(pieSum(kpi()->chart(QStringLiteral("kiosk"))), qreal(visits));
            // Prefilled against typed fields, as recorded with each request.
            const int fields = centralCount(QStringLiteral("SELECT sum(r.fields_prefilled) + sum(r.fields_typed) FROM "
                                                           "procedure_requests r JOIN visits v ON v.id = r.visit_id "
                                                           "WHERE v.business_date = ?"),
                                            {kDay});
            QVERIFY(fields > 0);
            QCOMPARE(pieSum(kpi()->chart(QStringLiteral("fields"))), qreal(fields));
            QVERIFY(kpi()->kpis().fieldsPrefilled > 0);
            QVERIFY(!kpi()->summaryText().isEmpty());
        }
        save(QStringLiteral("supervisor-kpis"));
    }

    // The export button writes, through the core, the very files `supervisor export` writes for the same period.
    void openDataFromTheScreen() {
        m_window->tabs()->setCurrentWidget(kpi());
        const QDate d = QDate::fromString(kDay, Qt::ISODate);
        kpi()->setPeriod(d, d, supervisor::KpiBucket::Day);
        const QString screenDir = m_dir.filePath(QStringLiteral("open-screen"));
        kpi()->openDataDirEdit()->setText(screenDir);
        QSignalSpy exported(kpi(), &ui::KpiPage::exported);
        QTest::mouseClick(kpi()->exportButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 30000);
        QVERIFY2(exported.first().first().toBool(), qPrintable(kpi()->exportText()));
        QCOMPARE(kpi()->exportedFiles(), (QStringList{screenDir + QStringLiteral("/132039_counter_procedures.csv"),
                                                      screenDir + QStringLiteral("/132039_counter_procedures.json")}));
        const QString cliDir = m_dir.filePath(QStringLiteral("open-cli"));
        const Run r = cli(QStringLiteral("S01"),
                          {QStringLiteral("supervisor"), QStringLiteral("export"), QStringLiteral("--from"), kDay,
                           QStringLiteral("--to"), kDay, QStringLiteral("--out"), cliDir, QStringLiteral("--as"),
                           QStringLiteral("boss1")},
                          kBoss);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString& name :
             {QStringLiteral("132039_counter_procedures.csv"), QStringLiteral("132039_counter_procedures.json")}) {
            QFile screen(QDir(screenDir).filePath(name));
            QFile fromCli(QDir(cliDir).filePath(name));
            QVERIFY(screen.open(QIODevice::ReadOnly) && fromCli.open(QIODevice::ReadOnly));
            const QByteArray bytes = screen.readAll();
            QVERIFY(bytes.startsWith(QByteArrayLiteral("\xE5\x85\xA8")) || name.endsWith(QLatin1String(".json")));
            QCOMPARE(bytes, fromCli.readAll());
        }
        // Audited like the CLI's.
        Result<store::Connection> local = store::Connection::openSqlite(m_settings->localDatabasePath());
        QVERIFY(local);
        QVERIFY(local
                    ->scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'export.open_data' AND "
                                            "subject = ?"),
                             {kDay + QStringLiteral("..") + kDay})
                    .toInt() >= 2);
        save(QStringLiteral("supervisor-open-data"));
    }

    // Every kind of alert, each made the way it happens: an audit event edited and one deleted at the centre, a
    // terminal silent for longer than the setting, rows the centre refuses until they are set aside, a certificate
    // whose serial the centre holds for another, a visit re-sent with other content. The page lists each by itself
    // (it reads every few seconds), in Japanese, and the CLI's `supervisor alerts --json` gives the same.
    void alertsOfEveryKind() {
        m_window->tabs()->setCurrentWidget(alerts());
        // The chains: T01's event edited in storyShowsAChainBreak; one of T02's events deleted at the centre.
        QVERIFY(central().exec(QStringLiteral("DELETE FROM audit_events WHERE terminal_id = 'T02' AND seq = (SELECT "
                                              "max(seq) - 2 FROM audit_events WHERE terminal_id = 'T02')")));
        // T03 has not synced for an hour (its last round as the centre recorded it).
        QVERIFY(central().exec(QStringLiteral("UPDATE sync_heartbeats SET last_sync_at = ? WHERE terminal_id = 'T03'"),
                               {QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs)}));
        // T04's visits are refused by the centre (a broken central trigger): after three rounds they are set aside.
        QVERIFY(central().exec(QStringLiteral("CREATE TRIGGER refuse_t04 BEFORE INSERT ON visits WHEN "
                                              "NEW.terminal_id = 'T04' BEGIN SELECT RAISE(ABORT, 'refused for the "
                                              "test'); END")));
        QVERIFY(simulateOnly(QStringLiteral("T04"), 1, 21));
        // T05 issues a certificate whose serial the centre already holds for another certificate.
        int seed = 30;
        while (localOf(QStringLiteral("T05")).scalar(QStringLiteral("SELECT count(*) FROM issued_documents")).toInt() ==
                   0 &&
               seed < 40)
            QVERIFY(simulateOnly(QStringLiteral("T05"), 1, seed++));
        const QString serial =
            localOf(QStringLiteral("T05")).scalar(QStringLiteral("SELECT serial FROM issued_documents")).toString();
        QVERIFY(!serial.isEmpty());
        const QString otherVisit =
            central().scalar(QStringLiteral("SELECT id FROM visits WHERE terminal_id = 'T01'")).toString();
        QVERIFY(central().exec(
            QStringLiteral("INSERT INTO issued_documents (id, serial, visit_id, document_type, resident_id, copies, "
                           "fee, content_digest, verification_code, issued_at, business_date) VALUES ('collider', ?, "
                           "?, 'juminhyo', 'r-1', 1, 0, 'd', 'collider-code', '2026-04-01T01:00:00.000Z', ?)"),
            {serial, otherVisit, kDay}));
        for (int round = 0; round < 3; ++round) {
            cli(QStringLiteral("T04"), {QStringLiteral("sync"), QStringLiteral("--once")});
            cli(QStringLiteral("T05"), {QStringLiteral("sync"), QStringLiteral("--once")});
        }
        QCOMPARE(localOf(QStringLiteral("T04")).scalar(QStringLiteral("SELECT count(*) FROM outbox_set_aside")).toInt(),
                 1);
        QVERIFY(localOf(QStringLiteral("T05")).scalar(QStringLiteral("SELECT count(*) FROM outbox_set_aside")).toInt() >
                0);
        // T06's visit comes again with another reception number (a restored backup): a conflict, kept at the centre.
        QVERIFY(simulateOnly(QStringLiteral("T06"), 1, 41));
        {
            const store::Connection t06 = localOf(QStringLiteral("T06"));
            QVERIFY(t06.exec(QStringLiteral("CREATE TABLE outbox_copy AS SELECT * FROM outbox WHERE kind = 'visit'")));
        }
        QCOMPARE(cli(QStringLiteral("T06"), {QStringLiteral("sync"), QStringLiteral("--once")}).code, 0);
        {
            const store::Connection t06 = localOf(QStringLiteral("T06"));
            const QString number = t06.scalar(QStringLiteral("SELECT reception_number FROM visits")).toString();
            QVERIFY(!number.isEmpty());
            QVERIFY(t06.exec(QStringLiteral("UPDATE outbox_copy SET payload = replace(payload, ?, ?)"),
                             {number, number + QStringLiteral("9")}));
            QVERIFY(t06.exec(QStringLiteral("INSERT INTO outbox SELECT * FROM outbox_copy")));
        }
        cli(QStringLiteral("T06"), {QStringLiteral("sync"), QStringLiteral("--once")});

        const QSet<QString> expected = {QStringLiteral("chain_broken T01"),     QStringLiteral("chain_broken T02"),
                                        QStringLiteral("not_synced T03"),       QStringLiteral("outbox_stuck T04"),
                                        QStringLiteral("serial_collision T05"), QStringLiteral("sync_conflict T06")};
        // Read by itself (every 5 s), not by a click.
        QTRY_VERIFY_WITH_TIMEOUT(alertPairs().contains(expected), 15000);
        for (const supervisor::Alert& a : alerts()->alerts()) {
            if (a.terminalId == QLatin1String("T01") && a.kind == QLatin1String(supervisor::kAlertChainBroken))
                // The edited event no longer carries the terminal's signature (checked before its hash).
                QVERIFY2(a.detail.contains(QStringLiteral("signature")) || a.detail.contains(QStringLiteral("altered")),
                         qPrintable(a.detail));
            if (a.terminalId == QLatin1String("T02") && a.kind == QLatin1String(supervisor::kAlertChainBroken))
                QVERIFY2(a.detail.contains(QStringLiteral("missing")), qPrintable(a.detail));
            if (a.kind == QLatin1String(supervisor::kAlertSerialCollision))
                QVERIFY2(a.detail.contains(QStringLiteral("serial")), qPrintable(a.detail));
        }
        // Terminals with nothing wrong are not named.
        QVERIFY(!alertPairs().contains(QStringLiteral("not_synced T01")));
        QCOMPARE(alerts()->table()->rowCount(), int(alerts()->alerts().size()));
        QSet<QString> shownKinds;
        for (int row = 0; row < alerts()->table()->rowCount(); ++row)
            shownKinds.insert(alerts()->table()->item(row, 0)->text());
        for (const char* kind :
             {supervisor::kAlertChainBroken, supervisor::kAlertNotSynced, supervisor::kAlertOutboxStuck,
              supervisor::kAlertSerialCollision, supervisor::kAlertSyncConflict}) {
            const QString text = ui::AlertsPage::kindText(QLatin1String(kind));
            QVERIFY2(text != QLatin1String(kind) && shownKinds.contains(text), qPrintable(text));
        }
        QVERIFY(m_window->tabs()
                    ->tabText(m_window->tabs()->indexOf(alerts()))
                    .contains(QString::number(alerts()->alerts().size())));
        save(QStringLiteral("supervisor-alerts"));

        // The same from the CLI, for scripts.
        const Run r = cli(QStringLiteral("S01"),
                          {QStringLiteral("supervisor"), QStringLiteral("alerts"), QStringLiteral("--json"),
                           QStringLiteral("--as"), QStringLiteral("boss1")},
                          kBoss);
        QCOMPARE(r.code, 0);
        QSet<QString> fromCli;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            fromCli.insert(v[QStringLiteral("kind")].toString() + QLatin1Char(' ') +
                           v[QStringLiteral("terminal_id")].toString());
        QVERIFY2(fromCli.contains(expected), qPrintable(r.out));
        // A clerk is refused by the core there too.
        const Run clerk = cli(
            QStringLiteral("S01"),
            {QStringLiteral("supervisor"), QStringLiteral("alerts"), QStringLiteral("--as"), QStringLiteral("clerk1")},
            kClerk);
        QVERIFY(clerk.code != 0);
        QVERIFY(central().exec(QStringLiteral("DROP TRIGGER refuse_t04")));
    }

    void everyControlIsNamed() {
        for (int i = 0; i < m_window->tabs()->count(); ++i) {
            m_window->tabs()->setCurrentIndex(i);
            const QStringList unnamed = test::unnamedControls(m_window.get());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
            QVERIFY(test::interactiveControls(m_window.get()) > 3);
        }
        m_window->tabs()->setCurrentIndex(0);
    }

private:
    QTemporaryDir m_dir;
    QString m_cli;
    std::unique_ptr<Settings> m_settings;
    std::optional<privacy::KeyRing> m_keys;
    std::unique_ptr<supervisor::SupervisorBackground> m_background;
    std::unique_ptr<ui::SupervisorWindow> m_window;
    QHash<QString, QString> m_procedureNames;
};

QTEST_MAIN(TestSupervisorWindow)
#include "tst_supervisorwindow.moc"
