// Sealed My Numbers bound to their row: a value copied into another row no longer opens; a store written with the old
// crypto_secretbox values is re-sealed by its schema step; `madoguchi-cli keys rotate` re-seals everything under a
// new key in one transaction, for an admin only, and a failure half-way leaves the old key and every value as they
// were.
#include "Settings.h"
#include "audit/AuditTrail.h"
#include "issuance/Issuance.h"
#include "privacy/KeyRing.h"
#include "privacy/SealedValues.h"
#include "store/Connection.h"
#include "store/Schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {
const QString kMyNumber = QStringLiteral("952601815908"); // the fictitious demo card's number

struct Run {
    int code = -1;
    QString out;
    QString err;
};

store::Connection openStore(const QString& path, int version = -1) {
    Result<store::Connection> c = store::Connection::openSqlite(path);
    if (!c)
        qFatal("cannot open %s", qPrintable(path));
    if (!(version < 0 ? store::Migrations::migrate(*c, store::Schema::Local)
                      : store::Migrations::migrate(*c, store::Schema::Local, version)))
        qFatal("cannot migrate %s", qPrintable(path));
    return std::move(*c.value);
}

// A visit whose request keeps the resident's My Number, as the 児童手当 claim does.
issuance::VisitRecord visitWithMyNumber(const QString& residentId) {
    issuance::VisitRecord record;
    record.visit.receptionNumber = QStringLiteral("A-0001");
    record.visit.residentId = residentId;
    domain::ProcedureRequest request;
    request.procedureId = QStringLiteral("jidoteate-nintei");
    request.formData = QStringLiteral("{}");
    request.myNumber = kMyNumber;
    request.myNumberLawful = true;
    record.requests.append(request);
    return record;
}

struct Stored {
    QString id;
    QString visitId;
    QByteArray sealed;
    privacy::SealPlace place() const { return privacy::SealPlace::myNumberOf(id, visitId); }
};

QList<Stored> storedValues(const store::Connection& local) {
    QList<Stored> values;
    QSqlQuery q(local.db());
    q.exec(QStringLiteral("SELECT id, visit_id, my_number_sealed FROM procedure_requests "
                          "WHERE my_number_sealed IS NOT NULL ORDER BY id"));
    while (q.next())
        values.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()});
    return values;
}

// The sealed values in the outbox's visit bundles, with their places.
QList<Stored> outboxValues(const store::Connection& local) {
    QList<Stored> values;
    QSqlQuery q(local.db());
    q.exec(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'visit' ORDER BY seq"));
    while (q.next()) {
        const QJsonArray requests = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                        .object()
                                        .value(QStringLiteral("requests"))
                                        .toArray();
        for (const QJsonValue& r : requests) {
            const QJsonObject row = r.toObject();
            if (row.value(QStringLiteral("my_number_sealed")).isString())
                values.append(
                    {row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("visit_id")).toString(),
                     QByteArray::fromBase64(row.value(QStringLiteral("my_number_sealed")).toString().toLatin1())});
        }
    }
    return values;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSealing : public QObject {
    Q_OBJECT

    Run cli(const QStringList& args, const QByteArray& input = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_cliDir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), m_cliDir.filePath(QStringLiteral("madoguchi.ini")));
        env.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"), m_cliDir.filePath(QStringLiteral("no-pcscd.comm")));
        process.setProcessEnvironment(env);
        process.start(m_cli, QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run rotate(const char* login, const QByteArray& password) {
        return cli(
            {QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--as"), QString::fromLatin1(login)},
            password + '\n');
    }

    qint64 events(const store::Connection& local, const QString& action) {
        return local.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"), {action})
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
        QVERIFY(!m_cli.isEmpty());
        QVERIFY(m_dir.isValid() && m_cliDir.isValid());
        Result<privacy::KeyRing> keys = privacy::KeyRing::load(m_dir.filePath(QStringLiteral("keys/office.key")));
        QVERIFY(keys);
        m_keys.emplace(std::move(*keys.value));
    }

    // The hole: a sealed value moved to another resident's request opened there, as that resident's My Number.
    void copiedIntoAnotherRowItNoLongerOpens() {
        const store::Connection local = openStore(m_dir.filePath(QStringLiteral("copy.sqlite")));
        issuance::Issuance issuance(local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        QVERIFY(issuance.record(visitWithMyNumber(QStringLiteral("R000001"))));
        QVERIFY(issuance.record(visitWithMyNumber(QStringLiteral("R000002"))));
        const QList<Stored> before = storedValues(local);
        QCOMPARE(before.size(), 2);
        for (const Stored& s : before) {
            QVERIFY(!s.sealed.contains(kMyNumber.toLatin1()));
            QCOMPARE(m_keys->unsealMyNumber(s.sealed, s.place()), kMyNumber);
        }
        // What the old sealing allowed: a box without associated data opens wherever it is put.
        const QByteArray legacy = m_keys->sealLegacy(kMyNumber.toUtf8());
        QCOMPARE(m_keys->unsealLegacy(legacy), kMyNumber.toUtf8());

        // The attack, in the store itself: the first row's value copied over the second's.
        QVERIFY(local.exec(QStringLiteral("UPDATE procedure_requests SET my_number_sealed = ? WHERE id = ?"),
                           {before.at(0).sealed, before.at(1).id}));
        const QList<Stored> after = storedValues(local);
        QCOMPARE(after.at(1).sealed, before.at(0).sealed);
        QVERIFY(m_keys->unsealMyNumber(after.at(1).sealed, after.at(1).place()).isEmpty());
        QCOMPARE(m_keys->unsealMyNumber(after.at(0).sealed, after.at(0).place()), kMyNumber);
        // Nor in another column or table with the same ids, nor for another visit of the same request id.
        privacy::SealPlace elsewhere = before.at(0).place();
        elsewhere.column = QStringLiteral("form_data");
        QVERIFY(m_keys->unsealMyNumber(before.at(0).sealed, elsewhere).isEmpty());
        elsewhere = before.at(0).place();
        elsewhere.table = QStringLiteral("pre_entries");
        QVERIFY(m_keys->unsealMyNumber(before.at(0).sealed, elsewhere).isEmpty());
        QVERIFY(m_keys
                    ->unsealMyNumber(before.at(0).sealed,
                                     privacy::SealPlace::myNumberOf(before.at(0).id, before.at(1).visitId))
                    .isEmpty());
        // The outbox carries the same bound value to the centre.
        const QList<Stored> waiting = outboxValues(local);
        QCOMPARE(waiting.size(), 2);
        for (const Stored& s : waiting)
            QCOMPARE(m_keys->unsealMyNumber(s.sealed, s.place()), kMyNumber);
    }

    // A store written before step 9: its crypto_secretbox values (rows and outbox) open bound to their row after it.
    void oldStoreIsResealedByItsSchemaStep() {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            const store::Connection old = openStore(path, 8);
            const QByteArray legacy = m_keys->sealLegacy(kMyNumber.toUtf8());
            QVERIFY(old.exec(QStringLiteral(
                "INSERT INTO visits (id, terminal_id, reception_number, channel, language, business_date, "
                "received_at) VALUES ('v1', 'T1', 'A-1', 'counter', 'ja', '2026-04-01', '2026-04-01T00:00:00Z')")));
            QVERIFY(old.exec(QStringLiteral("INSERT INTO procedure_requests (id, visit_id, procedure_id, form_data, "
                                            "status, my_number_sealed, created_at) VALUES ('r1', 'v1', "
                                            "'jidoteate-nintei', '{}', 'submitted', ?, '2026-04-01T00:00:00Z')"),
                             {legacy}));
            const QJsonObject request{{QStringLiteral("id"), QStringLiteral("r1")},
                                      {QStringLiteral("visit_id"), QStringLiteral("v1")},
                                      {QStringLiteral("my_number_sealed"), QString::fromLatin1(legacy.toBase64())}};
            const QJsonObject bundle{{QStringLiteral("requests"), QJsonArray{request}}};
            QVERIFY(old.exec(QStringLiteral("INSERT INTO outbox (id, kind, payload, created_at) VALUES ('o1', "
                                            "'visit', ?, '2026-04-01T00:00:00Z')"),
                             {QString::fromUtf8(QJsonDocument(bundle).toJson(QJsonDocument::Compact))}));
        }
        const store::Connection local = openStore(path);
        QCOMPARE(local.scalar(QStringLiteral("SELECT format FROM sealing_format")).toInt(), 1);
        QVERIFY(privacy::upgradeSealedValues(local, *m_keys));
        QCOMPARE(local.scalar(QStringLiteral("SELECT format FROM sealing_format")).toInt(), 2);
        const QList<Stored> rows = storedValues(local);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(m_keys->unsealMyNumber(rows.first().sealed, rows.first().place()), kMyNumber);
        QVERIFY(m_keys->unsealLegacy(rows.first().sealed).isEmpty());
        const QList<Stored> waiting = outboxValues(local);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(m_keys->unsealMyNumber(waiting.first().sealed, waiting.first().place()), kMyNumber);
        // Done once: a second run changes nothing.
        QVERIFY(privacy::upgradeSealedValues(local, *m_keys));
        QCOMPARE(storedValues(local).first().sealed, rows.first().sealed);
    }

    // keys rotate through the real CLI: refused for a clerk; a write failure half-way leaves the old key file and
    // every value; then done for the admin, in one transaction, audited.
    void rotateReSealsEverythingOrNothing() {
        QFile ini(m_cliDir.filePath(QStringLiteral("madoguchi.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[terminal]\nid=T07\n");
        ini.close();
        Run r =
            cli({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("admin1"),
                 QStringLiteral("--name"), QStringLiteral("admin1"), QStringLiteral("--role"), QStringLiteral("admin")},
                "admin-pass-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("clerk1"),
                 QStringLiteral("--name"), QStringLiteral("clerk1"), QStringLiteral("--role"), QStringLiteral("clerk"),
                 QStringLiteral("--as"), QStringLiteral("admin1")},
                "admin-pass-1\nclerk-pass-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // The CLI made the key file beside its settings, outside the data folder.
        const QString keyFile = m_cliDir.filePath(QStringLiteral("keys/mynumber.key"));
        QVERIFY2(QFile::exists(keyFile), qPrintable(keyFile));
        QVERIFY(!QFile::exists(m_cliDir.filePath(QStringLiteral("data/keys/mynumber.key"))));
        Result<privacy::KeyRing> oldKeys = privacy::KeyRing::load(keyFile);
        QVERIFY(oldKeys);
        const store::Connection local = openStore(m_cliDir.filePath(QStringLiteral("data/terminal.sqlite")));
        {
            issuance::Issuance issuance(local, *oldKeys, {QStringLiteral("clerk-1"), QStringLiteral("T07"), {}});
            for (int i = 0; i < 3; ++i)
                QVERIFY(issuance.record(visitWithMyNumber(QStringLiteral("R00000%1").arg(i))));
        }
        const QList<Stored> before = storedValues(local);
        const QList<Stored> waitingBefore = outboxValues(local);
        QCOMPARE(before.size(), 3);
        const QByteArray keyBefore = fileBytes(keyFile);

        // A clerk: refused by the core, audited, nothing touched.
        r = rotate("clerk1", "clerk-pass-1");
        QCOMPARE(r.code, 1);
        QCOMPARE(fileBytes(keyFile), keyBefore);
        QCOMPARE(events(local, QStringLiteral("access.refused")), 1);

        // A write that fails at the second row (a trigger standing for a full disk): rolled back, old key back.
        QVERIFY(local.exec(QStringLiteral("CREATE TRIGGER fail_half_way BEFORE UPDATE ON procedure_requests "
                                          "WHEN OLD.id = '%1' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
                               .arg(before.at(1).id)));
        r = rotate("admin1", "admin-pass-1");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing was changed")), qPrintable(r.err));
        QCOMPARE(fileBytes(keyFile), keyBefore);
        QCOMPARE(events(local, QStringLiteral("keys.rotate_failed")), 1);
        QCOMPARE(events(local, QStringLiteral("keys.rotated")), 0);
        const QList<Stored> untouched = storedValues(local);
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(untouched.at(i).sealed, before.at(i).sealed);
            QCOMPARE(oldKeys->unsealMyNumber(untouched.at(i).sealed, untouched.at(i).place()), kMyNumber);
        }
        QCOMPARE(outboxValues(local).first().sealed, waitingBefore.first().sealed);

        // Done for the admin.
        QVERIFY(local.exec(QStringLiteral("DROP TRIGGER fail_half_way")));
        r = rotate("admin1", "admin-pass-1");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 request(s) and 3 waiting visit(s)")), qPrintable(r.out));
        const QByteArray keyAfter = fileBytes(keyFile);
        QVERIFY(keyAfter != keyBefore);
        QCOMPARE(QFile::permissions(keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        Result<privacy::KeyRing> newKeys = privacy::KeyRing::load(keyFile);
        QVERIFY(newKeys);
        QVERIFY(newKeys->currentSealKeyId() != oldKeys->currentSealKeyId());
        // The chain and the verification codes keep the office key.
        QCOMPARE(newKeys->verificationCode(QStringLiteral("S-1"), "d"),
                 oldKeys->verificationCode(QStringLiteral("S-1"), "d"));
        const QList<Stored> after = storedValues(local);
        for (const Stored& s : after) {
            QCOMPARE(newKeys->unsealMyNumber(s.sealed, s.place()), kMyNumber);
            QVERIFY(oldKeys->unsealMyNumber(s.sealed, s.place()).isEmpty()); // the old key opens nothing any more
        }
        for (const Stored& s : outboxValues(local)) {
            QCOMPARE(newKeys->unsealMyNumber(s.sealed, s.place()), kMyNumber);
            QVERIFY(oldKeys->unsealMyNumber(s.sealed, s.place()).isEmpty());
        }
        QCOMPARE(events(local, QStringLiteral("keys.rotated")), 1);
        const QString adminId =
            local.scalar(QStringLiteral("SELECT actor FROM audit_events WHERE action = 'keys.rotated'")).toString();
        Result<store::Connection> central =
            store::Connection::openSqlite(m_cliDir.filePath(QStringLiteral("data/central.sqlite")));
        QVERIFY(central);
        QCOMPARE(adminId, central->scalar(QStringLiteral("SELECT id FROM staff WHERE login = 'admin1'")).toString());
        QVERIFY(audit::AuditTrail::verify(local, *newKeys).intact());
    }

    // keys rotate-central on the embedded central store (after rotateReSealsEverythingOrNothing: its admin, clerk,
    // key file and store): the centre's copies — as this terminal sent them, as another terminal sent them under its
    // own key, and from before local step 9 (secretbox) — all sealed again under the centre's own new key, in one
    // transaction, for an admin only; a value no key given opens refuses the whole rotation.
    void rotateCentralReSealsTheCentresCopies() {
        const QString keyFile = m_cliDir.filePath(QStringLiteral("keys/mynumber.key"));
        const QString centralKey = m_cliDir.filePath(QStringLiteral("keys/central.key"));
        Result<privacy::KeyRing> terminalKeys = privacy::KeyRing::load(keyFile);
        QVERIFY(terminalKeys);
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Result<store::Connection> opened =
            store::Connection::openSqlite(m_cliDir.filePath(QStringLiteral("data/central.sqlite")));
        QVERIFY(opened);
        const store::Connection& central = *opened;
        QCOMPARE(storedValues(central).size(), 3);
        // Another terminal of the office, whose key file holds its own sealing key since its keys rotate.
        const QString otherFile = m_cliDir.filePath(QStringLiteral("other-terminal.key"));
        QVERIFY(terminalKeys->withNewSealKey().withoutRetiredSealKeys().save(otherFile));
        Result<privacy::KeyRing> otherKeys = privacy::KeyRing::load(otherFile);
        QVERIFY(otherKeys);
        const auto addRow = [&](const QString& id, const QByteArray& sealed) {
            return central.exec(QStringLiteral("INSERT INTO visits (id, terminal_id, reception_number, channel, "
                                               "language, business_date, received_at) VALUES (?, 'T09', 'A-1', "
                                               "'counter', 'ja', '2026-04-01', '2026-04-01T00:00:00Z')"),
                                {QStringLiteral("v-") + id}) &&
                   central.exec(QStringLiteral("INSERT INTO procedure_requests (id, visit_id, procedure_id, form_data, "
                                               "status, my_number_sealed, created_at) VALUES (?, ?, "
                                               "'jidoteate-nintei', '{}', 'completed', ?, "
                                               "'2026-04-01T00:00:00Z')"),
                                {QStringLiteral("r-") + id, QStringLiteral("v-") + id, sealed});
        };
        QVERIFY(addRow(QStringLiteral("other"),
                       otherKeys->sealMyNumber(kMyNumber, privacy::SealPlace::myNumberOf(QStringLiteral("r-other"),
                                                                                         QStringLiteral("v-other")))));
        QVERIFY(addRow(QStringLiteral("old"), terminalKeys->sealLegacy(kMyNumber.toUtf8())));
        const QList<Stored> before = storedValues(central);
        QCOMPARE(before.size(), 5);
        const store::Connection local = openStore(m_cliDir.filePath(QStringLiteral("data/terminal.sqlite")));
        const QList<Stored> localBefore = storedValues(local);
        const auto rotateCentral = [&](const char* login, const QByteArray& password, const QStringList& more = {}) {
            return cli(QStringList{QStringLiteral("keys"), QStringLiteral("rotate-central"), QStringLiteral("--as"),
                                   QString::fromLatin1(login)} +
                           more,
                       password + '\n');
        };
        const auto unchanged = [&] {
            const QList<Stored> now = storedValues(central);
            for (qsizetype i = 0; i < before.size(); ++i) {
                if (now.at(i).sealed != before.at(i).sealed)
                    return false;
            }
            return now.size() == before.size();
        };

        // A clerk: refused by the core, audited, nothing touched, no key file made.
        const qint64 refusedBefore = events(local, QStringLiteral("access.refused"));
        r = rotateCentral("clerk1", "clerk-pass-1");
        QCOMPARE(r.code, 1);
        QCOMPARE(events(local, QStringLiteral("access.refused")), refusedBefore + 1);
        QVERIFY(unchanged());
        QVERIFY(!QFile::exists(centralKey));

        // The other terminal's value opens with no key given: the whole rotation is refused, the file removed again.
        const qint64 failedBefore = events(local, QStringLiteral("keys.rotate_failed"));
        r = rotateCentral("admin1", "admin-pass-1");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing was changed")), qPrintable(r.err));
        QVERIFY(unchanged());
        QVERIFY(!QFile::exists(centralKey));
        QCOMPARE(events(local, QStringLiteral("keys.rotate_failed")), failedBefore + 1);

        // With the other terminal's key file: every copy at the centre under the centre's new key.
        r = rotateCentral("admin1", "admin-pass-1", {QStringLiteral("--open-with"), otherFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("5 request(s)")), qPrintable(r.out));
        QCOMPARE(QFile::permissions(centralKey) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        Result<privacy::KeyRing> centreKeys = privacy::KeyRing::load(centralKey);
        QVERIFY(centreKeys);
        for (const Stored& s : storedValues(central)) {
            QCOMPARE(centreKeys->unsealMyNumber(s.sealed, s.place()), kMyNumber);
            QVERIFY(terminalKeys->unsealMyNumber(s.sealed, s.place()).isEmpty());
            QVERIFY(otherKeys->unsealMyNumber(s.sealed, s.place()).isEmpty());
            QVERIFY(terminalKeys->unsealLegacy(s.sealed).isEmpty());
        }
        // The terminal's own store is not the centre's: left as it was.
        const QList<Stored> localAfter = storedValues(local);
        for (qsizetype i = 0; i < localBefore.size(); ++i)
            QCOMPARE(localAfter.at(i).sealed, localBefore.at(i).sealed);
        QCOMPARE(events(local, QStringLiteral("keys.central_rotated")), 1);
        QCOMPARE(local.scalar(QStringLiteral("SELECT actor FROM audit_events WHERE action = 'keys.central_rotated'"))
                     .toString(),
                 central.scalar(QStringLiteral("SELECT id FROM staff WHERE login = 'admin1'")).toString());

        // Again: the centre's previous key opens nothing any more.
        r = rotateCentral("admin1", "admin-pass-1");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Result<privacy::KeyRing> nextKeys = privacy::KeyRing::load(centralKey);
        QVERIFY(nextKeys && nextKeys->currentSealKeyId() != centreKeys->currentSealKeyId());
        for (const Stored& s : storedValues(central)) {
            QCOMPARE(nextKeys->unsealMyNumber(s.sealed, s.place()), kMyNumber);
            QVERIFY(centreKeys->unsealMyNumber(s.sealed, s.place()).isEmpty());
        }
        // The centre's key file is not the terminal's.
        r = rotateCentral("admin1", "admin-pass-1", {QStringLiteral("--central-key"), keyFile});
        QCOMPARE(r.code, 2);
        QVERIFY(audit::AuditTrail::verify(local, *terminalKeys).intact());
    }

    // An installation from before kept the key in the data folder: it is moved beside the settings, not replaced by
    // a new key (which would leave every sealed value and verification code unreadable).
    void keyFileMovesOutOfTheDataFolder() {
        QTemporaryDir dir;
        qputenv("MADOGUCHI_DATA_DIR", dir.filePath(QStringLiteral("data")).toUtf8());
        const Settings settings(dir.filePath(QStringLiteral("etc/madoguchi.ini")));
        qunsetenv("MADOGUCHI_DATA_DIR");
        const QString oldPlace = dir.filePath(QStringLiteral("data/keys/mynumber.key"));
        Result<privacy::KeyRing> old = privacy::KeyRing::load(oldPlace);
        QVERIFY(old);
        const QByteArray bytes = fileBytes(oldPlace);
        const QString path = privacy::keyFilePath(settings);
        QCOMPARE(path, dir.filePath(QStringLiteral("etc/keys/mynumber.key")));
        QCOMPARE(fileBytes(path), bytes);
        QVERIFY(!QFile::exists(oldPlace));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                             QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        Result<privacy::KeyRing> moved = privacy::KeyRing::load(settings);
        QVERIFY(moved);
        QCOMPARE(moved->verificationCode(QStringLiteral("S-1"), "d"),
                 old->verificationCode(QStringLiteral("S-1"), "d"));
    }

private:
    QString m_cli;
    QTemporaryDir m_dir;
    QTemporaryDir m_cliDir;
    std::optional<privacy::KeyRing> m_keys;
};

QTEST_GUILESS_MAIN(TestSealing)
#include "tst_sealing.moc"
