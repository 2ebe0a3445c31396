// The terminal's data core on real SQLite files: migrations from every version, issuance all-or-nothing, My Number
// sealing, the audit chain catching edits and deletions, idempotent sync to the embedded central store, and hostile
// text (SQL injection strings, 4-byte UTF-8) in every text field.
#include "audit/AuditTrail.h"
#include "issuance/Issuance.h"
#include "privacy/KeyRing.h"
#include "privacy/StaffPassword.h"
#include "store/Connection.h"
#include "store/RegistryStore.h"
#include "store/Schema.h"
#include "store/StoreLocations.h"
#include "sync/SyncRound.h"
#include "sync/Synchroniser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {
const QString kHostile = QStringLiteral("'); DROP TABLE visits; -- 𠮷野\"髙﨑\\ %_ \t");

store::Connection open(const QString& path, store::Schema schema) {
    Result<store::Connection> c = store::Connection::openSqlite(path);
    if (!c)
        qFatal("cannot open %s", qPrintable(path));
    if (!store::Migrations::migrate(*c, schema))
        qFatal("cannot migrate %s", qPrintable(path));
    return std::move(*c.value);
}

QStringList schemaOf(const store::Connection& c) {
    QStringList result;
    QSqlQuery q(c.db());
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        result.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                      q.value(2).toString());
    return result;
}

int count(const store::Connection& c, const QString& table) {
    return c.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

issuance::VisitRecord certificateVisit(const QString& text = QStringLiteral("R000001")) {
    issuance::VisitRecord record;
    record.visit.receptionNumber = QStringLiteral("A-0001");
    record.visit.residentId = text;
    domain::ProcedureRequest request;
    request.procedureId = QStringLiteral("juminhyo");
    request.formData = QStringLiteral("{\"purpose\":\"勤務先へ提出\"}");
    record.requests.append(request);
    issuance::DocumentOrder order;
    order.requestIndex = 0;
    order.documentType = QStringLiteral("juminhyo");
    order.residentId = text;
    order.copies = 2;
    order.fee = 600;
    order.content = QByteArrayLiteral("住民票の写し 山田太郎");
    record.documents.append(order);
    domain::Payment payment;
    payment.amount = 600;
    record.payments.append(payment);
    return record;
}
} // namespace

class TestDataStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<privacy::KeyRing> keys = privacy::KeyRing::load(m_dir->filePath(QStringLiteral("keys/office.key")));
        QVERIFY(keys);
        m_keys.emplace(std::move(*keys.value));
        m_local = open(m_dir->filePath(QStringLiteral("terminal.sqlite")), store::Schema::Local);
        m_central = open(m_dir->filePath(QStringLiteral("central.sqlite")), store::Schema::Central);
    }

    void cleanup() {
        m_local = {};
        m_central = {};
        m_keys.reset();
        m_dir.reset();
    }

    void migrationsFromEveryVersion_data() {
        QTest::addColumn<int>("schema");
        QTest::addColumn<int>("from");
        for (const store::Schema schema : {store::Schema::Local, store::Schema::Central}) {
            for (int from = 0; from < store::Migrations::latestVersion(schema); ++from) {
                const char* name = schema == store::Schema::Local ? "local" : "central";
                QTest::addRow("%s from %d", name, from) << static_cast<int>(schema) << from;
            }
        }
    }

    void migrationsFromEveryVersion() {
        QFETCH(int, schema);
        QFETCH(int, from);
        const auto which = static_cast<store::Schema>(schema);
        const store::Connection fresh = open(m_dir->filePath(QStringLiteral("fresh.sqlite")), which);
        Result<store::Connection> old = store::Connection::openSqlite(m_dir->filePath(QStringLiteral("old.sqlite")));
        QVERIFY(old);
        QVERIFY(store::Migrations::migrate(*old, which, from));
        QCOMPARE(store::Migrations::currentVersion(*old), from);
        if (from >= 1) {
            // Data written under the old version survives the upgrade.
            QVERIFY(
                old->exec(QStringLiteral("INSERT INTO visits (id, terminal_id, reception_number, channel, language, "
                                         "business_date, received_at) VALUES ('v1', 'T1', 'A-1', 'counter', 'ja', "
                                         "'2026-04-01', '2026-04-01T00:00:00Z')")));
        }
        QVERIFY(store::Migrations::migrate(*old, which));
        QCOMPARE(store::Migrations::currentVersion(*old), store::Migrations::latestVersion(which));
        QCOMPARE(schemaOf(*old), schemaOf(fresh));
        QCOMPARE(count(*old, QStringLiteral("visits")), from >= 1 ? 1 : 0);
        // Running it again is a no-op.
        QVERIFY(store::Migrations::migrate(*old, which));
    }

    void issuanceIsAllOrNothing() {
        issuance::Issuance issuance(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        issuance::VisitRecord wrongPayment = certificateVisit();
        wrongPayment.payments.first().amount = 300;
        const auto refused = issuance.record(wrongPayment);
        QVERIFY(!refused);
        QVERIFY(refused.outcome.message.contains(QLatin1String("300")));
        for (const char* table :
             {"visits", "procedure_requests", "issued_documents", "payments", "audit_events", "outbox"}) {
            QCOMPARE(count(m_local, QString::fromLatin1(table)), 0);
        }

        const auto receipt = issuance.record(certificateVisit());
        QVERIFY2(receipt, qPrintable(receipt.outcome.detail));
        QCOMPARE(receipt->documents.size(), 1);
        const domain::IssuedDocument& document = receipt->documents.first();
        QVERIFY(document.serial.startsWith(QLatin1String("T1-")));
        QCOMPARE(document.verificationCode.size(), 19);
        QCOMPARE(document.verificationCode,
                 m_keys->verificationCode(document.serial, privacy::contentDigest("住民票の写し 山田太郎")));
        QCOMPARE(count(m_local, QStringLiteral("outbox")), 1);
        QCOMPARE(count(m_local, QStringLiteral("audit_events")), 2); // visit.record, document.issue

        // The same visit id again is refused, and the refusal leaves the first visit untouched.
        issuance::VisitRecord again = certificateVisit();
        again.visit.id = receipt->visit.id;
        QVERIFY(!issuance.record(again));
        QCOMPARE(count(m_local, QStringLiteral("issued_documents")), 1);
        QCOMPARE(count(m_local, QStringLiteral("outbox")), 1);

        // Serial numbers count up per terminal-day.
        const auto second = issuance.record(certificateVisit());
        QVERIFY(second);
        QVERIFY(second->documents.first().serial.endsWith(QLatin1String("-000002")));
    }

    void myNumberOnlyWhenLawfulAndSealed() {
        issuance::Issuance issuance(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        const QString myNumber = QStringLiteral("952601815908"); // fictitious demo card number
        issuance::VisitRecord notLawful = certificateVisit();
        notLawful.requests.first().myNumber = myNumber;
        const auto refused = issuance.record(notLawful);
        QVERIFY(!refused);
        QVERIFY(!refused.outcome.detail.contains(myNumber));
        QCOMPARE(count(m_local, QStringLiteral("visits")), 0);

        issuance::VisitRecord atKiosk = certificateVisit();
        atKiosk.visit.channel = domain::Channel::Kiosk;
        atKiosk.requests.first().procedureId = QStringLiteral("child-allowance-claim");
        atKiosk.requests.first().myNumber = myNumber;
        atKiosk.requests.first().myNumberLawful = true;
        QVERIFY(!issuance.record(atKiosk));
        QCOMPARE(count(m_local, QStringLiteral("visits")), 0);

        issuance::VisitRecord lawful = certificateVisit();
        lawful.requests.first().procedureId = QStringLiteral("jidoteate-nintei");
        lawful.requests.first().myNumber = myNumber;
        lawful.requests.first().myNumberLawful = true;
        const auto receipt = issuance.record(lawful);
        QVERIFY(receipt);
        QVERIFY(receipt->requests.first().myNumber.isEmpty()); // wiped
        const QByteArray sealed =
            m_local.scalar(QStringLiteral("SELECT my_number_sealed FROM procedure_requests")).toByteArray();
        const privacy::SealPlace place = privacy::SealPlace::myNumberOf(
            m_local.scalar(QStringLiteral("SELECT id FROM procedure_requests")).toString(),
            m_local.scalar(QStringLiteral("SELECT visit_id FROM procedure_requests")).toString());
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!sealed.contains(myNumber.toLatin1()));
        QVERIFY(!m_local.scalar(QStringLiteral("SELECT payload FROM outbox")).toString().contains(myNumber));
        QCOMPARE(m_keys->unsealMyNumber(sealed, place), myNumber);
        QCOMPARE(privacy::KeyRing::maskMyNumber(myNumber), QStringLiteral("********5908"));
        QCOMPARE(
            m_local.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'mynumber.store'")).toInt(),
            1);
        // Tampering with the sealed box makes it unreadable instead of yielding a wrong number.
        QByteArray broken = sealed;
        broken[broken.size() - 1] = static_cast<char>(broken.at(broken.size() - 1) ^ 1);
        QVERIFY(m_keys->unsealMyNumber(broken, place).isEmpty());
    }

    void keyFileIsPrivateAndStable() {
        const QString path = m_dir->filePath(QStringLiteral("keys/office.key"));
        QCOMPARE(QFile(path).size(), 32);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                             QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        Result<privacy::KeyRing> again = privacy::KeyRing::load(path);
        QVERIFY(again);
        QCOMPARE(again->verificationCode(QStringLiteral("S-1"), "d"),
                 m_keys->verificationCode(QStringLiteral("S-1"), "d"));
        QVERIFY(again->verificationCode(QStringLiteral("S-1"), "e") !=
                m_keys->verificationCode(QStringLiteral("S-1"), "d"));
        // The hole: a key file other accounts could read was only warned about, and used. Now it is refused, for
        // every group or other bit that lets another account read or change it, and used again once it is 0600.
        for (const QFileDevice::Permissions extra :
             {QFileDevice::Permissions(QFileDevice::ReadOther), QFileDevice::Permissions(QFileDevice::ReadGroup),
              QFileDevice::Permissions(QFileDevice::WriteGroup), QFileDevice::Permissions(QFileDevice::WriteOther)}) {
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | extra));
            const Result<privacy::KeyRing> loose = privacy::KeyRing::load(path);
            QVERIFY(!loose);
            QVERIFY2(loose.outcome.message.contains(QLatin1String("other accounts")),
                     qPrintable(loose.outcome.message));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(privacy::KeyRing::load(path));
        QFile truncated(m_dir->filePath(QStringLiteral("short.key")));
        QVERIFY(truncated.open(QIODevice::WriteOnly) && truncated.write("short") == 5);
        truncated.close();
        QVERIFY(QFile::setPermissions(truncated.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const Result<privacy::KeyRing> tooShort = privacy::KeyRing::load(truncated.fileName());
        QVERIFY(!tooShort);
        QVERIFY2(tooShort.outcome.detail.contains(QLatin1String("wrong size")), qPrintable(tooShort.outcome.detail));
    }

    void staffPasswordsAreArgon2id() {
        QString password = QStringLiteral("correct horse 𠮷");
        const QString hash = privacy::hashStaffPassword(password);
        QVERIFY(password.isEmpty()); // wiped
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QString right = QStringLiteral("correct horse 𠮷");
        QString wrong = QStringLiteral("correct horse 吉");
        QVERIFY(privacy::checkStaffPassword(hash, right));
        QVERIFY(!privacy::checkStaffPassword(hash, wrong));
    }

    void auditChainDetectsEditAndDeletion() {
        issuance::Issuance issuance(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        for (int i = 0; i < 3; ++i)
            QVERIFY(issuance.record(certificateVisit()));
        audit::VerifyReport report = audit::AuditTrail::verify(m_local, *m_keys);
        QVERIFY(report.intact());
        QCOMPARE(report.checked, 6);

        QVERIFY(m_local.exec(QStringLiteral("UPDATE audit_events SET subject = 'R999999' WHERE seq = 3")));
        report = audit::AuditTrail::verify(m_local, *m_keys);
        QCOMPARE(report.firstBadSeq, 3);

        // Recomputing a plain hash does not help a forger: the chain is keyed.
        m_local = {};
        QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("terminal.sqlite"))));
        m_local = open(m_dir->filePath(QStringLiteral("terminal.sqlite")), store::Schema::Local);
        issuance::Issuance fresh(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        for (int i = 0; i < 3; ++i)
            QVERIFY(fresh.record(certificateVisit()));
        QVERIFY(m_local.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 4")));
        report = audit::AuditTrail::verify(m_local, *m_keys);
        QCOMPARE(report.firstBadSeq, 5);
        QVERIFY(report.problem.contains(QLatin1String("missing")));
    }

    void syncSentTwiceInsertsOnce() {
        issuance::Issuance issuance(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        for (int i = 0; i < 5; ++i)
            QVERIFY(issuance.record(certificateVisit()));
        const QString serial =
            m_local.scalar(QStringLiteral("SELECT serial FROM issued_documents ORDER BY serial")).toString();
        // A clerk may not void (the core refuses, and says so in the audit trail); a supervisor may.
        const staff::Principal clerk{QStringLiteral("clerk-1"), QStringLiteral("clerk1"), domain::Role::Clerk, true};
        const Outcome refused = issuance.voidDocument(clerk, serial, QStringLiteral("印字ミス"));
        QVERIFY(!refused.ok);
        QVERIFY(refused.detail.contains(QLatin1String("void_document")));
        QCOMPARE(
            m_local.scalar(QStringLiteral("SELECT count(*) FROM issued_documents WHERE voided_at IS NOT NULL")).toInt(),
            0);
        QCOMPARE(m_local
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'access.refused' AND "
                                            "actor = 'clerk-1' AND subject = ?"),
                             {QStringLiteral("void_document ") + serial})
                     .toInt(),
                 1);
        QCOMPARE(m_local.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'void'")).toInt(), 0);
        QVERIFY(!issuance.voidDocument({}, serial, QStringLiteral("印字ミス"))); // nobody signed in
        const staff::Principal boss{QStringLiteral("boss-1"), QStringLiteral("boss"), domain::Role::Supervisor, true};
        QVERIFY(issuance.voidDocument(boss, serial, QStringLiteral("印字ミス")));
        QCOMPARE(m_local.scalar(QStringLiteral("SELECT voided_by FROM issued_documents WHERE serial = ?"), {serial})
                     .toString(),
                 QStringLiteral("boss-1"));
        QCOMPARE(sync::waitingVisits(m_local), 5);
        // Keep a copy of the outbox, as if the terminal died after the centre committed but before it forgot.
        QVERIFY(m_local.exec(QStringLiteral("CREATE TABLE outbox_copy AS SELECT * FROM outbox")));
        const auto first = sync::syncOnce(m_local, m_central, {QStringLiteral("T1"), 2, -1});
        QVERIFY2(first, qPrintable(first.outcome.detail));
        QCOMPARE(first->visitsSent, 5);
        QCOMPARE(first->voidsSent, 1);
        QCOMPARE(first->waiting, 0);
        QVERIFY(m_local.exec(QStringLiteral("INSERT INTO outbox SELECT * FROM outbox_copy")));
        const auto second = sync::syncOnce(m_local, m_central, {QStringLiteral("T1"), 200, -1});
        QVERIFY(second);
        for (const char* table : {"visits", "procedure_requests", "issued_documents", "payments"})
            QCOMPARE(count(m_central, QString::fromLatin1(table)), count(m_local, QString::fromLatin1(table)));
        QCOMPARE(count(m_central, QStringLiteral("visits")), 5);
        QCOMPARE(m_central.scalar(QStringLiteral("SELECT count(*) FROM issued_documents WHERE voided_at IS NOT NULL"))
                     .toInt(),
                 1);
        QCOMPARE(count(m_central, QStringLiteral("audit_events")), count(m_local, QStringLiteral("audit_events")));
        QVERIFY(audit::AuditTrail::verify(m_central, *m_keys, QStringLiteral("T1")).intact());
    }

    void hostileTextInEveryField() {
        issuance::Issuance issuance(m_local, *m_keys, {kHostile, QStringLiteral("T1"), kHostile});
        issuance::VisitRecord record = certificateVisit(kHostile);
        record.visit.receptionNumber = kHostile;
        record.visit.language = kHostile;
        record.visit.staffId = kHostile;
        record.requests.first().procedureId = kHostile;
        record.requests.first().formData =
            QString::fromUtf8(QJsonDocument(QJsonObject{{kHostile, kHostile}}).toJson(QJsonDocument::Compact));
        record.documents.first().documentType = kHostile;
        const auto receipt = issuance.record(record);
        QVERIFY2(receipt, qPrintable(receipt.outcome.detail));
        issuance::Issuance voider(m_local, *m_keys, {kHostile, QStringLiteral("T1"), {}});
        QVERIFY(voider.voidDocument({kHostile, kHostile, domain::Role::Supervisor, true},
                                    receipt->documents.first().serial, kHostile));
        QVERIFY(sync::syncOnce(m_local, m_central, {QStringLiteral("T1"), 200, -1}));
        for (const store::Connection* c : {&m_local, &m_central}) {
            QSqlQuery q(c->db());
            QVERIFY(q.exec(QStringLiteral("SELECT v.reception_number, v.language, v.staff_id, v.resident_id, "
                                          "r.procedure_id, r.form_data, d.document_type, d.resident_id, d.void_reason, "
                                          "d.voided_by FROM visits v JOIN procedure_requests r ON r.visit_id = v.id "
                                          "JOIN issued_documents d ON d.visit_id = v.id")));
            QVERIFY(q.next());
            for (int i = 0; i < 10; ++i) {
                if (i == 5)
                    QCOMPARE(
                        QJsonDocument::fromJson(q.value(i).toString().toUtf8()).object().value(kHostile).toString(),
                        kHostile);
                else
                    QCOMPARE(q.value(i).toString(), kHostile);
            }
        }
        QCOMPARE(m_local
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE actor = ? AND reason = ?"),
                             {kHostile, kHostile})
                     .toInt(),
                 3); // visit.record, document.issue, document.void
        QVERIFY(audit::AuditTrail::verify(m_local, *m_keys).intact());
    }

    void registryImportIsAllOrNothingAndLookupsAreAudited() {
        registry::RegistryImport parsed;
        parsed.households.append({QStringLiteral("H1"), QStringLiteral("R1"), QStringLiteral("1800001"),
                                  QStringLiteral("東京都武蔵野市緑町一丁目2番3号")});
        registry::Resident resident;
        resident.id = QStringLiteral("R1");
        resident.householdId = QStringLiteral("H1");
        resident.familyName = QStringLiteral("𠮷田");
        resident.givenName = QStringLiteral("髙志");
        resident.familyNameKana = QStringLiteral("ヨシダ");
        resident.givenNameKana = QStringLiteral("タカシ");
        resident.birthDate = QDate(1958, 11, 3);
        resident.sex = QStringLiteral("1");
        resident.relationship = QStringLiteral("世帯主");
        resident.residentSince = QDate(1990, 4, 1);
        parsed.residents.append(resident);
        parsed.taxes.append({QStringLiteral("R1"), 2025, 4000000, 200000, 200000, 0, 0, {}});
        // A resident pointing at a household that does not exist: the store refuses, and keeps nothing.
        registry::RegistryImport broken = parsed;
        broken.residents.append(resident);
        broken.residents.last().id = QStringLiteral("R2");
        broken.residents.last().householdId = QStringLiteral("H-missing");
        QVERIFY(!store::importRegistry(m_central, broken));
        QCOMPARE(count(m_central, QStringLiteral("residents")), 0);
        QCOMPARE(count(m_central, QStringLiteral("households")), 0);

        const auto counts = store::importRegistry(m_central, parsed);
        QVERIFY2(counts, qPrintable(counts.outcome.detail));
        QCOMPARE(counts->residents, 1);
        QCOMPARE(counts->taxes, 1);
        QVERIFY(m_central.exec(QStringLiteral("PRAGMA foreign_key_check")));

        audit::AuditTrail trail(m_local, *m_keys);
        store::RegistryLookup lookup(m_central, trail,
                                     {QStringLiteral("clerk-1"), QStringLiteral("T1"), QStringLiteral("住民票の写し")});
        const auto found = lookup.resident(QStringLiteral("R1"));
        QVERIFY(found && found->has_value());
        QCOMPARE(found->value(), resident);
        const auto search = lookup.search(QStringLiteral("ヨシダ"), QDate(1958, 11, 3));
        QVERIFY(search);
        QCOMPARE(search->size(), 1);
        QCOMPARE(m_local
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'registry.read' AND "
                                            "subject = 'R1' AND reason = '住民票の写し'"))
                     .toInt(),
                 2);
    }

    void refusedRowIsSetAsideAndLaterVisitsFlow() {
        issuance::Issuance issuance(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        for (int i = 0; i < 3; ++i)
            QVERIFY(issuance.record(certificateVisit()));
        const QString refusedId =
            m_local.scalar(QStringLiteral("SELECT id FROM visits ORDER BY received_at, id LIMIT 1 OFFSET 1"))
                .toString();
        // The centre refuses one visit (a constraint, a bad row): before, that blocked every later visit for good.
        QVERIFY(m_central.exec(QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON visits WHEN NEW.id = '%1' "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the centre'); END")
                                   .arg(refusedId)));
        sync::SyncOptions options{QStringLiteral("T1"), 200, -1, 2};
        auto first = sync::syncOnce(m_local, m_central, options);
        QVERIFY2(first, qPrintable(first.outcome.detail));
        QCOMPARE(first->visitsSent, 2);
        QCOMPARE(first->refused, 1);
        QCOMPARE(first->setAside, 0);
        QVERIFY(!first->clean());
        QVERIFY(first->problem.contains(QLatin1String("refused by the centre")));
        QCOMPARE(count(m_central, QStringLiteral("visits")), 2);
        // A later visit is not held up by the refused one.
        QVERIFY(issuance.record(certificateVisit()));
        auto second = sync::syncOnce(m_local, m_central, options);
        QVERIFY(second);
        QCOMPARE(second->visitsSent, 1);
        QCOMPARE(second->setAside, 1);
        QCOMPARE(second->waiting, 0);
        QCOMPARE(count(m_local, QStringLiteral("outbox_set_aside")), 1);
        QCOMPARE(sync::setAsideRows(m_local).first().attempts, 2);
        QCOMPARE(
            m_central.scalar(QStringLiteral("SELECT count(*) FROM sync_alarms WHERE kind = 'sync_set_aside'")).toInt(),
            1);
        auto third = sync::syncOnce(m_local, m_central, options);
        QVERIFY(third && third->clean());
        // The cause fixed, IT puts it back: it goes up like any other, nothing lost, nothing twice.
        QVERIFY(m_central.exec(QStringLiteral("DROP TRIGGER refuse_one")));
        QString detail;
        QCOMPARE(sync::retrySetAside(m_local, &detail), 1);
        auto fourth = sync::syncOnce(m_local, m_central, options);
        QVERIFY(fourth && fourth->clean());
        QCOMPARE(fourth->visitsSent, 1);
        QCOMPARE(count(m_central, QStringLiteral("visits")), 4);
        QCOMPARE(count(m_local, QStringLiteral("outbox_set_aside")), 0);
        for (const char* table : {"visits", "procedure_requests", "issued_documents", "payments"})
            QCOMPARE(count(m_central, QString::fromLatin1(table)), count(m_local, QString::fromLatin1(table)));
    }

    void resentVisitWithOtherContentIsAConflictNotSent() {
        issuance::Issuance issuance(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        QVERIFY(issuance.record(certificateVisit()));
        QVERIFY(m_local.exec(QStringLiteral("CREATE TABLE outbox_copy AS SELECT * FROM outbox")));
        auto first = sync::syncOnce(m_local, m_central, {QStringLiteral("T1"), 200, -1});
        QVERIFY(first && first->clean());
        QCOMPARE(first->visitsSent, 1);
        // The same visit comes again with another reception number (a restored backup, a tampered store).
        QVERIFY(m_local.exec(QStringLiteral("UPDATE outbox_copy SET payload = replace(payload, 'A-0001', 'A-0999')")));
        QVERIFY(m_local.exec(QStringLiteral("INSERT INTO outbox SELECT * FROM outbox_copy")));
        auto second = sync::syncOnce(m_local, m_central, {QStringLiteral("T1"), 200, -1});
        QVERIFY(second);
        QCOMPARE(second->visitsSent, 0); // never reported as sent
        QCOMPARE(second->conflicts, 1);
        QVERIFY(!second->clean());
        QCOMPARE(m_central.scalar(QStringLiteral("SELECT reception_number FROM visits")).toString(),
                 QStringLiteral("A-0001")); // the centre's copy is not overwritten
        QCOMPARE(m_central
                     .scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE table_name = 'visits' AND "
                                            "sent LIKE '%A-0999%' AND held LIKE '%A-0001%'"))
                     .toInt(),
                 1);
        QCOMPARE(
            m_central.scalar(QStringLiteral("SELECT count(*) FROM sync_alarms WHERE kind = 'sync_conflict'")).toInt(),
            1);
        // An identical re-send (a crash after the centre committed) stays harmless.
        QVERIFY(m_local.exec(QStringLiteral("DELETE FROM outbox_copy")));
        auto third = sync::syncOnce(m_local, m_central, {QStringLiteral("T1"), 200, -1});
        QVERIFY(third && third->clean());
    }

    void reinstalledTerminalNeverRepeatsASerial() {
        // The same terminal id on a fresh store (a reinstall) starts the day's numbers again, under its own install id.
        Result<store::Connection> again =
            store::Connection::openSqlite(m_dir->filePath(QStringLiteral("again.sqlite")));
        QVERIFY(again && store::Migrations::migrate(*again, store::Schema::Local));
        issuance::Issuance before(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        issuance::Issuance after(*again, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        QVERIFY(before.record(certificateVisit()));
        QVERIFY(after.record(certificateVisit()));
        const QString first = m_local.scalar(QStringLiteral("SELECT serial FROM issued_documents")).toString();
        const QString second = again->scalar(QStringLiteral("SELECT serial FROM issued_documents")).toString();
        const QRegularExpression shape(QStringLiteral("^T1-\\d{8}-[0-9A-HJKMNP-TV-Z]{3}-000001$"));
        QVERIFY2(shape.match(first).hasMatch(), qPrintable(first));
        QVERIFY2(shape.match(second).hasMatch(), qPrintable(second));
        QVERIFY(first != second);
        // The install id stays with its store.
        QVERIFY(before.record(certificateVisit()));
        QCOMPARE(m_local.scalar(QStringLiteral("SELECT count(DISTINCT substr(serial, 1, 16)) FROM issued_documents"))
                     .toInt(),
                 1);
    }

    void centreRefusingRowsKeepsThemAndSaysWhy() {
        // A second terminal misconfigured with the same id issues the same serial numbers.
        Result<store::Connection> twin = store::Connection::openSqlite(m_dir->filePath(QStringLiteral("twin.sqlite")));
        QVERIFY(twin && store::Migrations::migrate(*twin, store::Schema::Local));
        issuance::Issuance first(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        issuance::Issuance second(*twin, *m_keys, {QStringLiteral("clerk-2"), QStringLiteral("T1"), {}});
        QVERIFY(first.record(certificateVisit()));
        QVERIFY(second.record(certificateVisit()));
        QVERIFY(sync::syncOnce(m_local, m_central, {QStringLiteral("T1"), 200, -1}));
        const auto refused = sync::syncOnce(*twin, m_central, {QStringLiteral("T1"), 200, -1});
        QVERIFY(!refused);
        QVERIFY2(refused.outcome.message.contains(QLatin1String("terminal/id")), qPrintable(refused.outcome.message));
        // The twin signs its audit events with its own key, not the one the centre registered for T1: it is stopped
        // before anything is sent, and the supervisor sees the alarm.
        QVERIFY(refused.outcome.detail.contains(QLatin1String("audit_key_mismatch")));
        QCOMPARE(sync::waitingVisits(*twin), 1);
        QCOMPARE(count(m_central, QStringLiteral("visits")), 1);
        QCOMPARE(m_central.scalar(QStringLiteral("SELECT count(*) FROM sync_alarms")).toInt(), 1);
    }

    void embeddedCentralIsSeededOnce() {
        const QString path = m_dir->filePath(QStringLiteral("embedded.sqlite"));
        {
            Result<store::Connection> central = store::openCentral(path);
            QVERIFY2(central, qPrintable(central.outcome.detail));
            QVERIFY(central->scalar(QStringLiteral("SELECT count(*) FROM residents")).toInt() > 100);
            QCOMPARE(central
                         ->scalar(QStringLiteral("SELECT family_name || given_name FROM residents WHERE id = "
                                                 "'R000001'"))
                         .toString(),
                     QStringLiteral("山田太郎"));
            for (const char* table : {"seal_registrations", "tax_summaries", "residents", "households"})
                QVERIFY(central->exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
        }
        Result<store::Connection> again = store::openCentral(path);
        QVERIFY(again);
        QCOMPARE(again->scalar(QStringLiteral("SELECT count(*) FROM residents")).toInt(), 0);
    }

    void synchroniserReportsOnlineStateWaitingVisitsAndBacksOff() {
        issuance::Issuance issuance(m_local, *m_keys, {QStringLiteral("clerk-1"), QStringLiteral("T1"), {}});
        for (int i = 0; i < 3; ++i)
            QVERIFY(issuance.record(certificateVisit()));
        // Nothing listens on port 1: the centre is away.
        sync::Synchroniser away(m_local.location(), QStringLiteral("postgresql://x@127.0.0.1:1/db?connect_timeout=1"),
                                {QStringLiteral("T1"), 200, -1});
        QSignalSpy waiting(&away, &sync::Synchroniser::waitingChanged);
        QVERIFY(!away.syncNow());
        QVERIFY(!away.isOnline());
        QCOMPARE(away.waiting(), 3);
        QCOMPARE(waiting.size(), 1);
        QVERIFY(!away.lastProblem().isEmpty());
        QList<int> delays{away.nextDelayMs()};
        for (int i = 0; i < 3; ++i) {
            away.syncNow();
            delays.append(away.nextDelayMs());
        }
        QVERIFY2(delays.at(0) >= 1000 && delays.at(0) <= 1250, qPrintable(QString::number(delays.at(0))));
        for (int i = 1; i < delays.size(); ++i)
            QVERIFY(delays.at(i) >= 2 * delays.at(i - 1) && delays.at(i) <= 2 * delays.at(i - 1) * 5 / 4 + 1);

        sync::Synchroniser link(m_local.location(), m_central.location(), {QStringLiteral("T1"), 200, -1});
        QSignalSpy online(&link, &sync::Synchroniser::onlineChanged);
        QSignalSpy linkWaiting(&link, &sync::Synchroniser::waitingChanged);
        QSignalSpy synced(&link, &sync::Synchroniser::synced);
        QVERIFY(link.syncNow());
        QVERIFY(link.isOnline());
        QCOMPARE(online.size(), 1);
        QCOMPARE(online.first().first().toBool(), true);
        QCOMPARE(link.waiting(), 0);
        QCOMPARE(linkWaiting.last().first().toInt(), 0);
        QCOMPARE(synced.size(), 1);
        QCOMPARE(count(m_central, QStringLiteral("visits")), 3);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<privacy::KeyRing> m_keys;
    store::Connection m_local;
    store::Connection m_central;
};

QTEST_GUILESS_MAIN(TestDataStore)
#include "tst_datastore.moc"
