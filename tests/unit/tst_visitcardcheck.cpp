// The visit's seam for the card's authenticity and face photo: a card that failed its check prefills nothing and is
// audited; "not checkable" warns or stops as the city set it; the photo is held for the clerk and zeroed in memory
// when the visit ends, whichever way it ends (a sentinel test, as for the PIN).
#include "CardAccess.h"
#include "Settings.h"
#include "counter/CounterCard.h"
#include "visit/VisitWorkflow.h"

#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::visit;
using Step = VisitWorkflow::Step;
using Stage = VisitWorkflow::IdentifyStage;

namespace {
constexpr int kW = 96;
constexpr int kH = 120;
constexpr char kSentinel = '\xA5';

class FixedClock final : public Clock {
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now{QDate(2026, 12, 2), QTime(9, 0), Qt::UTC};
};

// Answers a read at once with the outcome the test prepared.
class PreparedCard final : public CardPort {
public:
    void queryTriesLeft(std::function<void(CardOutcome)> done) override {
        CardOutcome o;
        o.triesLeft = 3;
        done(o);
    }
    void readWithPin(card::CardSecret, bool, bool, std::function<void(CardOutcome)> done) override { done(next); }
    void readWithCodeB(card::CardSecret, bool, bool, std::function<void(CardOutcome)> done) override { done(next); }
    void release() override {}
    CardOutcome next;
};

class OneResidentRegistry final : public RegistryPort {
public:
    void matchCard(const CardFace& face, std::function<void(LookupOutcome)> done) override {
        ++lookups;
        LookupOutcome o;
        RegistryPerson p;
        p.residentId = QStringLiteral("R000001");
        p.name = face.name;
        p.birthDate = face.birthDate;
        o.candidates << RegistryCandidate{p, 100, {}};
        done(o);
    }
    void search(const RegistrySearch&, std::function<void(LookupOutcome)> done) override { done({}); }
    void household(const QString&, std::function<void(HouseholdOutcome)> done) override { done({}); }
    int lookups = 0;
};

class NoCatalogue final : public CataloguePort {
public:
    QList<LifeEventSpec> lifeEvents() const override { return {}; }
    QList<ProcedureSpec> directProcedures() const override { return {}; }
    bool procedure(const QString&, ProcedureSpec*) const override { return false; }
    QList<FollowUp> followUps(const QString&, const QMap<QString, QString>&, const QList<Member>&,
                              const QDate&) const override {
        return {};
    }
};

class NoIssuance final : public IssuancePort {
public:
    void issue(const IssueRequest&, std::function<void(IssueOutcome)> done) override { done({}); }
};

class Audit final : public AccessLog {
public:
    void record(const QString& action, const QString&, const QString& reason) override {
        entries << action + QStringLiteral(" | ") + reason;
    }
    Outcome authorize(staff::Action action) override { return staff::authorize(principal, action); }
    QStringList entries;
    staff::Principal principal{QStringLiteral("s-1"), QStringLiteral("clerk1"), domain::Role::Clerk, true};
};

CardFace yamada() {
    return {QStringLiteral("山田　太郎"),
            QStringLiteral("東京都武蔵野市緑町一丁目２番３号"),
            QDate(1980, 2, 17),
            QStringLiteral("1"),
            {}};
}

bool allZero(const unsigned char* p, int n) {
    return std::all_of(p, p + n, [](unsigned char b) { return b == 0; });
}
} // namespace

class TestVisitCardCheck final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_card = std::make_unique<PreparedCard>();
        m_registry = std::make_unique<OneResidentRegistry>();
        m_audit = std::make_unique<Audit>();
        m_visit = std::make_unique<VisitWorkflow>(
            VisitServices{m_card.get(), m_registry.get(), &m_catalogue, &m_issuance, m_audit.get(), &m_clock});
    }
    void cleanup() { m_visit.reset(); }

    // Every verdict through CounterCard's mapping, with card/not_checkable = warn and = stop.
    void eachVerdictPrefillsOrNot_data() {
        QTest::addColumn<int>("verdict");
        QTest::addColumn<bool>("stopWhenNotCheckable");
        QTest::addColumn<bool>("prefilled");
        using V = card::AuthenticityResult::Verdict;
        for (bool stop : {false, true}) {
            const char* policy = stop ? "stop" : "warn";
            QTest::newRow(qPrintable(QStringLiteral("genuine, %1").arg(QLatin1String(policy))))
                << int(V::Genuine) << stop << true;
            QTest::newRow(qPrintable(QStringLiteral("data altered, %1").arg(QLatin1String(policy))))
                << int(V::DataAltered) << stop << false;
            QTest::newRow(qPrintable(QStringLiteral("issuer not trusted, %1").arg(QLatin1String(policy))))
                << int(V::IssuerNotTrusted) << stop << false;
            QTest::newRow(qPrintable(QStringLiteral("copied chip, %1").arg(QLatin1String(policy))))
                << int(V::CopiedChip) << stop << false;
            QTest::newRow(qPrintable(QStringLiteral("not checkable, %1").arg(QLatin1String(policy))))
                << int(V::NotCheckable) << stop << !stop;
        }
    }

    void eachVerdictPrefillsOrNot() {
        QFETCH(int, verdict);
        QFETCH(bool, stopWhenNotCheckable);
        QFETCH(bool, prefilled);
        card::AuthenticityResult result;
        result.verdict = card::AuthenticityResult::Verdict(verdict);
        result.detail = QStringLiteral("step: why");
        m_card->next.face = yamada();
        m_card->next.check = counter::checkOf(result, stopWhenNotCheckable);
        m_card->next.photo = card::FacePhoto::fromGrey(QByteArray(kW * kH, kSentinel), kW, kH);
        QVERIFY(m_visit->start(QStringLiteral("A-001")));
        m_visit->useCard();
        QVERIFY(m_visit->submitPin(card::CardSecret::pin("1234")));
        const QString name = card::AuthenticityResult::verdictName(result.verdict);
        QCOMPARE(m_visit->cardCheck().verdict, name);
        QVERIFY(m_audit->entries.contains(QStringLiteral("card.authenticity | %1: step: why").arg(name)));
        if (prefilled) {
            QCOMPARE(m_visit->step(), Step::Match);
            QCOMPARE(m_visit->cardFace(), yamada());
            QCOMPARE(m_registry->lookups, 1);
            QVERIFY(m_audit->entries.first().startsWith(QLatin1String("card.authenticity")));
            QVERIFY(!m_visit->facePhoto().isNull());
        } else {
            QCOMPARE(m_visit->step(), Step::Identify);
            QCOMPARE(m_visit->identifyStage(), Stage::ChooseMethod);
            QVERIFY(m_visit->cardFace().isEmpty());
            QVERIFY(m_visit->facePhoto().isNull());
            QCOMPARE(m_registry->lookups, 0);
            QVERIFY(m_visit->lastNotice().contains(m_visit->cardCheck().nextStep));
            for (const QString& e : m_audit->entries)
                QVERIFY2(!e.startsWith(QLatin1String("card.read")), qPrintable(e));
        }
        m_card->next.photo.wipe();
    }

    // The sentinel: the photo's bytes are zero in memory after the visit ends, for every way a visit ends.
    void photoIsWipedWhenTheVisitEnds_data() {
        QTest::addColumn<QString>("ending");
        for (const char* e : {"cancel", "timeout", "destroyed"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }

    void photoIsWipedWhenTheVisitEnds() {
        QFETCH(QString, ending);
        card::AuthenticityResult genuine;
        genuine.verdict = card::AuthenticityResult::Verdict::Genuine;
        m_card->next.face = yamada();
        m_card->next.check = counter::checkOf(genuine, false);
        m_card->next.photo = card::FacePhoto::fromGrey(QByteArray(kW * kH, kSentinel), kW, kH);
        const card::FacePhoto observer = m_card->next.photo; // the test's own view of the same buffer
        QVERIFY(m_visit->start(QStringLiteral("A-002")));
        m_visit->useCodeB();
        QVERIFY(m_visit->submitCodeB(card::CardSecret::codeB("55021720352285")));
        m_card->next = {}; // only the visit holds the photo from here on, as in the application
        QCOMPARE(m_visit->step(), Step::Match);
        const card::FacePhoto shown = m_visit->facePhoto();
        QCOMPARE(shown.pixels(), observer.pixels()); // shared, never copied
        QVERIFY(std::all_of(observer.pixels(), observer.pixels() + kW * kH,
                            [](unsigned char b) { return b == static_cast<unsigned char>(kSentinel); }));
        if (ending == QLatin1String("cancel")) {
            m_visit->cancel(QStringLiteral("test"));
        } else if (ending == QLatin1String("timeout")) {
            m_visit->setInactivityTimeout(10);
            m_clock.m_now = m_clock.m_now.addSecs(60);
            m_visit->tick();
            m_clock.m_now = m_clock.m_now.addSecs(-60);
        } else {
            m_visit.reset();
        }
        QVERIFY(allZero(observer.pixels(), kW * kH));
        QVERIFY(observer.isNull());
        QVERIFY(shown.isNull());
        if (m_visit)
            QVERIFY(m_visit->facePhoto().isNull());
    }

    // The settings behind every read's check: trust file, the test hierarchy refused for a real reader, photo policy.
    void configurationFromTheSettings() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("m.ini")));
        auto config = CardAccess::authenticityConfig(settings);
        QVERIFY(!config->anchors);
        QVERIFY(config->anchorsProblem.contains(QLatin1String("card/trust_file")));
        QVERIFY(config->simulatedAnchors);
        QVERIFY(config->simulatedAnchors->isTestHierarchy());
        QVERIFY(config->cache);
        QCOMPARE(config->photo, card::PhotoCode::CodeB);
        QVERIFY(!CardAccess::stopWhenNotCheckable(settings));

        qunsetenv("MADOGUCHI_ALLOW_TEST_HIERARCHY");
        QVERIFY(settings.setValue(QStringLiteral("card/trust_file"), card::TrustAnchors::testHierarchyFile()));
        QVERIFY(settings.setValue(QStringLiteral("card/face_photo"), QStringLiteral("code_a")));
        QVERIFY(settings.setValue(QStringLiteral("card/not_checkable"), QStringLiteral("stop")));
        config = CardAccess::authenticityConfig(settings);
        QVERIFY(!config->anchors); // the test hierarchy never vouches for a card in a real reader
        QVERIFY(config->anchorsProblem.contains(QLatin1String("test hierarchy")));
        QCOMPARE(config->photo, card::PhotoCode::CodeA);
        QVERIFY(CardAccess::stopWhenNotCheckable(settings));
        QVERIFY(config->cache == CardAccess::authenticityConfig(settings)->cache); // one cache per process

        QVERIFY(settings.setValue(QStringLiteral("card/face_photo"), QStringLiteral("off")));
        QCOMPARE(CardAccess::authenticityConfig(settings)->photo, card::PhotoCode::None);
    }

private:
    FixedClock m_clock;
    NoCatalogue m_catalogue;
    NoIssuance m_issuance;
    std::unique_ptr<PreparedCard> m_card;
    std::unique_ptr<OneResidentRegistry> m_registry;
    std::unique_ptr<Audit> m_audit;
    std::unique_ptr<VisitWorkflow> m_visit;
};

QTEST_GUILESS_MAIN(TestVisitCardCheck)
#include "tst_visitcardcheck.moc"
