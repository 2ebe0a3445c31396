// Voids and reissues on real SQLite stores: a counter terminal's request travels with its sync, the supervisor's
// terminal answers at the centre; every role meets the core's table; every step leaves its audit event.
#include "audit/AuditTrail.h"
#include "issuance/Issuance.h"
#include "privacy/KeyRing.h"
#include "store/Connection.h"
#include "store/Schema.h"
#include "supervisor/VoidRequests.h"
#include "sync/SyncRound.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {
store::Connection open(const QString& path, store::Schema schema) {
    Result<store::Connection> c = store::Connection::openSqlite(path);
    if (!c || !store::Migrations::migrate(*c, schema))
        qFatal("cannot open %s", qPrintable(path));
    return std::move(*c.value);
}

issuance::VisitRecord certificateVisit() {
    issuance::VisitRecord record;
    record.visit.receptionNumber = QStringLiteral("A-0001");
    record.visit.residentId = QStringLiteral("R000001");
    issuance::DocumentOrder order;
    order.documentType = QStringLiteral("juminhyo");
    order.residentId = QStringLiteral("R000001");
    order.fee = 300;
    order.content = QByteArrayLiteral("住民票の写し");
    record.documents.append(order);
    domain::Payment payment;
    payment.amount = 300;
    record.payments.append(payment);
    return record;
}

staff::Principal person(domain::Role role) {
    const QString name = domain::roleName(role);
    return {name + QStringLiteral("-id"), name, role, true};
}

int count(const store::Connection& c, const QString& sql, const QVariantList& values = {}) {
    return c.scalar(sql, values).toInt();
}
} // namespace

class TestVoidRequests : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        Result<privacy::KeyRing> keys = privacy::KeyRing::load(m_dir->filePath(QStringLiteral("office.key")));
        QVERIFY(keys);
        m_keys.emplace(std::move(*keys.value));
        m_counter = open(m_dir->filePath(QStringLiteral("counter.sqlite")), store::Schema::Local);
        m_office = open(m_dir->filePath(QStringLiteral("supervisor.sqlite")), store::Schema::Local);
        m_central = open(m_dir->filePath(QStringLiteral("central.sqlite")), store::Schema::Central);
        issuance::Issuance issuance(m_counter, *m_keys, {QStringLiteral("clerk-id"), QStringLiteral("T01"), {}});
        for (int i = 0; i < 3; ++i) {
            const auto receipt = issuance.record(certificateVisit());
            QVERIFY(receipt);
            m_serials.append(receipt->documents.first().serial);
        }
        QVERIFY(sync::syncOnce(m_counter, m_central, {QStringLiteral("T01"), 100, -1}));
    }

    void cleanup() {
        m_serials.clear();
        m_counter = {};
        m_office = {};
        m_central = {};
        m_keys.reset();
        m_dir.reset();
    }

    void requestTravelsWithSyncAndIsApproved() {
        supervisor::VoidDesk counter(m_counter, m_central, *m_keys, {{}, QStringLiteral("T01"), {}});
        const staff::Principal clerk = person(domain::Role::Clerk);
        const auto id = counter.requestVoid(clerk, m_serials.at(0), QStringLiteral("氏名の誤り"));
        QVERIFY2(id, qPrintable(id.outcome.detail));
        QCOMPARE(count(m_counter,
                       QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                      "'document.void_request' AND subject = ?"),
                       {m_serials.at(0)}),
                 1);
        // Asked again before the sync: refused, the first one is waiting.
        QVERIFY(!counter.requestVoid(clerk, m_serials.at(0), QStringLiteral("again")));
        QVERIFY(!counter.requestVoid(clerk, QStringLiteral("T01-19990101-000001"), QStringLiteral("x")));
        QVERIFY(!counter.requestVoid(clerk, m_serials.at(1), QStringLiteral("  ")));
        QCOMPARE(count(m_central, QStringLiteral("SELECT count(*) FROM void_requests")), 0);
        // Sent twice (a crash after the centre committed): stored once.
        QVERIFY(m_counter.exec(QStringLiteral("CREATE TABLE outbox_copy AS SELECT * FROM outbox")));
        QVERIFY(sync::syncOnce(m_counter, m_central, {QStringLiteral("T01"), 100, -1}));
        QVERIFY(m_counter.exec(QStringLiteral("INSERT INTO outbox SELECT * FROM outbox_copy")));
        QVERIFY(sync::syncOnce(m_counter, m_central, {QStringLiteral("T01"), 100, -1}));
        QCOMPARE(count(m_central, QStringLiteral("SELECT count(*) FROM void_requests WHERE state = 'pending'")), 1);
        QVERIFY(!counter.requestVoid(clerk, m_serials.at(0), QStringLiteral("again")));

        const auto mine = counter.requests(clerk);
        QVERIFY(mine);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().id, *id);
        QCOMPARE(mine->first().state, QStringLiteral("pending"));

        supervisor::VoidDesk office(m_office, m_central, *m_keys, {{}, QStringLiteral("S01"), {}});
        const staff::Principal boss = person(domain::Role::Supervisor);
        const auto pending = office.requests(boss, QStringLiteral("pending"));
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1);
        QVERIFY(!office.decide(boss, *id, true, QString())); // a reason is required
        const Outcome approved = office.decide(boss, *id, true, QStringLiteral("確認済み"));
        QVERIFY2(approved, qPrintable(approved.detail));
        QVERIFY(!office.decide(boss, *id, false, QStringLiteral("twice"))); // the first answer wins
        QCOMPARE(
            m_central
                .scalar(QStringLiteral("SELECT void_reason FROM issued_documents WHERE serial = ?"), {m_serials.at(0)})
                .toString(),
            QStringLiteral("氏名の誤り"));
        QCOMPARE(
            m_central
                .scalar(QStringLiteral("SELECT voided_by FROM issued_documents WHERE serial = ?"), {m_serials.at(0)})
                .toString(),
            boss.staffId);
        const auto after = counter.requests(clerk);
        QCOMPARE(after->first().state, QStringLiteral("approved"));
        QCOMPARE(after->first().decisionReason, QStringLiteral("確認済み"));
        QCOMPARE(count(m_office,
                       QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                      "'document.void_approve' AND subject = ? AND actor = ?"),
                       {m_serials.at(0), boss.staffId}),
                 1);
        QVERIFY(audit::AuditTrail::verify(m_office, *m_keys).intact());
        QVERIFY(audit::AuditTrail::verify(m_counter, *m_keys).intact());
    }

    void refusedRequestLeavesTheCertificateValid() {
        supervisor::VoidDesk counter(m_counter, m_central, *m_keys, {{}, QStringLiteral("T01"), {}});
        const auto id = counter.requestVoid(person(domain::Role::Clerk), m_serials.at(1), QStringLiteral("誤交付"));
        QVERIFY(id);
        QVERIFY(sync::syncOnce(m_counter, m_central, {QStringLiteral("T01"), 100, -1}));
        supervisor::VoidDesk office(m_office, m_central, *m_keys, {{}, QStringLiteral("S01"), {}});
        QVERIFY(office.decide(person(domain::Role::Supervisor), *id, false, QStringLiteral("本人確認済み、正しい")));
        QCOMPARE(count(m_central, QStringLiteral("SELECT count(*) FROM issued_documents WHERE voided_at IS NOT NULL")),
                 0);
        QCOMPARE(count(m_central, QStringLiteral("SELECT count(*) FROM void_requests WHERE state = 'refused'")), 1);
        QCOMPARE(count(m_office, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                                "'document.void_refuse'")),
                 1);
        // Refused, it may be asked again.
        QVERIFY(counter.requestVoid(person(domain::Role::Clerk), m_serials.at(1), QStringLiteral("再確認")));
    }

    void directVoidAndReissue() {
        supervisor::VoidDesk office(m_office, m_central, *m_keys, {{}, QStringLiteral("S01"), {}});
        const staff::Principal boss = person(domain::Role::Supervisor);
        QVERIFY(office.voidDirectly(boss, m_serials.at(2), QStringLiteral("印字ミス")));
        QVERIFY(!office.voidDirectly(boss, m_serials.at(2), QStringLiteral("again")));
        const auto reissued = office.reissue(boss, m_serials.at(0), QStringLiteral("汚損"));
        QVERIFY2(reissued, qPrintable(reissued.outcome.detail));
        const QString fresh = reissued->document.serial;
        QVERIFY(fresh.startsWith(QLatin1String("S01-")));
        QCOMPARE(reissued->document.reissueOf, m_serials.at(0));
        QCOMPARE(reissued->document.fee, 0);
        // The new code checks out against the stored digest the way verify-code checks it.
        const QString digest =
            m_central.scalar(QStringLiteral("SELECT content_digest FROM issued_documents WHERE serial = ?"), {fresh})
                .toString();
        QCOMPARE(m_keys->verificationCode(fresh, digest.toLatin1()), reissued->verificationCode);
        QCOMPARE(
            m_central.scalar(QStringLiteral("SELECT verification_code FROM issued_documents WHERE serial = ?"), {fresh})
                .toString(),
            reissued->verificationCode);
        const auto old = office.document(boss, m_serials.at(0));
        QVERIFY(old);
        QVERIFY(old->isVoid());
        QCOMPARE(old->reissuedAs, fresh);
        QVERIFY(!office.reissue(boss, m_serials.at(0), QStringLiteral("twice")));
        // A voided certificate may still be reissued once.
        QVERIFY(office.reissue(boss, m_serials.at(2), QStringLiteral("印字ミスのため")));
        QCOMPARE(count(m_office, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'document.reissue'")),
                 2);
        QCOMPARE(count(m_office, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'document.void'")),
                 2);
        QVERIFY(audit::AuditTrail::verify(m_office, *m_keys).intact());
    }

    // Every role against every entry point: allowed exactly when the core's table says so; refusals audited and
    // nothing changed at the centre.
    void everyRoleMeetsTheTable_data() {
        QTest::addColumn<int>("role");
        for (domain::Role role :
             {domain::Role::Clerk, domain::Role::Supervisor, domain::Role::Admin, domain::Role::Kiosk})
            QTest::newRow(qPrintable(domain::roleName(role))) << static_cast<int>(role);
    }

    void everyRoleMeetsTheTable() {
        QFETCH(int, role);
        const staff::Principal who = person(static_cast<domain::Role>(role));
        supervisor::VoidDesk desk(m_office, m_central, *m_keys, {{}, QStringLiteral("S01"), {}});
        const auto refusals = [&] {
            return count(m_office,
                         QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'access.refused' "
                                        "AND actor = ?"),
                         {who.staffId});
        };
        int before = refusals();
        const bool requested = bool(desk.requestVoid(who, m_serials.at(0), QStringLiteral("r")));
        QCOMPARE(requested, staff::allowed(who.role, staff::Action::RequestVoid));
        QCOMPARE(refusals(), before + (requested ? 0 : 1));
        before = refusals();
        const bool voided = bool(desk.voidDirectly(who, m_serials.at(1), QStringLiteral("r")));
        QCOMPARE(voided, staff::allowed(who.role, staff::Action::VoidDocument));
        QCOMPARE(refusals(), before + (voided ? 0 : 1));
        QCOMPARE(count(m_central, QStringLiteral("SELECT count(*) FROM issued_documents WHERE voided_at IS NOT NULL")),
                 voided ? 1 : 0);
        before = refusals();
        const bool reissued = bool(desk.reissue(who, m_serials.at(2), QStringLiteral("r")));
        QCOMPARE(reissued, staff::allowed(who.role, staff::Action::ReissueDocument));
        QCOMPARE(refusals(), before + (reissued ? 0 : 1));
        QCOMPARE(count(m_central, QStringLiteral("SELECT count(*) FROM issued_documents WHERE reissue_of IS NOT NULL")),
                 reissued ? 1 : 0);
        // Nobody signed in: refused whatever the role field says.
        staff::Principal nobody = who;
        nobody.signedIn = false;
        QVERIFY(!desk.voidDirectly(nobody, m_serials.at(0), QStringLiteral("r")));
        QVERIFY(!desk.requestVoid(nobody, m_serials.at(0), QStringLiteral("r")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<privacy::KeyRing> m_keys;
    store::Connection m_counter, m_office, m_central;
    QStringList m_serials;
};

QTEST_GUILESS_MAIN(TestVoidRequests)
#include "tst_voidrequests.moc"
