// The audit trail nobody can quietly rewrite: each attack is first carried out, then shown refused or detected —
// the newest events deleted, the history re-chained with the office key and the terminal's own key, another terminal
// signing in this one's name, an unsigned event slipped in after signed ones.
#include "audit/AuditTrail.h"
#include "audit/TerminalSigner.h"
#include "issuance/Issuance.h"
#include "privacy/KeyRing.h"
#include "store/Connection.h"
#include "store/Schema.h"
#include "sync/SyncAlarms.h"
#include "sync/SyncRound.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace madoguchi;

namespace {
store::Connection open(const QString& path, store::Schema schema) {
    Result<store::Connection> c = store::Connection::openSqlite(path);
    if (!c || !store::Migrations::migrate(*c, schema))
        qFatal("cannot open %s", qPrintable(path));
    return std::move(*c.value);
}

issuance::VisitRecord visit() {
    issuance::VisitRecord record;
    record.visit.receptionNumber = QStringLiteral("A-0001");
    record.visit.residentId = QStringLiteral("R000001");
    domain::ProcedureRequest request;
    request.procedureId = QStringLiteral("juminhyo");
    request.formData = QStringLiteral("{}");
    record.requests.append(request);
    record.documents.append({0, QStringLiteral("juminhyo"), QStringLiteral("R000001"), 1, 300, "content", {}});
    domain::Payment payment;
    payment.amount = 300;
    record.payments.append(payment);
    return record;
}

int scalar(const store::Connection& c, const QString& sql, const QVariantList& values = {}) {
    return c.scalar(sql, values).toInt();
}
} // namespace

class TestAuditTrust : public QObject {
    Q_OBJECT

    void record(const store::Connection& local, int visits, const QString& terminal = QStringLiteral("T1")) {
        issuance::Issuance issuance(local, *m_keys, {QStringLiteral("clerk-1"), terminal, {}});
        for (int i = 0; i < visits; ++i)
            QVERIFY(issuance.record(visit()));
    }
    Result<sync::SyncReport> sync(const store::Connection& local, const QString& terminal = QStringLiteral("T1")) {
        return sync::syncOnce(local, m_central, {terminal, 200, -1});
    }
    QStringList alarmKinds() const {
        QStringList kinds;
        for (const sync::SyncAlarm& alarm : sync::openAlarms(m_central))
            kinds.append(alarm.kind);
        return kinds;
    }

    // What someone holding the office key file and this terminal's database can do: rewrite the chain from
    // `fromSeq` on with fresh numbers, links, keyed hashes and signatures, so that the local verify passes.
    void rechain(const store::Connection& local, qint64 fromSeq) {
        Result<audit::TerminalSigner> signer = audit::TerminalSigner::forTerminal(local);
        QVERIFY(signer);
        QSqlQuery q(local.db());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, id, at, actor, terminal_id, action, subject, reason, prev_hash, "
                                      "hash FROM audit_events ORDER BY seq")));
        QList<domain::AuditEvent> events;
        while (q.next()) {
            domain::AuditEvent e;
            e.seq = q.value(0).toLongLong();
            e.id = q.value(1).toString();
            e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            e.actor = q.value(3).toString();
            e.terminalId = q.value(4).toString();
            e.action = q.value(5).toString();
            e.subject = q.value(6).toString();
            e.reason = q.value(7).toString();
            e.prevHash = q.value(8).toString();
            e.hash = q.value(9).toString();
            events.append(e);
        }
        q.finish();
        QVERIFY(local.exec(QStringLiteral("DELETE FROM audit_events WHERE seq >= ?"), {fromSeq}));
        QString prev = fromSeq > 1 ? events.at(int(fromSeq) - 2).hash : audit::AuditTrail::genesis();
        qint64 seq = fromSeq;
        for (domain::AuditEvent e : events.mid(int(fromSeq) - 1)) {
            e.seq = seq++;
            e.prevHash = prev;
            e.format = 2;
            const QByteArray bytes = audit::AuditTrail::canonical(e);
            e.hash = m_keys->chainHash(bytes);
            e.signature = signer->sign(bytes);
            QVERIFY(local.exec(QStringLiteral("INSERT INTO audit_events (seq, id, at, actor, terminal_id, action, "
                                              "subject, reason, prev_hash, hash, format, signature) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?)"),
                               {e.seq, e.id, e.at.toString(Qt::ISODateWithMs), e.actor, e.terminalId, e.action,
                                e.subject, e.reason, e.prevHash, e.hash, e.signature}));
            prev = e.hash;
        }
        QVERIFY(local.exec(QStringLiteral("UPDATE audit_head SET last_seq = ?, last_hash = ?"), {seq - 1, prev}));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<privacy::KeyRing> keys = privacy::KeyRing::load(m_dir->filePath(QStringLiteral("keys/office.key")));
        QVERIFY(keys);
        m_keys.emplace(std::move(*keys.value));
        m_local = open(m_dir->filePath(QStringLiteral("t1.sqlite")), store::Schema::Local);
        m_central = open(m_dir->filePath(QStringLiteral("central.sqlite")), store::Schema::Central);
    }

    void cleanup() {
        m_local = {};
        m_central = {};
        m_keys.reset();
        m_dir.reset();
    }

    void eventsAreSignedAndTheCentreRegistersTheKey() {
        record(m_local, 2);
        QVERIFY(audit::AuditTrail::verify(m_local, *m_keys).intact());
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM audit_events WHERE format = 2 AND "
                                                "length(signature) > 80")),
                 4);
        QVERIFY(sync(m_local));
        QCOMPARE(m_central.scalar(QStringLiteral("SELECT public_key FROM terminal_keys WHERE terminal_id = 'T1'"))
                     .toString(),
                 audit::TerminalSigner::localPublicKey(m_local));
        QVERIFY(audit::AuditTrail::verify(m_central, *m_keys, QStringLiteral("T1")).intact());
        QCOMPARE(scalar(m_central, QStringLiteral("SELECT count(*) FROM audit_events WHERE received_at IS NULL")), 0);
        QCOMPARE(scalar(m_central, QStringLiteral("SELECT count(*) FROM visits WHERE central_received_at IS NULL")), 0);
        // An edit at the centre breaks the signature even where the attacker recomputes the keyed hash.
        QSqlQuery q(m_central.db());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, id, at, actor, terminal_id, action, subject, reason, prev_hash FROM "
                                      "audit_events WHERE seq = 2")));
        QVERIFY(q.next());
        domain::AuditEvent e;
        e.seq = 2;
        e.id = q.value(1).toString();
        e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        e.actor = QStringLiteral("someone-else");
        e.terminalId = q.value(4).toString();
        e.action = q.value(5).toString();
        e.subject = q.value(6).toString();
        e.reason = q.value(7).toString();
        e.prevHash = q.value(8).toString();
        q.finish();
        QVERIFY(m_central.exec(QStringLiteral("UPDATE audit_events SET actor = ?, hash = ? WHERE seq = 2"),
                               {e.actor, m_keys->chainHash(audit::AuditTrail::canonical(e))}));
        const audit::VerifyReport report = audit::AuditTrail::verify(m_central, *m_keys, QStringLiteral("T1"));
        QCOMPARE(report.firstBadSeq, 2);
        QVERIFY2(report.problem.contains(QLatin1String("signature")), qPrintable(report.problem));
    }

    // Several events as one write: numbered in order, chained, one head; inside a transaction that is rolled back,
    // none of them (the work and its trace go together); alone, in a transaction of their own.
    void eventsWrittenTogetherAreChainedAndGoWithTheirTransaction() {
        audit::AuditTrail trail(m_local, *m_keys);
        const audit::Actor clerk{QStringLiteral("clerk-1"), QStringLiteral("T1"), {}};
        QVERIFY(trail.append(clerk, QStringLiteral("card.read"), QStringLiteral("R000001")));
        QList<audit::AuditTrail::Entry> reads;
        for (int i = 2; i <= 6; ++i)
            reads.append({QStringLiteral("registry.read"), QStringLiteral("R00000%1").arg(i)});
        QVERIFY(trail.appendAll(clerk, reads));
        QVERIFY(!m_local.inTransaction());
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM audit_events")), 6);
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT last_seq FROM audit_head")), 6);
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'registry.read' AND "
                                                "seq = CAST(substr(subject, 2) AS INTEGER)")),
                 5); // in the order given
        QVERIFY(audit::AuditTrail::verify(m_local, *m_keys).intact());
        {
            store::Transaction work(m_local);
            QVERIFY(work.isOpen());
            QVERIFY(trail.appendAll(clerk, reads));
            QVERIFY(m_local.inTransaction()); // written inside the caller's transaction, not committed by the trail
        }                                     // rolled back
        QVERIFY(!m_local.inTransaction());
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM audit_events")), 6);
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT last_seq FROM audit_head")), 6);
        QVERIFY(trail.appendAll(clerk, {}));
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM audit_events")), 6);
    }

    // Two processes (here two connections) appending to one terminal's trail at once: each event takes its own number
    // and the chain stays whole. Before, the head was read outside any transaction, so both could take one number.
    void twoWritersAtOnceNeverShareANumber() {
        const QString path = m_dir->filePath(QStringLiteral("t1.sqlite"));
        audit::AuditTrail first(m_local, *m_keys);
        QVERIFY(first.append({QStringLiteral("clerk-1"), QStringLiteral("T1"), {}}, QStringLiteral("card.read"),
                             QStringLiteral("R000001"))); // the signing key exists before the race
        constexpr int kEach = 150;
        std::atomic<int> failed = 0;
        const auto writer = [&](int n) {
            const QString name = QStringLiteral("writer-%1").arg(n);
            {
                Result<store::Connection> own = store::Connection::openSqlite(path);
                if (!own) {
                    ++failed;
                    return;
                }
                audit::AuditTrail trail(*own, *m_keys);
                for (int i = 0; i < kEach; ++i)
                    if (!trail.appendAll({name, QStringLiteral("T1"), {}},
                                         {{QStringLiteral("registry.read"), QString::number(i)},
                                          {QStringLiteral("registry.household"), QString::number(i)}}))
                        ++failed;
            }
        };
        std::thread a(writer, 1);
        std::thread b(writer, 2);
        a.join();
        b.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM audit_events")), 1 + 2 * 2 * kEach);
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(DISTINCT seq) FROM audit_events")), 1 + 2 * 2 * kEach);
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT max(seq) FROM audit_events")), 1 + 2 * 2 * kEach);
        const audit::VerifyReport report = audit::AuditTrail::verify(m_local, *m_keys);
        QVERIFY2(report.intact(), qPrintable(report.problem));
        // Each writer's two events of one call stay next to each other: one write, not interleaved.
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM audit_events h JOIN audit_events r ON r.seq = "
                                                "h.seq - 1 WHERE h.action = 'registry.household' AND r.action = "
                                                "'registry.read' AND r.actor = h.actor AND r.subject = h.subject")),
                 2 * kEach);
    }

    // Attack: delete the newest local events after the centre saw them. Before: new events reused the numbers, sync
    // sent nothing of them and both chains verified. Now: numbers go on, sync stops with an alarm.
    // The hole: fields were joined by U+001F and never escaped, so text holding the separator could move between
    // fields (subject and reason here) and hash the same. Format 2 length-prefixes every field.
    void fieldsAreLengthPrefixedSoNoTextPassesForASeparator() {
        domain::AuditEvent a;
        a.seq = 7;
        a.id = QStringLiteral("e7");
        a.at = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
        a.actor = QStringLiteral("staff-1");
        a.terminalId = QStringLiteral("T1");
        a.action = QStringLiteral("card.read");
        a.subject = QStringLiteral("R000001") + QChar(0x1F) + QStringLiteral("by card");
        a.reason = QStringLiteral("ok");
        domain::AuditEvent b = a;
        b.subject = QStringLiteral("R000001");
        b.reason = QStringLiteral("by card") + QChar(0x1F) + QStringLiteral("ok");
        a.format = b.format = 1;
        QCOMPARE(audit::AuditTrail::canonical(a), audit::AuditTrail::canonical(b)); // what format 1 allowed
        a.format = b.format = 2;
        QVERIFY(audit::AuditTrail::canonical(a) != audit::AuditTrail::canonical(b));
        QVERIFY(m_keys->chainHash(audit::AuditTrail::canonical(a)) !=
                m_keys->chainHash(audit::AuditTrail::canonical(b)));
    }

    void truncatedNewestEventsRaiseAnAlarm() {
        record(m_local, 3);
        QVERIFY(sync(m_local));
        const int newest = scalar(m_local, QStringLiteral("SELECT max(seq) FROM audit_events"));
        QCOMPARE(newest, 6);
        QVERIFY(m_local.exec(QStringLiteral("DELETE FROM audit_events WHERE seq > 4")));
        record(m_local, 1);
        // No number is used twice: the new events follow the deleted ones.
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT min(seq) FROM audit_events WHERE seq > 4")), 7);
        QVERIFY(!audit::AuditTrail::verify(m_local, *m_keys).intact()); // the gap shows locally
        const auto refused = sync(m_local);
        QVERIFY(!refused);
        QVERIFY(refused.outcome.detail.contains(QLatin1String("audit_truncated")));
        QCOMPARE(alarmKinds(), QStringList{QStringLiteral("audit_truncated")});
        // Stopped: the new visit stays on the terminal, the centre's chain is unchanged and intact.
        QCOMPARE(scalar(m_central, QStringLiteral("SELECT count(*) FROM visits")), 3);
        QCOMPARE(scalar(m_central, QStringLiteral("SELECT max(seq) FROM audit_events")), 6);
        QVERIFY(audit::AuditTrail::verify(m_central, *m_keys, QStringLiteral("T1")).intact());
        // Retrying does not flood the supervisor with the same alarm.
        QVERIFY(!sync(m_local));
        QCOMPARE(sync::openAlarms(m_central).size(), 1);
    }

    // Attack: with the office key file and the terminal's database, delete an event the centre already has and
    // re-chain (and re-sign) everything after it. Before: `audit verify` passed. Now the local verify still passes
    // (that is the attack), but the centre refuses: its copy of the same number differs.
    void rechainedHistoryIsRefusedByTheCentre() {
        record(m_local, 3);
        QVERIFY(sync(m_local));
        QVERIFY(m_local.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 2")));
        rechain(m_local, 2);
        record(m_local, 1); // back to as many events as the centre has, and more
        QVERIFY(audit::AuditTrail::verify(m_local, *m_keys).intact());
        const auto refused = sync(m_local);
        QVERIFY(!refused);
        QCOMPARE(alarmKinds(), QStringList{QStringLiteral("audit_fork")});
        QCOMPARE(scalar(m_central, QStringLiteral("SELECT count(*) FROM visits")), 3);
        QVERIFY(audit::AuditTrail::verify(m_central, *m_keys, QStringLiteral("T1")).intact());
    }

    // Attack: rewrite events the centre has not seen yet, by hand, without the chain key's help for the signature:
    // the centre checks every arriving event's link and signature and refuses the batch.
    void forgedUnsentEventIsRefusedOnArrival() {
        record(m_local, 1);
        QVERIFY(sync(m_local));
        record(m_local, 2);
        QVERIFY(m_local.exec(QStringLiteral("UPDATE audit_events SET subject = 'R999999' WHERE seq = 4")));
        const auto refused = sync(m_local);
        QVERIFY(!refused);
        QCOMPARE(alarmKinds(), QStringList{QStringLiteral("audit_refused")});
        QCOMPARE(scalar(m_central, QStringLiteral("SELECT max(seq) FROM audit_events")), 2);
        // An unsigned (format 1) event slipped in after signed ones is refused the same way.
        QVERIFY(m_local.exec(QStringLiteral("UPDATE audit_events SET subject = 'R000001' WHERE seq = 4")));
        QVERIFY(sync::clearAlarm(m_central, sync::openAlarms(m_central).first().id));
        QVERIFY(m_local.exec(QStringLiteral("UPDATE audit_events SET format = 1, signature = '' WHERE seq = 3")));
        QVERIFY(!sync(m_local));
        QCOMPARE(alarmKinds(), QStringList{QStringLiteral("audit_refused")});
        QVERIFY(!audit::AuditTrail::verify(m_local, *m_keys).intact());
    }

    // Attack: another terminal, holding the same office key file, writes and sends events in this terminal's name.
    // Its key is not the one the centre registered for T1: refused with an alarm, nothing stored.
    void anotherTerminalCannotSignForThisOne() {
        record(m_local, 1);
        QVERIFY(sync(m_local));
        store::Connection impostor = open(m_dir->filePath(QStringLiteral("t2.sqlite")), store::Schema::Local);
        record(impostor, 1);
        const auto refused = sync(impostor);
        QVERIFY(!refused);
        QCOMPARE(alarmKinds(), QStringList{QStringLiteral("audit_key_mismatch")});
        QCOMPARE(scalar(m_central, QStringLiteral("SELECT count(*) FROM visits")), 1);
        QCOMPARE(scalar(m_central, QStringLiteral("SELECT count(*) FROM terminal_keys")), 1);
    }

    // Attack at the centre: delete its newest events of a terminal. Without an anchor the shorter chain is still a
    // valid chain; with the heads anchored (and printed on the day's report) verify names the missing event.
    void anchoredHeadCatchesTruncationAtTheCentre() {
        record(m_local, 2);
        QVERIFY(sync(m_local));
        const auto heads = audit::AuditTrail::anchor(m_central, QStringLiteral("boss-1"));
        QVERIFY(heads);
        QCOMPARE(heads->size(), 1);
        QCOMPARE(heads->first().seq, 4);
        QCOMPARE(heads->first().hash,
                 m_local.scalar(QStringLiteral("SELECT hash FROM audit_events WHERE seq = 4")).toString());
        QVERIFY(audit::AuditTrail::verify(m_central, *m_keys, QStringLiteral("T1")).intact());
        QVERIFY(m_central.exec(QStringLiteral("DELETE FROM audit_events WHERE seq >= 3")));
        const audit::VerifyReport report = audit::AuditTrail::verify(m_central, *m_keys, QStringLiteral("T1"));
        QCOMPARE(report.firstBadSeq, 4);
        QVERIFY2(report.problem.contains(QLatin1String("anchored")), qPrintable(report.problem));
    }

    // Attack: keep signing in offline with an account the centre removed. The next pull removes it locally too.
    void centrallyRemovedStaffIsRemovedLocally() {
        const QVariantList row{QStringLiteral("s-1"),
                               QStringLiteral("gone1"),
                               QStringLiteral("x"),
                               QStringLiteral("clerk"),
                               QStringLiteral("$argon2id$x"),
                               1,
                               QStringLiteral("2026-04-01T00:00:00.000Z")};
        const QString insert = QStringLiteral("INSERT INTO staff (id, login, display_name, role, password_hash, "
                                              "active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        QVERIFY(m_central.exec(insert, row));
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM staff_copy")), 0);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(sync(m_local));
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM staff")), 1);
        // The pull stamps when the copy was made equal to the centre's: the offline sign-in trusts it only so long.
        const QDateTime pulled = QDateTime::fromString(
            m_local.scalar(QStringLiteral("SELECT pulled_at FROM staff_copy WHERE id = 1")).toString(),
            Qt::ISODateWithMs);
        QVERIFY2(pulled >= before && pulled <= QDateTime::currentDateTimeUtc(), qPrintable(pulled.toString()));
        QVERIFY(m_central.exec(QStringLiteral("DELETE FROM staff")));
        QVERIFY(sync(m_local));
        QCOMPARE(scalar(m_local, QStringLiteral("SELECT count(*) FROM staff")), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<privacy::KeyRing> m_keys;
    store::Connection m_local;
    store::Connection m_central;
};

QTEST_GUILESS_MAIN(TestAuditTrust)
#include "tst_audittrust.moc"
