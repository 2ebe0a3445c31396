// The kiosk's pre-entry on a real central store: sealed at rest, read back whole, refused to the wrong people, and
// gone when its ticket's visit ends or its day closes.
#include "CatalogueSources.h"
#include "Settings.h"
#include "counter/CounterCatalogue.h"
#include "kiosk/KioskJourney.h"
#include "kiosk/MemberChoices.h"
#include "kiosk/PreEntryStore.h"
#include "privacy/KeyRing.h"
#include "queue/TicketQueue.h"
#include "store/Connection.h"
#include "store/Schema.h"
#include "supervisor/CashDesk.h"
#include "visit/VisitPorts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace madoguchi;

namespace {
class FixedClock final : public visit::Clock {
public:
    QDateTime now() const override { return at; }
    QDateTime at = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
};

staff::Principal person(domain::Role role) {
    const QString name = domain::roleName(role);
    return {name + QStringLiteral("-id"), name, role, true};
}

// A value no other data of the test holds: found in the store only if the seal failed.
const QString kSentinel = QStringLiteral("ZZSENTINEL-転居先-4711");

visit::PreEntry sample() {
    visit::PreEntry p;
    p.language = QStringLiteral("vi");
    p.lifeEventIds = {QStringLiteral("move-within")};
    p.procedures = {QStringLiteral("resident-certificate")};
    p.answers = {{QStringLiteral("has_care_certification"), QStringLiteral("no")}};
    p.followUps = {{QStringLiteral("child-allowance-change-notice"), false}};
    p.fields = {{QStringLiteral("new_address"), QStringLiteral("武蔵野市中町一丁目2番3号 ") + kSentinel},
                {QStringLiteral("move_date"), QStringLiteral("2026-11-20")},
                {QStringLiteral("new_postal_code"), QStringLiteral("180-0006")}};
    p.members.append(visit::Member{QStringLiteral("山田　次郎"), QDate(2019, 5, 1), QStringLiteral("1"),
                                   QStringLiteral("子"), visit::FieldSource::Typed});
    p.face.name = QStringLiteral("山田　太郎");
    p.face.address = QStringLiteral("東京都武蔵野市緑町二丁目2番28号");
    p.face.birthDate = QDate(1985, 9, 12);
    p.face.sex = QStringLiteral("1");
    return p;
}
} // namespace

class TestPreEntry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        Result<privacy::KeyRing> keys = privacy::KeyRing::load(m_dir->filePath(QStringLiteral("office.key")));
        QVERIFY(keys);
        m_keys.emplace(std::move(*keys.value));
        Result<store::Connection> c = store::Connection::openSqlite(m_dir->filePath(QStringLiteral("central.sqlite")));
        QVERIFY(c);
        QVERIFY(store::Migrations::migrate(*c, store::Schema::Central));
        m_central = std::move(*c.value);
    }
    void cleanup() {
        m_central = {};
        m_keys.reset();
        m_dir.reset();
    }

    void jsonRoundTripAndWipe() {
        const visit::PreEntry p = sample();
        const std::optional<visit::PreEntry> back = visit::PreEntry::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(*back, p);
        QVERIFY(!visit::PreEntry::fromJson("{}"));
        QVERIFY(!visit::PreEntry::fromJson("not json"));
        visit::PreEntry wiped = p;
        wiped.wipe();
        QVERIFY(wiped.isEmpty());
        QCOMPARE(wiped, visit::PreEntry{});
    }

    void sealedAtRestAndReadBack() {
        queue::TicketQueue tickets(m_central, m_clock, QStringLiteral("K01"));
        const Result<queue::Ticket> t =
            tickets.issue(person(domain::Role::Kiosk), QStringLiteral("moves"), QStringLiteral("kiosk"));
        QVERIFY(t);
        kiosk::PreEntryStore store(m_central, *m_keys, QStringLiteral("K01"));
        QVERIFY(store.put(person(domain::Role::Kiosk), t->id, sample()));
        QCOMPARE(store.count(), 1);
        // Nothing of the resident is readable in the row: only the ticket id, the day and the box.
        QSqlQuery q(m_central.db());
        QVERIFY(q.exec(QStringLiteral("SELECT ticket_id, business_date, sealed FROM queue_pre_entries")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), t->id);
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-11-24"));
        const QByteArray sealed = q.value(2).toByteArray();
        QVERIFY(!sealed.contains(kSentinel.toUtf8()));
        QVERIFY(!sealed.contains(QStringLiteral("山田").toUtf8()));
        QVERIFY(!sealed.contains("move-within"));
        q.finish();
        // The counter that calls the ticket reads it back whole.
        const auto loaded = store.load(person(domain::Role::Clerk), t->id);
        QVERIFY(loaded);
        QVERIFY(loaded->has_value());
        QCOMPARE(**loaded, sample());
        // A second entry for the same ticket replaces the first.
        visit::PreEntry other = sample();
        other.lifeEventIds = {QStringLiteral("move-out")};
        QVERIFY(store.put(person(domain::Role::Kiosk), t->id, other));
        QCOMPARE(store.count(), 1);
        QCOMPARE((*store.load(person(domain::Role::Clerk), t->id))->lifeEventIds,
                 QStringList{QStringLiteral("move-out")});
        // No pre-entry: no value, not a refusal.
        const auto none = store.load(person(domain::Role::Clerk), QStringLiteral("no-such-ticket"));
        QVERIFY(none);
        QVERIFY(!none->has_value());
    }

    void refusedToTheWrongPeopleAndTickets() {
        queue::TicketQueue tickets(m_central, m_clock, QStringLiteral("K01"));
        const Result<queue::Ticket> t =
            tickets.issue(person(domain::Role::Kiosk), QStringLiteral("moves"), QStringLiteral("kiosk"));
        QVERIFY(t);
        kiosk::PreEntryStore store(m_central, *m_keys, QStringLiteral("K01"));
        // Every role the table refuses is refused here too, for writing and for reading.
        for (const domain::Role role :
             {domain::Role::Clerk, domain::Role::Supervisor, domain::Role::Admin, domain::Role::Kiosk}) {
            const bool may = staff::allowed(role, staff::Action::PreEntry);
            QCOMPARE(bool(store.put(person(role), t->id, sample())), may);
            QCOMPARE(bool(store.load(person(role), t->id)), may);
        }
        staff::Principal nobody = person(domain::Role::Kiosk);
        nobody.signedIn = false;
        QVERIFY(!store.put(nobody, t->id, sample()));
        QVERIFY(!store.load(nobody, t->id));
        // The kiosk never holds a My Number, so a pre-entry carrying one is refused.
        visit::PreEntry withNumber = sample();
        withNumber.face.myNumber = card::MyNumber::fromDigits("952601815908");
        QVERIFY(withNumber.face.myNumber.has_value());
        QVERIFY(!store.put(person(domain::Role::Kiosk), t->id, withNumber));
        // Unknown and already-called tickets take none.
        QVERIFY(!store.put(person(domain::Role::Kiosk), QStringLiteral("no-such-ticket"), sample()));
        QVERIFY(tickets.callNext(person(domain::Role::Clerk), QStringLiteral("1")));
        QVERIFY(!store.put(person(domain::Role::Kiosk), t->id, sample()));
        // Sealed under another office key: refused, not garbage.
        Result<privacy::KeyRing> otherKeys = privacy::KeyRing::load(m_dir->filePath(QStringLiteral("other.key")));
        QVERIFY(otherKeys);
        kiosk::PreEntryStore elsewhere(m_central, *otherKeys, QStringLiteral("K02"));
        QVERIFY(store.count() == 1);
        const auto unreadable = elsewhere.load(person(domain::Role::Clerk), t->id);
        QVERIFY(!unreadable);
        QVERIFY(!unreadable.outcome.message.isEmpty());
    }

    // The hole of crypto_secretbox without associated data: a box copied into another ticket's row opened there,
    // as that resident's pre-entry. Now the ticket's id and day are the associated data.
    void copiedToAnotherTicketItNoLongerOpens() {
        queue::TicketQueue tickets(m_central, m_clock, QStringLiteral("K01"));
        kiosk::PreEntryStore store(m_central, *m_keys, QStringLiteral("K01"));
        const staff::Principal kiosk = person(domain::Role::Kiosk);
        const staff::Principal clerk = person(domain::Role::Clerk);
        const Result<queue::Ticket> a = tickets.issue(kiosk, QStringLiteral("moves"), QStringLiteral("kiosk"));
        const Result<queue::Ticket> b = tickets.issue(kiosk, QStringLiteral("moves"), QStringLiteral("kiosk"));
        QVERIFY(a && b);
        visit::PreEntry other = sample();
        other.lifeEventIds = {QStringLiteral("move-out")};
        QVERIFY(store.put(kiosk, a->id, sample()));
        QVERIFY(store.put(kiosk, b->id, other));
        const auto sealedOf = [this](const QString& ticketId) {
            return m_central
                .scalar(QStringLiteral("SELECT sealed FROM queue_pre_entries WHERE ticket_id = ?"), {ticketId})
                .toByteArray();
        };
        const QByteArray boxOfA = sealedOf(a->id);
        QCOMPARE(m_central.scalar(QStringLiteral("SELECT format FROM queue_pre_entries WHERE ticket_id = ?"), {a->id})
                     .toInt(),
                 2);
        // Sealed for A's place only: not under the terminal's own sealing key, not for B, not for another day.
        QVERIFY(
            m_keys->unsealShared(boxOfA, privacy::SealPlace::preEntryOf(a->id, QStringLiteral("2026-11-24"))).size() >
            0);
        QVERIFY(m_keys->unsealShared(boxOfA, privacy::SealPlace::preEntryOf(b->id, QStringLiteral("2026-11-24")))
                    .isEmpty());
        QVERIFY(m_keys->unsealShared(boxOfA, privacy::SealPlace::preEntryOf(a->id, QStringLiteral("2026-11-25")))
                    .isEmpty());
        QVERIFY(
            m_keys->unsealAt(boxOfA, privacy::SealPlace::preEntryOf(a->id, QStringLiteral("2026-11-24"))).isEmpty());
        QVERIFY(m_keys->unsealLegacy(boxOfA).isEmpty());

        // The attack, in the central store itself: A's box copied over B's row.
        QVERIFY(m_central.exec(QStringLiteral("UPDATE queue_pre_entries SET sealed = ? WHERE ticket_id = ?"),
                               {boxOfA, b->id}));
        const auto copied = store.load(clerk, b->id);
        QVERIFY(!copied);
        QVERIFY(!copied.outcome.message.isEmpty());
        // A's own row still opens, as A's.
        const auto own = store.load(clerk, a->id);
        QVERIFY(own && own->has_value());
        QCOMPARE(**own, sample());
        // The same box moved to another day of the same ticket does not open either.
        QVERIFY(m_central.exec(QStringLiteral("UPDATE queue_pre_entries SET business_date = '2026-11-25' WHERE "
                                              "ticket_id = ?"),
                               {a->id}));
        QVERIFY(!store.load(clerk, a->id));
        // An old-style box (crypto_secretbox, format 1) slipped in is never opened, whatever the row.
        QByteArray plain = sample().toJson();
        QVERIFY(m_central.exec(QStringLiteral("UPDATE queue_pre_entries SET sealed = ?, format = 1 WHERE "
                                              "ticket_id = ?"),
                               {m_keys->sealLegacy(plain), b->id}));
        QVERIFY(!store.load(clerk, b->id));
    }

    // A central store written before step 15: its secretbox rows are re-sealed for their tickets in one transaction
    // by the first counter or kiosk that opens it with the office key; a row that does not open stops the step whole.
    void oldRowsAreResealedByCentralStep15() {
        Result<store::Connection> c = store::Connection::openSqlite(m_dir->filePath(QStringLiteral("old.sqlite")));
        QVERIFY(c);
        const store::Connection& old = *c;
        QVERIFY(store::Migrations::migrate(old, store::Schema::Central, 12));
        queue::TicketQueue tickets(old, m_clock, QStringLiteral("K01"));
        const staff::Principal kiosk = person(domain::Role::Kiosk);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            const Result<queue::Ticket> t = tickets.issue(kiosk, QStringLiteral("moves"), QStringLiteral("kiosk"));
            QVERIFY(t);
            ids << t->id;
            visit::PreEntry entry = sample();
            entry.language = i == 0 ? QStringLiteral("vi") : QStringLiteral("en");
            // What the build before step 15 wrote: crypto_secretbox, no associated data.
            QVERIFY(old.exec(QStringLiteral("INSERT INTO queue_pre_entries (ticket_id, business_date, sealed, "
                                            "terminal_id, stored_at) VALUES (?, '2026-11-24', ?, 'K01', "
                                            "'2026-11-24T09:00:00.000Z')"),
                             {t->id, m_keys->sealLegacy(entry.toJson())}));
        }
        QVERIFY(store::Migrations::migrate(old, store::Schema::Central));
        kiosk::PreEntryStore store(old, *m_keys, QStringLiteral("K01"));
        // Not yet re-sealed: not opened.
        QVERIFY(!store.load(person(domain::Role::Clerk), ids.at(0)));

        // Under another office key nothing opens: refused whole, every row as it was.
        Result<privacy::KeyRing> otherKeys = privacy::KeyRing::load(m_dir->filePath(QStringLiteral("other.key")));
        QVERIFY(otherKeys);
        QVERIFY(!kiosk::PreEntryStore::upgradeSealing(old, *otherKeys));
        QCOMPARE(old.scalar(QStringLiteral("SELECT count(*) FROM queue_pre_entries WHERE format = 1")).toInt(), 3);

        const Result<int> upgraded = kiosk::PreEntryStore::upgradeSealing(old, *m_keys);
        QVERIFY2(upgraded, qPrintable(upgraded.outcome.detail));
        QCOMPARE(*upgraded, 3);
        QCOMPARE(old.scalar(QStringLiteral("SELECT count(*) FROM queue_pre_entries WHERE format = 2")).toInt(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto loaded = store.load(person(domain::Role::Clerk), ids.at(i));
            QVERIFY2(loaded, qPrintable(loaded.outcome.detail));
            QVERIFY(loaded->has_value());
            QCOMPARE((*loaded)->language, i == 0 ? QStringLiteral("vi") : QStringLiteral("en"));
            const QByteArray sealed =
                old.scalar(QStringLiteral("SELECT sealed FROM queue_pre_entries WHERE ticket_id = ?"), {ids.at(i)})
                    .toByteArray();
            QVERIFY(m_keys->unsealLegacy(sealed).isEmpty());
        }
        // Once is enough: nothing left to do.
        QCOMPARE(*kiosk::PreEntryStore::upgradeSealing(old, *m_keys), 0);
        // And the re-sealed rows are bound too: the first ticket's box in the second's row does not open.
        const QByteArray first =
            old.scalar(QStringLiteral("SELECT sealed FROM queue_pre_entries WHERE ticket_id = ?"), {ids.at(0)})
                .toByteArray();
        QVERIFY(old.exec(QStringLiteral("UPDATE queue_pre_entries SET sealed = ? WHERE ticket_id = ?"),
                         {first, ids.at(1)}));
        QVERIFY(!store.load(person(domain::Role::Clerk), ids.at(1)));
    }

    void goneWhenTheVisitEnds() {
        queue::TicketQueue tickets(m_central, m_clock, QStringLiteral("K01"));
        kiosk::PreEntryStore store(m_central, *m_keys, QStringLiteral("K01"));
        const staff::Principal kiosk = person(domain::Role::Kiosk);
        const staff::Principal clerk = person(domain::Role::Clerk);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            const Result<queue::Ticket> t = tickets.issue(kiosk, QStringLiteral("moves"), QStringLiteral("kiosk"));
            QVERIFY(t);
            QVERIFY(store.put(kiosk, t->id, sample()));
            ids << t->number;
        }
        QCOMPARE(store.count(), 3);
        // Served and done: its pre-entry is deleted with the ticket's last change.
        QVERIFY(tickets.call(clerk, ids.at(0), QStringLiteral("1")));
        QCOMPARE(store.count(), 3);
        QVERIFY(tickets.serve(clerk, ids.at(0), QStringLiteral("1")));
        QVERIFY(tickets.finish(clerk, ids.at(0), QStringLiteral("1")));
        QCOMPARE(store.count(), 2);
        // Absent too often: dropped, and its pre-entry with it; absent once keeps it (the resident may come back).
        QVERIFY(tickets.call(clerk, ids.at(1), QStringLiteral("1")));
        QVERIFY(tickets.markAbsent(clerk, ids.at(1), QStringLiteral("1")));
        QCOMPARE(store.count(), 2);
        m_clock.at = m_clock.at.addSecs(11 * 60);
        const auto again = tickets.callNext(clerk, QStringLiteral("1"));
        QVERIFY(again && again->has_value());
        QCOMPARE((*again)->number, ids.at(1));
        const auto dropped = tickets.markAbsent(clerk, ids.at(1), QStringLiteral("1"));
        QVERIFY(dropped);
        QCOMPARE(dropped->state, QStringLiteral("dropped"));
        QCOMPARE(store.count(), 1);
        // Closing the day deletes what is left of it.
        Result<store::Connection> local =
            store::Connection::openSqlite(m_dir->filePath(QStringLiteral("supervisor.sqlite")));
        QVERIFY(local && store::Migrations::migrate(*local, store::Schema::Local));
        supervisor::CashDesk desk(*local, m_central, *m_keys, QStringLiteral("S01"));
        desk.setClock([this] { return m_clock.now(); });
        const auto closed = desk.close(person(domain::Role::Supervisor), QDate(2026, 11, 24));
        QVERIFY2(closed, qPrintable(closed.outcome.detail));
        QCOMPARE(store.count(), 0);
    }

    void purgeUpToADay() {
        queue::TicketQueue tickets(m_central, m_clock, QStringLiteral("K01"));
        kiosk::PreEntryStore store(m_central, *m_keys, QStringLiteral("K01"));
        const staff::Principal kiosk = person(domain::Role::Kiosk);
        const Result<queue::Ticket> first = tickets.issue(kiosk, QStringLiteral("moves"), QStringLiteral("kiosk"));
        QVERIFY(first && store.put(kiosk, first->id, sample()));
        m_clock.at = m_clock.at.addDays(1);
        const Result<queue::Ticket> second = tickets.issue(kiosk, QStringLiteral("moves"), QStringLiteral("kiosk"));
        QVERIFY(second && store.put(kiosk, second->id, sample()));
        const Result<int> purged = store.purgeUpTo(QDate(2026, 11, 24));
        QVERIFY(purged);
        QCOMPARE(*purged, 1);
        QCOMPARE(store.count(), 1);
        QVERIFY(*store.remove(second->id));
        QVERIFY(!*store.remove(second->id));
        QCOMPARE(store.count(), 0);
    }

    // The kiosk's ticket and its pre-entry are one transaction: a failure between the two leaves neither — no
    // ticket, no event, no number taken, no pre-entry — and the next ticket takes the number the failed one would have.
    void ticketAndPreEntryCommitTogether() {
        queue::TicketQueue tickets(m_central, m_clock, QStringLiteral("K01"));
        kiosk::PreEntryStore store(m_central, *m_keys, QStringLiteral("K01"));
        const staff::Principal kiosk = person(domain::Role::Kiosk);
        const QString group = QStringLiteral("moves");
        const auto rows = [this](const char* table) {
            return m_central.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
        };
        const auto nothingKept = [&] {
            return rows("queue_tickets") == 0 && rows("queue_events") == 0 && rows("queue_pre_entries") == 0 &&
                   m_central.scalar(QStringLiteral("SELECT coalesce(max(last_value), 0) FROM queue_numbers")).toInt() ==
                       0;
        };

        // 1. The store fails on the pre-entry's insert, after the ticket's row and event are written.
        QVERIFY(m_central.exec(QStringLiteral("CREATE TRIGGER fail_pre_entry BEFORE INSERT ON queue_pre_entries "
                                              "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")));
        Result<queue::Ticket> t = store.issueWithEntry(tickets, kiosk, group, sample());
        QVERIFY(!t);
        QVERIFY(t.outcome.detail.contains(QStringLiteral("disk trouble")));
        QVERIFY(nothingKept());
        QVERIFY(m_central.exec(QStringLiteral("DROP TRIGGER fail_pre_entry")));

        // 2. The step after the pre-entry (the kiosk's audit of it) refuses: the entry and the ticket go back too.
        QString seen;
        t = store.issueWithEntry(tickets, kiosk, group, sample(), [&](const queue::Ticket& ticket) {
            seen = ticket.number;
            // Inside the transaction: the ticket and the entry are written, not yet committed.
            if (rows("queue_pre_entries") != 1 || rows("queue_tickets") != 1)
                return Outcome::failure(QStringLiteral("not written"), QStringLiteral("not written"));
            return Outcome::failure(QStringLiteral("audit trail unavailable"), QStringLiteral("audit refused"));
        });
        QVERIFY(!t);
        QCOMPARE(t.outcome.detail, QStringLiteral("audit refused"));
        QCOMPARE(seen, QStringLiteral("B-001"));
        QVERIFY(nothingKept());

        // 3. A pre-entry the store refuses (it carries a My Number): no ticket either.
        visit::PreEntry withNumber = sample();
        withNumber.face.myNumber = card::MyNumber::fromDigits("952601815908");
        QVERIFY(!store.issueWithEntry(tickets, kiosk, group, withNumber));
        QVERIFY(nothingKept());

        // 4. Nothing fails: both are there, and the number is the first of the day.
        t = store.issueWithEntry(tickets, kiosk, group, sample());
        QVERIFY2(t, qPrintable(t.outcome.detail));
        QCOMPARE(t->number, seen);
        QCOMPARE(rows("queue_tickets"), 1);
        QCOMPARE(store.count(), 1);
        const auto loaded = store.load(person(domain::Role::Clerk), t->id);
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE(**loaded, sample());
        // An empty entry: the ticket alone.
        const Result<queue::Ticket> plain = store.issueWithEntry(tickets, kiosk, group, visit::PreEntry{});
        QVERIFY(plain);
        QCOMPARE(rows("queue_tickets"), 2);
        QCOMPARE(store.count(), 1);
    }

    // The kiosk's choices for a family member are data: the shipped file, and what a broken one gives.
    void memberChoicesComeFromTheData() {
        const kiosk::MemberChoices& shipped = kiosk::memberChoices();
        QStringList sexes, relationships;
        for (const kiosk::MemberChoice& c : shipped.sexes)
            sexes << c.value;
        for (const kiosk::MemberChoice& c : shipped.relationships) {
            relationships << c.value;
            QVERIFY(!c.label.in(QStringLiteral("en")).isEmpty());
        }
        QCOMPARE(sexes, QStringList({QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(relationships.contains(QStringLiteral("妻")) && relationships.contains(QStringLiteral("子")));
        QString error;
        const kiosk::MemberChoices edited = kiosk::parseMemberChoices(
            R"({"sex": [{"value": "1", "label": {"ja": "男"}}, {"value": "", "label": {"ja": "?"}}],
                "relationship": [{"value": "孫", "label": {"ja": "孫", "en": "Grandchild"}}, {"value": "x"}]})",
            &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(edited.sexes.size(), 1);
        QCOMPARE(edited.relationships.size(), 1);
        QCOMPARE(edited.relationships.first().value, QStringLiteral("孫"));
        const kiosk::MemberChoices broken = kiosk::parseMemberChoices("not json", &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(broken.sexes.isEmpty() && broken.relationships.isEmpty());
    }

    // The journey keeps a family member only with a sex and a relationship the data offers: every entry of
    // resources/kiosk/members.json (read here as the file, not through the loader) is taken, anything else refused.
    void journeyTakesEveryMemberChoiceOfTheDataAndNothingElse() {
        QFile file(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + QStringLiteral("/resources/kiosk/members.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
        QStringList sexes, relationships;
        for (const QJsonValue& v : data.value(QStringLiteral("sex")).toArray())
            sexes << v.toObject().value(QStringLiteral("value")).toString();
        for (const QJsonValue& v : data.value(QStringLiteral("relationship")).toArray())
            relationships << v.toObject().value(QStringLiteral("value")).toString();
        QVERIFY(!sexes.isEmpty() && !relationships.isEmpty());

        qputenv("MADOGUCHI_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toUtf8());
        const Settings settings(m_dir->filePath(QStringLiteral("madoguchi.ini")));
        const TerminalCatalogue terminal = CatalogueSources::load(settings);
        QVERIFY(terminal.load.ok());
        const counter::CounterCatalogue catalogue(terminal.load.catalogue);
        QString eventId;
        for (const visit::LifeEventSpec& e : catalogue.lifeEvents())
            if (e.hasMembers && eventId.isEmpty())
                eventId = e.id;
        QVERIFY(!eventId.isEmpty());
        kiosk::KioskJourney journey(catalogue, m_clock);
        QVERIFY(journey.toggle(eventId));
        QVERIFY(journey.takesMembers());
        const auto member = [](const QString& sex, const QString& relationship) {
            return visit::Member{QStringLiteral("山田　花子"), QDate(2015, 4, 1), sex, relationship,
                                 visit::FieldSource::Typed};
        };
        int kept = 0;
        for (const QString& sex : sexes)
            for (const QString& relationship : relationships) {
                QVERIFY2(journey.addMember(member(sex, relationship)),
                         qPrintable(sex + QLatin1Char(' ') + relationship));
                ++kept;
            }
        // Codes the registry may know but the file does not offer, and values nobody offers: refused.
        for (const QString& sex : {QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("9"), QStringLiteral("x"),
                                   QStringLiteral(""), QStringLiteral("男性")})
            if (!sexes.contains(sex))
                QVERIFY2(!journey.addMember(member(sex, relationships.first())), qPrintable(sex));
        for (const QString& relationship : {QStringLiteral("他人"), QStringLiteral("x"), QStringLiteral("")})
            if (!relationships.contains(relationship))
                QVERIFY2(!journey.addMember(member(sexes.first(), relationship)), qPrintable(relationship));
        QCOMPARE(journey.members().size(), kept);
        journey.wipe();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<privacy::KeyRing> m_keys;
    store::Connection m_central;
    FixedClock m_clock;
};

QTEST_GUILESS_MAIN(TestPreEntry)
#include "tst_preentry.moc"
