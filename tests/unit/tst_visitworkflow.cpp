// The visit state machine on its own, with fakes for the card, registry, catalogue, issuance, audit and clock.
#include "visit/VisitWorkflow.h"

#include <QSignalSpy>
#include <QTest>

using namespace madoguchi::visit;
namespace domain = madoguchi::domain;
namespace staff = madoguchi::staff;
using madoguchi::Outcome;
using Step = VisitWorkflow::Step;
using Stage = VisitWorkflow::IdentifyStage;

namespace {

madoguchi::card::CardSecret pin(const char* digits) {
    return madoguchi::card::CardSecret::pin(digits);
}
madoguchi::card::CardSecret codeB(const char* digits) {
    return madoguchi::card::CardSecret::fromText(madoguchi::card::CardSecret::Kind::CodeB, QString::fromLatin1(digits));
}

class FakeClock final : public Clock {
public:
    QDateTime now() const override { return m_now; }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }
    QDateTime m_now{QDate(2026, 11, 21), QTime(9, 0), Qt::UTC};
};

// Answers are held until the test calls complete(), like a card read on a worker thread.
class FakeCard final : public CardPort {
public:
    void queryTriesLeft(std::function<void(CardOutcome)> done) override {
        CardOutcome o;
        o.triesLeft = tries;
        if (tries == 0) {
            o.problem = CardOutcome::Problem::Locked;
            o.message = QStringLiteral("locked");
        }
        done(o);
    }
    void readWithPin(madoguchi::card::CardSecret pin, bool withMyNumber, bool lastTryConfirmed,
                     std::function<void(CardOutcome)> done) override {
        ++reads;
        askedForMyNumber = withMyNumber;
        confirmedLastTry = lastTryConfirmed;
        lastPinLength = int(pin.bytes().size());
        CardOutcome o;
        if (removeNext) {
            o.problem = CardOutcome::Problem::Removed;
            o.message = QStringLiteral("removed");
        } else if (unconfirmedNext) {
            o.problem = CardOutcome::Problem::LastTryNeedsConfirmation;
            o.triesLeft = 1;
            o.message = QStringLiteral("confirm the last try");
        } else if (pin.bytes() != QByteArrayView("1234")) {
            --tries;
            o.problem = tries == 0 ? CardOutcome::Problem::Locked : CardOutcome::Problem::WrongPin;
            o.triesLeft = tries;
            o.message = QStringLiteral("wrong");
        } else {
            tries = 3;
            o.face = face;
            o.triesLeft = tries;
        }
        pending = [done, o] { done(o); };
    }
    // 照合番号B has its own try counter, kept like the real card: with one left nothing is sent unless confirmed.
    void readWithCodeB(madoguchi::card::CardSecret codeB, bool, bool lastTryConfirmed,
                       std::function<void(CardOutcome)> done) override {
        ++reads;
        CardOutcome o;
        if (codeBTries == 0) {
            o.problem = CardOutcome::Problem::Locked;
            o.message = QStringLiteral("code b locked");
        } else if (codeBTries == 1 && !lastTryConfirmed) {
            o.problem = CardOutcome::Problem::LastTryNeedsConfirmation;
            o.triesLeft = 1;
            o.message = QStringLiteral("confirm the last code b try");
        } else if (codeB.bytes() != QByteArrayView("55021720352285")) {
            ++codeBSent;
            --codeBTries;
            o.problem = CardOutcome::Problem::WrongCodeB;
            o.triesLeft = codeBTries;
            o.message = QStringLiteral("wrong code b");
        } else {
            ++codeBSent;
            codeBTries = 10;
            o.face = face;
        }
        pending = [done, o] { done(o); };
    }
    void release() override { ++releases; }
    void complete() {
        auto p = std::move(pending);
        pending = {};
        if (p)
            p();
    }

    int tries = 3;
    int codeBTries = 10;
    int codeBSent = 0; // codes that reached the card
    int reads = 0;
    int releases = 0;
    int lastPinLength = 0;
    bool askedForMyNumber = false;
    bool confirmedLastTry = false;
    bool removeNext = false;
    bool unconfirmedNext = false;
    CardFace face{QStringLiteral("山田　太郎"), QStringLiteral("東京都武蔵野市緑町一丁目２番３号"), QDate(1980, 2, 17),
                  QStringLiteral("1"), madoguchi::card::MyNumber::fromDigits("952601815908")};
    std::function<void()> pending;
};

FieldSpec fieldSpec(const char* key, const char16_t* label, FieldKind kind, bool required, const char* prefill) {
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.label = LocalText::of(QString::fromUtf16(label));
    f.kind = kind;
    f.required = required;
    f.prefill = QString::fromLatin1(prefill);
    return f;
}

RegistryPerson yamada() {
    return {QStringLiteral("R000001"),
            QStringLiteral("H0001"),
            QStringLiteral("山田　太郎"),
            QStringLiteral("ヤマダ　タロウ"),
            QDate(1980, 2, 17),
            QStringLiteral("1"),
            QStringLiteral("東京都武蔵野市緑町一丁目2番3号"),
            QStringLiteral("1800012"),
            QStringLiteral("世帯主"),
            QStringLiteral("山田　太郎"),
            QDate(2010, 4, 1),
            {},
            {},
            {},
            {}};
}

class FakeRegistry final : public RegistryPort {
public:
    // Answers at once unless `hold` is set; then complete() answers, like a lookup on a worker thread.
    void matchCard(const CardFace& face, std::function<void(LookupOutcome)> done) override {
        answer(std::move(done), matchNow(face));
    }
    void search(const RegistrySearch& s, std::function<void(LookupOutcome)> done) override {
        answer(std::move(done), searchNow(s));
    }
    void household(const QString& id, std::function<void(HouseholdOutcome)> done) override {
        HouseholdOutcome o;
        o.people = householdNow(id);
        if (hold)
            pendingHousehold = [done, o] { done(o); };
        else
            done(o);
    }
    void answer(std::function<void(LookupOutcome)> done, const LookupOutcome& o) {
        ++asked;
        if (hold)
            pending = [done, o] { done(o); };
        else
            done(o);
    }
    void complete() {
        auto p = std::move(pending);
        pending = {};
        if (p)
            p();
        auto h = std::move(pendingHousehold);
        pendingHousehold = {};
        if (h)
            h();
    }
    LookupOutcome matchNow(const CardFace& face) {
        LookupOutcome o;
        o.reachable = reachable;
        if (!reachable)
            o.message = QStringLiteral("offline");
        else if (face.name == yamada().name)
            o.candidates << RegistryCandidate{yamada(), 100, {QStringLiteral("all")}};
        return o;
    }
    LookupOutcome searchNow(const RegistrySearch& s) {
        lastSearch = s;
        LookupOutcome o;
        o.reachable = reachable;
        if (reachable && s.birthDate == yamada().birthDate)
            o.candidates << RegistryCandidate{yamada(), 90, {}};
        return o;
    }
    QList<RegistryPerson> householdNow(const QString& id) {
        return id == QLatin1String("R000001") ? QList<RegistryPerson>{yamada()} : QList<RegistryPerson>{};
    }
    bool reachable = true;
    bool hold = false;
    int asked = 0;
    RegistrySearch lastSearch;
    std::function<void()> pending;
    std::function<void()> pendingHousehold;
};

class FakeCatalogue final : public CataloguePort {
public:
    QList<LifeEventSpec> lifeEvents() const override {
        LifeEventSpec moveIn{
            QStringLiteral("move_in"),
            LocalText::of(QStringLiteral("転入"), QStringLiteral("Move in")),
            {QStringLiteral("move_in_notice")},
            {Question{QStringLiteral("has_care_certification"),
                      LocalText::of(QStringLiteral("要介護認定を受けていた方がいる")), Question::Kind::YesNo}},
            true,
            true,
            {},
            {}};
        LifeEventSpec moveWithin{QStringLiteral("move_within"),
                                 LocalText::of(QStringLiteral("転居")),
                                 {QStringLiteral("move_in_notice")},
                                 {},
                                 false,
                                 true,
                                 {},
                                 {}};
        return {moveIn, moveWithin};
    }
    QList<ProcedureSpec> directProcedures() const override {
        ProcedureSpec p;
        procedure(QStringLiteral("juminhyo"), &p);
        return {p};
    }
    bool procedure(const QString& id, ProcedureSpec* spec) const override {
        if (id == QLatin1String("juminhyo")) {
            *spec = {id,
                     LocalText::of(QStringLiteral("住民票の写し")),
                     QStringLiteral("juminhyo"),
                     300,
                     true,
                     false,
                     {fieldSpec("name", u"氏名", FieldKind::Text, true, "card.name"),
                      fieldSpec("address", u"住所", FieldKind::Text, true, "card.address"),
                      fieldSpec("kana", u"フリガナ", FieldKind::Kana, true, "registry.kana"),
                      fieldSpec("phone", u"電話番号", FieldKind::Phone, true, "")},
                     {LocalText::of(QStringLiteral("本人確認書類"))},
                     {},
                     {},
                     {},
                     {},
                     {}};
            return true;
        }
        if (id == QLatin1String("move_in_notice")) {
            *spec = {id,
                     LocalText::of(QStringLiteral("住民異動届")),
                     QStringLiteral("idou"),
                     0,
                     false,
                     false,
                     {fieldSpec("name", u"氏名", FieldKind::Text, true, "card.name"),
                      fieldSpec("kana", u"フリガナ", FieldKind::Kana, true, "registry.kana"),
                      fieldSpec("members", u"異動する方", FieldKind::Text, true, "visit.members"),
                      fieldSpec("care", u"要介護認定", FieldKind::YesNo, false, "answer.has_care_certification"),
                      fieldSpec("phone", u"電話番号", FieldKind::Phone, true, "")},
                     {LocalText::of(QStringLiteral("転出証明書"))},
                     {},
                     {},
                     {},
                     {},
                     {}};
            return true;
        }
        if (id == QLatin1String("child_allowance")) {
            *spec = {id,
                     LocalText::of(QStringLiteral("児童手当 認定請求書")),
                     QStringLiteral("jidou"),
                     0,
                     false,
                     true,
                     {fieldSpec("my_number", u"個人番号", FieldKind::MyNumber, true, "card.my_number"),
                      fieldSpec("phone", u"電話番号", FieldKind::Phone, true, "")},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {}};
            return true;
        }
        return false;
    }
    QList<FollowUp> followUps(const QString& event, const QMap<QString, QString>&, const QList<Member>& members,
                              const QDate& today) const override {
        const bool child = std::any_of(members.begin(), members.end(),
                                       [&](const Member& m) { return m.birthDate.addYears(15) > today; });
        if (event == QLatin1String("move_in") && child)
            return {FollowUp{QStringLiteral("child_allowance"),
                             LocalText::of(QStringLiteral("児童手当の認定請求も必要です")),
                             FollowUp::Decision::Undecided}};
        return {};
    }
};

class FakeIssuance final : public IssuancePort {
public:
    void issue(const IssueRequest& request, std::function<void(IssueOutcome)> done) override {
        requests << request;
        if (fail) {
            done({false, {}, {}, QStringLiteral("disk full"), QStringLiteral("SQLITE_FULL")});
            return;
        }
        IssueOutcome o{true, QStringLiteral("visit-1"), {}, {}, {}};
        for (const FormDraft& f : request.forms)
            o.documents << IssuedPdf{f.procedureId,
                                     QStringLiteral("S-%1").arg(o.documents.size()),
                                     QStringLiteral("CODE"),
                                     QStringLiteral("/tmp/x.pdf"),
                                     true,
                                     {}};
        done(o);
    }
    QList<IssueRequest> requests;
    bool fail = false;
};

class FakeAccessLog final : public AccessLog {
public:
    void record(const QString& action, const QString& subject, const QString&) override {
        actions << action;
        subjects << subject;
    }
    Outcome authorize(staff::Action action) override {
        asked << action;
        return staff::authorize(principal, action);
    }
    QStringList actions;
    QStringList subjects;
    QList<staff::Action> asked;
    staff::Principal principal{QStringLiteral("s-1"), QStringLiteral("clerk1"), domain::Role::Clerk, true};
};

} // namespace

class TestVisitWorkflow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void certificateVisitFromCardToDone();
    void wrongPinThenRightPin();
    void lastTryNeedsExplicitConfirmation();
    void lockedCardUsesCodeB();
    void wrongCodeBIsRefused();
    void lastCodeBTryIsConfirmedByTheClerkAndAuditedAsCodeB();
    void cardRemovedMidReadIsNotRetried();
    void noCardPathNeedsRecordedIdCheck();
    void moveInOfNewResidentWithChildAllowance();
    void myNumberOnlyWhenAskedAndNeeded();
    void goingBackKeepsWhatWasEntered();
    void heldFieldsCannotBeTypedOver();
    void typedOnceFillsEveryForm();
    void cancelHalfwayDropsEverything();
    void lateCardAnswerAfterCancelIsIgnored();
    void inactivityDropsTheResident();
    void doneScreenClearsItself();
    void registryOfflineSaysSoAndOffersRetry();
    void issuanceFailureLosesNothing();
    void paymentNeededOnlyWithAFee();
    void untickedDocumentsNeedASecondConfirmation();
    void answerFieldsFollowWhatWasTyped();
    void lastTryUnconfirmedIsNotAWrongPin();
    void registryWaitCanBeStoppedAndTheLateAnswerIsIgnored();
    void issuanceWaitCannotBeStopped();
    void droppingTheVisitForgetsTheWholeDraft();
    void lifeEventAndCertificateInOneVisit();
    void severalLifeEventsAskSharedFactsOnce();
    void newResidentTakesCertificatesOnlyWithTheMoveIn();

private:
    void identifyYamada();
    void throughToReview(bool withPhone = true);

    FakeClock m_clock;
    FakeCard m_card;
    FakeRegistry m_registry;
    FakeCatalogue m_catalogue;
    FakeIssuance m_issuance;
    FakeAccessLog m_access;
    std::unique_ptr<VisitWorkflow> m_visit;
};

void TestVisitWorkflow::init() {
    m_clock = {};
    m_card = {};
    m_registry = {};
    m_issuance = {};
    m_access = {};
    m_visit = std::make_unique<VisitWorkflow>(
        VisitServices{&m_card, &m_registry, &m_catalogue, &m_issuance, &m_access, &m_clock});
}

void TestVisitWorkflow::cleanup() {
    m_visit.reset();
}

void TestVisitWorkflow::identifyYamada() {
    QVERIFY(m_visit->start(QStringLiteral("A-012")));
    m_visit->useCard();
    QCOMPARE(m_visit->identifyStage(), Stage::PinEntry);
    QVERIFY(m_visit->submitPin(pin("1234")));
    QCOMPARE(m_visit->identifyStage(), Stage::Reading);
    m_card.complete();
    QCOMPARE(m_visit->step(), Step::Match);
}

void TestVisitWorkflow::throughToReview(bool withPhone) {
    identifyYamada();
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->confirmChoice());
    if (withPhone)
        QVERIFY(m_visit->setField(0, QStringLiteral("phone"), QStringLiteral("09012345678")).ok);
    QVERIFY(m_visit->confirmForms());
    QVERIFY(m_visit->setDocumentChecked(0, true));
    QVERIFY(m_visit->setPaymentMethod(QStringLiteral("cash")));
    QVERIFY(m_visit->confirmDocuments());
    QCOMPARE(m_visit->step(), Step::Review);
}

void TestVisitWorkflow::certificateVisitFromCardToDone() {
    QSignalSpy steps(m_visit.get(), &VisitWorkflow::stepChanged);
    identifyYamada();
    QCOMPARE(m_card.lastPinLength, 4);
    QVERIFY(!m_card.askedForMyNumber);
    QVERIFY(m_visit->cardFace().myNumber.has_value() == false);
    QCOMPARE(m_visit->identitySource(), IdentitySource::CardPin);
    QCOMPARE(m_visit->candidates().size(), 1);
    // Full-width and half-width digits in the address are the same address.
    const auto lines = m_visit->matchLines();
    QCOMPARE(lines.size(), 4);
    for (const MatchLine& line : lines)
        QVERIFY2(!line.differs, qPrintable(line.field));

    QVERIFY(m_visit->acceptMatch());
    QCOMPARE(m_visit->step(), Step::Choose);
    QVERIFY(!m_visit->confirmChoice()); // nothing chosen yet
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->confirmChoice());
    QCOMPARE(m_visit->step(), Step::Forms);

    const FormDraft form = m_visit->forms().at(0);
    QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("name"))).source, FieldSource::Card);
    QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("kana"))).source, FieldSource::Registry);
    QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("kana"))).value, QStringLiteral("ヤマダ　タロウ"));
    QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("phone"))).source, FieldSource::Missing);
    QVERIFY(!m_visit->confirmForms());
    QVERIFY(m_visit->lastNotice().contains(QStringLiteral("電話番号")));
    const FieldCheck bad = m_visit->setField(0, QStringLiteral("phone"), QStringLiteral("090-1234"));
    QVERIFY(!bad.ok);
    QVERIFY(!m_visit->forms().at(0).fields.at(3).error.isEmpty());
    QVERIFY(!m_visit->confirmForms());
    QVERIFY(m_visit->setField(0, QStringLiteral("phone"), QStringLiteral("09012345678")).ok);
    QCOMPARE(m_visit->typedFieldCount(), 1);
    QVERIFY(m_visit->confirmForms());

    QCOMPARE(m_visit->step(), Step::Documents);
    QCOMPARE(m_visit->documents().size(), 1);
    QVERIFY(!m_visit->confirmDocuments()); // document not checked
    QVERIFY(m_visit->setDocumentChecked(0, true));
    QVERIFY(m_visit->setCopies(0, 2));
    QCOMPARE(m_visit->totalFee(), 600);
    QVERIFY(!m_visit->confirmDocuments()); // no payment method
    QVERIFY(!m_visit->setPaymentMethod(QStringLiteral("bitcoin")));
    QVERIFY(m_visit->setPaymentMethod(QStringLiteral("cash")));
    QVERIFY(m_visit->confirmDocuments());

    QCOMPARE(m_visit->step(), Step::Review);
    QVERIFY(!m_visit->issue()); // the resident has not confirmed
    QVERIFY(m_issuance.requests.isEmpty());
    QVERIFY(m_visit->confirmByResident());
    QVERIFY(m_visit->issue());
    QCOMPARE(m_visit->step(), Step::Done);
    QCOMPARE(m_issuance.requests.size(), 1);
    const IssueRequest& request = m_issuance.requests.first();
    QCOMPARE(request.residentId, QStringLiteral("R000001"));
    QCOMPARE(request.copies, QList<int>{2});
    QCOMPARE(request.fees, QList<qint64>{600});
    QCOMPARE(request.paymentMethod, QStringLiteral("cash"));
    QVERIFY(!request.myNumber);
    QCOMPARE(m_visit->issued().size(), 1);
    QCOMPARE(m_access.actions, QStringList{QStringLiteral("card.read")}); // registry reads: audited by the registry
    QVERIFY(m_access.subjects.contains(QStringLiteral("A-012")));

    QSignalSpy dropped(m_visit.get(), &VisitWorkflow::residentDataDropped);
    m_visit->finish();
    QCOMPARE(m_visit->step(), Step::Idle);
    QCOMPARE(dropped.size(), 1);
    QVERIFY(m_visit->forms().isEmpty());
    QVERIFY(m_visit->cardFace().isEmpty());
    QVERIFY(m_visit->receptionNumber().isEmpty());
    QVERIFY(steps.size() >= 8);
}

void TestVisitWorkflow::wrongPinThenRightPin() {
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useCard();
    QCOMPARE(m_visit->triesLeft(), 3);
    QVERIFY(!m_visit->submitPin(pin("12"))); // too short: refused before the card sees it
    QCOMPARE(m_card.reads, 0);
    QVERIFY(m_visit->submitPin(pin("9999")));
    m_card.complete();
    QCOMPARE(m_visit->identifyStage(), Stage::PinEntry);
    QCOMPARE(m_visit->triesLeft(), 2);
    QCOMPARE(m_visit->lastNotice(), QStringLiteral("wrong"));
    QCOMPARE(m_card.reads, 1); // no automatic retry
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    QCOMPARE(m_visit->step(), Step::Match);
    QVERIFY(m_access.actions.contains(QStringLiteral("card.pin_wrong")));
}

void TestVisitWorkflow::lastTryNeedsExplicitConfirmation() {
    m_card.tries = 1;
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useCard();
    QCOMPARE(m_visit->identifyStage(), Stage::ConfirmLastTry);
    QVERIFY(!m_visit->submitPin(pin("1234")));
    QCOMPARE(m_card.reads, 0);
    QVERIFY(m_visit->confirmLastTry());
    QCOMPARE(m_visit->identifyStage(), Stage::PinEntry);
    QVERIFY(m_visit->submitPin(pin("1234")));
    QVERIFY(m_card.confirmedLastTry);
    m_card.complete();
    QCOMPARE(m_visit->step(), Step::Match);
}

void TestVisitWorkflow::lockedCardUsesCodeB() {
    m_card.tries = 0;
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useCard();
    QCOMPARE(m_visit->identifyStage(), Stage::Locked);
    QVERIFY(!m_visit->submitPin(pin("1234")));
    m_visit->useCodeB();
    QCOMPARE(m_visit->identifyStage(), Stage::CodeBEntry);
    QVERIFY(!m_visit->submitCodeB(codeB("5502172035")));
    QVERIFY(m_visit->lastNotice().contains(QStringLiteral("14")));
    QVERIFY(m_visit->submitCodeB(codeB("55021720352285")));
    m_card.complete();
    QCOMPARE(m_visit->step(), Step::Match);
    QCOMPARE(m_visit->identitySource(), IdentitySource::CardCodeB);
}

void TestVisitWorkflow::wrongCodeBIsRefused() {
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useCodeB();
    QVERIFY(m_visit->submitCodeB(codeB("11111111111111")));
    m_card.complete();
    QCOMPARE(m_visit->identifyStage(), Stage::CodeBEntry);
    QCOMPARE(m_visit->step(), Step::Identify);
    QCOMPARE(m_access.actions.count(QStringLiteral("card.code_b_wrong")), 1);
    QVERIFY(!m_access.actions.contains(QStringLiteral("card.pin_wrong")));
}

// The issue's hole: with one 照合番号B try left the visit showed the resident's PIN pad and audited a wrong PIN. Now
// nothing is sent until the clerk confirms (F6), each wrong code is `card.code_b_wrong`, the PIN's counter is never
// touched, and a locked 照合番号B leaves the no-card path.
void TestVisitWorkflow::lastCodeBTryIsConfirmedByTheClerkAndAuditedAsCodeB() {
    m_card.codeBTries = 2;
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useCodeB();
    QVERIFY(m_visit->submitCodeB(codeB("11111111111111")));
    m_card.complete();
    QCOMPARE(m_card.codeBSent, 1);
    QCOMPARE(m_visit->identifyStage(), Stage::ConfirmLastCodeBTry); // one left: never the resident's PIN pad
    QCOMPARE(m_visit->lastNotice(), QStringLiteral("wrong code b"));
    QVERIFY(!m_visit->submitCodeB(codeB("55021720352285"))); // not confirmed yet: refused, nothing sent
    QCOMPARE(m_card.codeBSent, 1);
    QVERIFY(!m_visit->confirmLastTry()); // the resident's confirmation is the PIN's, not this
    QCOMPARE(m_visit->identifyStage(), Stage::ConfirmLastCodeBTry);
    m_visit->useCodeB(); // F6 again: the clerk confirms
    QCOMPARE(m_visit->identifyStage(), Stage::CodeBEntry);
    QVERIFY(m_visit->submitCodeB(codeB("55021720352285")));
    m_card.complete();
    QCOMPARE(m_card.codeBSent, 2);
    QCOMPARE(m_visit->step(), Step::Match);
    QCOMPARE(m_visit->identitySource(), IdentitySource::CardCodeB);
    QCOMPARE(m_access.actions.count(QStringLiteral("card.code_b_wrong")), 1);
    QVERIFY(!m_access.actions.contains(QStringLiteral("card.pin_wrong")));
    QCOMPARE(m_card.tries, 3); // the PIN's tries are untouched

    // Unconfirmed with one try left (e.g. from an earlier visit): nothing sent, nothing audited, asked to confirm.
    m_visit->cancel(QStringLiteral("next resident"));
    m_card.codeBTries = 1;
    QVERIFY(m_visit->start(QStringLiteral("A-2")));
    m_visit->useCodeB();
    QVERIFY(m_visit->submitCodeB(codeB("11111111111111")));
    m_card.complete();
    QCOMPARE(m_card.codeBSent, 2);
    QCOMPARE(m_visit->identifyStage(), Stage::ConfirmLastCodeBTry);
    QCOMPARE(m_visit->lastNotice(), QStringLiteral("confirm the last code b try"));
    QCOMPARE(m_access.actions.count(QStringLiteral("card.code_b_wrong")), 1);
    // Confirmed and wrong: 照合番号B is locked, the visit goes on without the card.
    m_visit->useCodeB();
    QVERIFY(m_visit->submitCodeB(codeB("11111111111111")));
    m_card.complete();
    QCOMPARE(m_card.codeBSent, 3);
    QCOMPARE(m_visit->identifyStage(), Stage::ChooseMethod);
    QCOMPARE(m_access.actions.count(QStringLiteral("card.code_b_wrong")), 2);
    QVERIFY(!m_access.actions.contains(QStringLiteral("card.pin_wrong")));
}

void TestVisitWorkflow::cardRemovedMidReadIsNotRetried() {
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useCard();
    m_card.removeNext = true;
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    QCOMPARE(m_visit->step(), Step::Identify);
    QCOMPARE(m_visit->identifyStage(), Stage::ChooseMethod);
    QCOMPARE(m_visit->lastNotice(), QStringLiteral("removed"));
    QCOMPARE(m_card.reads, 1);
    m_card.removeNext = false;
    m_visit->useCard();
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    QCOMPARE(m_visit->step(), Step::Match);
}

void TestVisitWorkflow::noCardPathNeedsRecordedIdCheck() {
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useNoCard();
    QCOMPARE(m_visit->identifyStage(), Stage::NoCard);
    const RegistrySearch search{QStringLiteral("山田 太郎"), QDate(1980, 2, 17), {}};
    QVERIFY(!m_visit->searchRegistry(search));
    QVERIFY(!m_visit->recordIdCheck({}));
    QVERIFY(m_visit->recordIdCheck({QStringLiteral("driving_licence"), {}}));
    QVERIFY(!m_visit->searchRegistry({QStringLiteral("山田"), {}, {}}));
    QVERIFY(!m_visit->searchRegistry({QStringLiteral("山田"), QDate(1990, 1, 1), {}}));
    QVERIFY(m_visit->lastNotice().contains(QStringLiteral("No resident")));
    QVERIFY(m_visit->searchRegistry(search));
    QCOMPARE(m_visit->step(), Step::Match);
    QCOMPARE(m_visit->identitySource(), IdentitySource::NoCard);
    QVERIFY(!m_visit->proceedAsNewResident()); // a new resident needs the card
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->confirmChoice());
    const FormDraft form = m_visit->forms().at(0);
    QCOMPARE(form.fields.at(0).source, FieldSource::Registry);
    QCOMPARE(form.fields.at(0).value, QStringLiteral("山田　太郎"));
    QVERIFY(m_access.actions.contains(QStringLiteral("identity.checked")));
}

void TestVisitWorkflow::moveInOfNewResidentWithChildAllowance() {
    m_card.face = {QStringLiteral("鈴木　健一"), QStringLiteral("大阪府大阪市北区梅田三丁目１番１号"),
                   QDate(1985, 9, 12), QStringLiteral("1"), madoguchi::card::MyNumber::fromDigits("960913909961")};
    QVERIFY(m_visit->start(QStringLiteral("A-2")));
    m_visit->setReadMyNumber(true);
    m_visit->useCard();
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    QVERIFY(m_card.askedForMyNumber);
    QCOMPARE(m_visit->step(), Step::Match);
    QVERIFY(m_visit->candidates().isEmpty());
    QVERIFY(!m_visit->acceptMatch());
    QVERIFY(m_visit->proceedAsNewResident());
    QCOMPARE(m_visit->lifeEvents().size(), 1); // only 転入 for someone not in the registry
    QVERIFY(!m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(!m_visit->chooseLifeEvent(QStringLiteral("move_within")));
    QVERIFY(m_visit->chooseLifeEvent(QStringLiteral("move_in")));
    QCOMPARE(m_visit->members().size(), 1); // the card holder
    QCOMPARE(m_visit->members().at(0).source, FieldSource::Card);
    QVERIFY(!m_visit->confirmChoice()); // question unanswered
    QVERIFY(!m_visit->setAnswer(QStringLiteral("has_care_certification"), QStringLiteral("maybe")));
    QVERIFY(m_visit->setAnswer(QStringLiteral("has_care_certification"), QStringLiteral("no")));
    QVERIFY(m_visit->followUps().isEmpty());
    QVERIFY(!m_visit->addMember(QStringLiteral("鈴木　美咲"), QStringLiteral("1987-02-30"), QStringLiteral("2"),
                                QStringLiteral("妻")));
    QVERIFY(m_visit->lastNotice().contains(QStringLiteral("no day 30")));
    QVERIFY(!m_visit->addMember(QStringLiteral("鈴木　美咲"), QStringLiteral("1987-01-25"), QStringLiteral("x"),
                                QStringLiteral("妻")));
    QVERIFY(m_visit->addMember(QStringLiteral("鈴木　美咲"), QStringLiteral("1987-01-25"), QStringLiteral("2"),
                               QStringLiteral("妻")));
    QVERIFY(m_visit->addMember(QStringLiteral("鈴木　陽向"), QStringLiteral("平成28年5月5日"), QStringLiteral("1"),
                               QStringLiteral("長男")));
    QCOMPARE(m_visit->members().at(2).birthDate, QDate(2016, 5, 5));
    QCOMPARE(m_visit->followUps().size(), 1);
    QCOMPARE(m_visit->followUps().at(0).procedureId, QStringLiteral("child_allowance"));
    QVERIFY(!m_visit->confirmChoice()); // follow-up undecided
    QVERIFY(m_visit->decideFollowUp(QStringLiteral("child_allowance"), true));
    QVERIFY(m_visit->removeMember(2));
    QVERIFY(m_visit->followUps().isEmpty()); // no child any more: no proposal
    QVERIFY(m_visit->addMember(QStringLiteral("鈴木　陽向"), QStringLiteral("2016-05-05"), QStringLiteral("1"),
                               QStringLiteral("長男")));
    QVERIFY(m_visit->decideFollowUp(QStringLiteral("child_allowance"), true));
    QVERIFY(m_visit->confirmChoice());
    QCOMPARE(m_visit->forms().size(), 2);
    const FormDraft notice = m_visit->forms().at(0);
    QVERIFY(notice.fields.at(notice.indexOf(QStringLiteral("members")))
                .value.contains(QStringLiteral("鈴木　陽向（2016-05-05・長男）")));
    QCOMPARE(notice.fields.at(notice.indexOf(QStringLiteral("members"))).source, FieldSource::Answer);
    QCOMPARE(notice.fields.at(notice.indexOf(QStringLiteral("care"))).value, QStringLiteral("no"));
    // Not in the registry: the kana is missing and is typed, which is not typing something already held.
    QCOMPARE(notice.fields.at(notice.indexOf(QStringLiteral("kana"))).source, FieldSource::Missing);
    const FormDraft claim = m_visit->forms().at(1);
    QCOMPARE(claim.fields.at(0).source, FieldSource::Card);
    QVERIFY(m_visit->needsMyNumber());
    QCOMPARE(m_visit->myNumberForDisplay(), QStringLiteral("**** **** ****"));
    QVERIFY(!m_access.actions.contains(QStringLiteral("mynumber.revealed")));
    // The workflow asks the core who may see it: a clerk may not, whatever the screen offers.
    QVERIFY(!m_visit->revealMyNumber());
    QCOMPARE(m_access.asked, QList<staff::Action>{staff::Action::RevealMyNumber});
    QCOMPARE(m_visit->myNumberForDisplay(), QStringLiteral("**** **** ****"));
    QVERIFY(!m_access.actions.contains(QStringLiteral("mynumber.revealed")));
    QVERIFY(!m_visit->lastNotice().isEmpty());
    m_access.principal.role = domain::Role::Supervisor;
    QVERIFY(m_visit->revealMyNumber());
    QCOMPARE(m_visit->myNumberForDisplay(), QStringLiteral("9609 1390 9961"));
    QCOMPARE(m_access.actions.count(QStringLiteral("mynumber.revealed")), 1);

    QVERIFY(m_visit->setField(0, QStringLiteral("kana"), QStringLiteral("すずき けんいち")).ok);
    QVERIFY(m_visit->setField(0, QStringLiteral("phone"), QStringLiteral("09011112222")).ok);
    QVERIFY(m_visit->confirmForms());
    QVERIFY(m_visit->setDocumentChecked(0, true));
    QCOMPARE(m_visit->totalFee(), 0);
    QVERIFY(m_visit->confirmDocuments());
    QVERIFY(m_visit->confirmByResident());
    QVERIFY(m_visit->issue());
    const IssueRequest& request = m_issuance.requests.first();
    QVERIFY(request.residentId.isEmpty());
    QVERIFY(request.myNumber);
    QCOMPARE(request.myNumber->digits(), QStringLiteral("960913909961"));
    QCOMPARE(request.lifeEventIds, QStringList{QStringLiteral("move_in")});
    QCOMPARE(request.forms.at(0).fields.at(1).value, QStringLiteral("スズキ　ケンイチ"));
    QCOMPARE(request.members.size(), 3);
    QVERIFY(request.paymentMethod.isEmpty());
}

void TestVisitWorkflow::myNumberOnlyWhenAskedAndNeeded() {
    identifyYamada(); // the fake card answers with a My Number even though none was asked for
    QVERIFY(m_visit->cardFace().myNumber.has_value() == false);
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->confirmChoice());
    QVERIFY(!m_visit->needsMyNumber());
    QVERIFY(m_visit->myNumberForDisplay().isEmpty());
    QVERIFY(!m_visit->revealMyNumber());
    QVERIFY(!m_access.actions.contains(QStringLiteral("mynumber.revealed")));
}

void TestVisitWorkflow::goingBackKeepsWhatWasEntered() {
    throughToReview();
    QVERIFY(m_visit->confirmByResident());
    QVERIFY(m_visit->back());
    QCOMPARE(m_visit->step(), Step::Documents);
    QVERIFY(!m_visit->residentConfirmed()); // changes after the resident confirmed need a new confirmation
    QVERIFY(m_visit->documents().at(0).checked);
    QVERIFY(m_visit->back());
    QVERIFY(m_visit->back());
    QCOMPARE(m_visit->step(), Step::Choose);
    QVERIFY(m_visit->back());
    QCOMPARE(m_visit->step(), Step::Match);
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->confirmChoice());
    const FormDraft form = m_visit->forms().at(0);
    QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("phone"))).value, QStringLiteral("090-1234-5678"));
    QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("phone"))).source, FieldSource::Typed);
    QVERIFY(m_visit->confirmForms());
    QVERIFY(m_visit->documents().at(0).checked);
    QCOMPARE(m_visit->paymentMethod(), QStringLiteral("cash"));
    QVERIFY(m_visit->confirmDocuments());
    QCOMPARE(m_visit->step(), Step::Review);
}

void TestVisitWorkflow::heldFieldsCannotBeTypedOver() {
    identifyYamada();
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->confirmChoice());
    const FieldCheck check = m_visit->setField(0, QStringLiteral("name"), QStringLiteral("別人"));
    QVERIFY(!check.ok);
    QCOMPARE(m_visit->forms().at(0).fields.at(0).value, QStringLiteral("山田　太郎"));
    QVERIFY(!m_visit->setField(0, QStringLiteral("nonsense"), QStringLiteral("x")).ok);
    QVERIFY(!m_visit->setField(5, QStringLiteral("phone"), QStringLiteral("x")).ok);
}

void TestVisitWorkflow::typedOnceFillsEveryForm() {
    m_card.face.name = QStringLiteral("鈴木　健一");
    QVERIFY(m_visit->start(QStringLiteral("A-2")));
    m_visit->setReadMyNumber(true);
    m_visit->useCard();
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    QVERIFY(m_visit->proceedAsNewResident());
    QVERIFY(m_visit->chooseLifeEvent(QStringLiteral("move_in")));
    QVERIFY(m_visit->setAnswer(QStringLiteral("has_care_certification"), QStringLiteral("no")));
    QVERIFY(m_visit->addMember(QStringLiteral("鈴木　結衣"), QStringLiteral("2021-10-30"), QStringLiteral("2"),
                               QStringLiteral("長女")));
    QVERIFY(m_visit->decideFollowUp(QStringLiteral("child_allowance"), true));
    QVERIFY(m_visit->confirmChoice());
    QVERIFY(m_visit->setField(0, QStringLiteral("phone"), QStringLiteral("0422601800")).ok);
    QCOMPARE(m_visit->forms().at(1).fields.at(1).value, QStringLiteral("0422601800"));
    QCOMPARE(m_visit->typedFieldCount(), 1);
}

void TestVisitWorkflow::cancelHalfwayDropsEverything() {
    identifyYamada();
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->confirmChoice());
    QSignalSpy dropped(m_visit.get(), &VisitWorkflow::residentDataDropped);
    m_visit->cancel(QStringLiteral("resident left"));
    QCOMPARE(m_visit->step(), Step::Idle);
    QCOMPARE(dropped.size(), 1);
    QVERIFY(m_visit->forms().isEmpty());
    QVERIFY(m_visit->cardFace().isEmpty());
    QVERIFY(m_visit->candidates().isEmpty());
    QVERIFY(m_issuance.requests.isEmpty());
    QCOMPARE(m_access.actions.last(), QStringLiteral("visit.cancelled"));
    QVERIFY(m_card.releases > 0);
    QVERIFY(m_visit->start(QStringLiteral("A-3"))); // the next visit starts clean
    QCOMPARE(m_visit->identifyStage(), Stage::ChooseMethod);
}

void TestVisitWorkflow::lateCardAnswerAfterCancelIsIgnored() {
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useCard();
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_visit->cancel(QStringLiteral("resident left"));
    m_card.complete();
    QCOMPARE(m_visit->step(), Step::Idle);
    QVERIFY(m_visit->cardFace().isEmpty());
}

void TestVisitWorkflow::inactivityDropsTheResident() {
    identifyYamada();
    QSignalSpy timedOut(m_visit.get(), &VisitWorkflow::timedOut);
    m_clock.advance(179);
    m_visit->tick();
    QCOMPARE(m_visit->step(), Step::Match);
    m_visit->touch();
    m_clock.advance(179);
    m_visit->tick();
    QCOMPARE(m_visit->step(), Step::Match);
    m_clock.advance(2);
    m_visit->tick();
    QCOMPARE(m_visit->step(), Step::Idle);
    QCOMPARE(timedOut.size(), 1);
    QVERIFY(m_visit->cardFace().isEmpty());
    QCOMPARE(m_access.actions.last(), QStringLiteral("visit.timed_out"));
}

void TestVisitWorkflow::doneScreenClearsItself() {
    throughToReview();
    QVERIFY(m_visit->confirmByResident());
    QVERIFY(m_visit->issue());
    m_clock.advance(59);
    m_visit->tick();
    QCOMPARE(m_visit->step(), Step::Done);
    m_clock.advance(1);
    m_visit->tick();
    QCOMPARE(m_visit->step(), Step::Idle);
    QVERIFY(m_visit->issued().isEmpty());
}

void TestVisitWorkflow::registryOfflineSaysSoAndOffersRetry() {
    m_registry.reachable = false;
    identifyYamada();
    QVERIFY(!m_visit->registryReachable());
    QCOMPARE(m_visit->lastNotice(), QStringLiteral("offline"));
    QVERIFY(!m_visit->acceptMatch());
    m_registry.reachable = true;
    QVERIFY(m_visit->retryRegistry());
    QVERIFY(m_visit->acceptMatch());

    // The no-card path cannot work without the registry, and says so.
    m_visit->cancel(QStringLiteral("test"));
    m_registry.reachable = false;
    QVERIFY(m_visit->start(QStringLiteral("A-4")));
    m_visit->useNoCard();
    QVERIFY(m_visit->recordIdCheck({QStringLiteral("passport"), {}}));
    QVERIFY(!m_visit->searchRegistry({QStringLiteral("山田"), QDate(1980, 2, 17), {}}));
    QVERIFY(m_visit->lastNotice().contains(QStringLiteral("cannot be reached")));
}

void TestVisitWorkflow::issuanceFailureLosesNothing() {
    throughToReview();
    QVERIFY(m_visit->confirmByResident());
    m_issuance.fail = true;
    QVERIFY(!m_visit->issue());
    QCOMPARE(m_visit->step(), Step::Review);
    QCOMPARE(m_visit->lastNotice(), QStringLiteral("disk full"));
    QCOMPARE(m_visit->forms().size(), 1);
    m_issuance.fail = false;
    QVERIFY(m_visit->issue());
    QCOMPARE(m_issuance.requests.size(), 2);
}

void TestVisitWorkflow::paymentNeededOnlyWithAFee() {
    throughToReview();
    QVERIFY(m_visit->back());
    QVERIFY(m_visit->setPaymentMethod(QStringLiteral("exempt")));
    QVERIFY(!m_visit->setCopies(0, 0));
    QVERIFY(!m_visit->setCopies(0, 11));
    QVERIFY(m_visit->setCopies(0, 3));
    QCOMPARE(m_visit->fee(0), 900);
    QVERIFY(m_visit->confirmDocuments());
}

void TestVisitWorkflow::untickedDocumentsNeedASecondConfirmation() {
    identifyYamada();
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->confirmChoice());
    QVERIFY(m_visit->setField(0, QStringLiteral("phone"), QStringLiteral("09012345678")).ok);
    QVERIFY(m_visit->confirmForms());
    QVERIFY(m_visit->setPaymentMethod(QStringLiteral("cash")));
    QVERIFY(!m_visit->confirmDocuments());
    QVERIFY(m_visit->lastNotice().contains(QStringLiteral("本人確認書類")));
    QVERIFY(m_visit->confirmDocuments()); // the clerk was told; not needed for this resident
    QCOMPARE(m_visit->step(), Step::Review);
}

void TestVisitWorkflow::answerFieldsFollowWhatWasTyped() {
    // A new resident's kana typed on the notice fills the claim's kana (same prefill path), without typing twice.
    m_card.face.name = QStringLiteral("鈴木　健一");
    QVERIFY(m_visit->start(QStringLiteral("A-2")));
    m_visit->setReadMyNumber(true);
    m_visit->useCard();
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    QVERIFY(m_visit->proceedAsNewResident());
    QVERIFY(m_visit->chooseLifeEvent(QStringLiteral("move_in")));
    QCOMPARE(m_visit->members().at(0).relationship, QStringLiteral("世帯主"));
    QVERIFY(m_visit->setAnswer(QStringLiteral("has_care_certification"), QStringLiteral("yes")));
    QVERIFY(m_visit->addMember(QStringLiteral("鈴木　結衣"), QStringLiteral("2021-10-30"), QStringLiteral("2"),
                               QStringLiteral("長女")));
    QVERIFY(m_visit->decideFollowUp(QStringLiteral("child_allowance"), false));
    QVERIFY(m_visit->confirmChoice());
    QCOMPARE(m_visit->forms().size(), 1); // declined: not part of the visit
    const FormDraft form = m_visit->forms().at(0);
    QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("care"))).value, QStringLiteral("yes"));
    QCOMPARE(form.fields.at(form.indexOf(QStringLiteral("care"))).source, FieldSource::Answer);
    QVERIFY(!m_visit->setField(0, QStringLiteral("members"), QStringLiteral("x")).ok); // from the wizard
}

void TestVisitWorkflow::lastTryUnconfirmedIsNotAWrongPin() {
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useCard();
    m_card.unconfirmedNext = true;
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    // The card was not asked at all: no PIN failure is audited, the resident is asked to confirm the last try.
    QCOMPARE(m_visit->identifyStage(), Stage::ConfirmLastTry);
    QCOMPARE(m_visit->triesLeft(), 1);
    QVERIFY(!m_access.actions.contains(QStringLiteral("card.pin_wrong")));
    QCOMPARE(m_visit->lastNotice(), QStringLiteral("confirm the last try"));
}

void TestVisitWorkflow::registryWaitCanBeStoppedAndTheLateAnswerIsIgnored() {
    m_registry.hold = true;
    QVERIFY(m_visit->start(QStringLiteral("A-1")));
    m_visit->useCard();
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    QCOMPARE(m_visit->waiting(), VisitWorkflow::Waiting::Registry);
    QCOMPARE(m_visit->step(), Step::Identify);
    QVERIFY(!m_visit->back()); // nothing else happens while waiting but stopping the wait or the visit
    m_clock.advance(3600);
    m_visit->tick(); // a wait is not inactivity
    QCOMPARE(m_visit->step(), Step::Identify);
    QVERIFY(m_visit->cancelWaiting());
    QCOMPARE(m_visit->waiting(), VisitWorkflow::Waiting::None);
    QCOMPARE(m_visit->step(), Step::Match);
    QVERIFY(!m_visit->registryReachable());
    QVERIFY(m_visit->lastNotice().contains(QStringLiteral("F5")));
    m_registry.complete(); // the registry answers after all: too late, ignored
    QVERIFY(m_visit->candidates().isEmpty());
    QCOMPARE(m_visit->step(), Step::Match);

    // Asked again and answered, the visit goes on; the household is waited for the same way.
    QVERIFY(m_visit->retryRegistry() == false); // asked, not answered yet
    QCOMPARE(m_visit->waiting(), VisitWorkflow::Waiting::Registry);
    m_registry.complete();
    QCOMPARE(m_visit->candidates().size(), 1);
    QVERIFY(m_visit->acceptMatch());
    QCOMPARE(m_visit->step(), Step::Match);
    m_registry.complete();
    QCOMPARE(m_visit->step(), Step::Choose);
    QCOMPARE(m_visit->resident().residentId, QStringLiteral("R000001"));

    // Cancelling the visit while the registry is asked drops it; the late answer finds nothing to change.
    m_visit->cancel(QStringLiteral("test"));
    QVERIFY(m_visit->start(QStringLiteral("A-2")));
    m_visit->useNoCard();
    QVERIFY(m_visit->recordIdCheck({QStringLiteral("passport"), {}}));
    QVERIFY(m_visit->searchRegistry({QStringLiteral("山田"), QDate(1980, 2, 17), {}}));
    QCOMPARE(m_visit->waiting(), VisitWorkflow::Waiting::Registry);
    m_visit->cancel(QStringLiteral("resident left"));
    m_registry.complete();
    QCOMPARE(m_visit->step(), Step::Idle);
    QVERIFY(m_visit->candidates().isEmpty());
}

void TestVisitWorkflow::issuanceWaitCannotBeStopped() {
    identifyYamada();
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->confirmChoice());
    QVERIFY(m_visit->setField(0, QStringLiteral("phone"), QStringLiteral("09011112222")).ok);
    QVERIFY(m_visit->confirmForms());
    QVERIFY(m_visit->setDocumentChecked(0, true));
    QVERIFY(m_visit->setPaymentMethod(QStringLiteral("cash")));
    QVERIFY(m_visit->confirmDocuments());
    QVERIFY(m_visit->confirmByResident());
    QVERIFY(m_visit->issue());
    QCOMPARE(m_visit->step(), Step::Done);
    QCOMPARE(m_visit->waiting(), VisitWorkflow::Waiting::None);
    QVERIFY(!m_visit->cancelWaiting());
}

void TestVisitWorkflow::droppingTheVisitForgetsTheWholeDraft() {
    m_card.face.myNumber = madoguchi::card::MyNumber::fromDigits("960913909961");
    QVERIFY(m_visit->start(QStringLiteral("A-9")));
    m_visit->setReadMyNumber(true);
    m_visit->useCard();
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->chooseLifeEvent(QStringLiteral("move_within")));
    QVERIFY(m_visit->draft().face.myNumber.has_value());
    QVERIFY(!m_visit->draft().members.isEmpty());
    m_visit->cancel(QStringLiteral("resident left"));
    // Every field of the draft is back to a new visit's: the value is replaced whole, nothing is cleared by hand.
    const VisitDraft fresh;
    const VisitDraft& d = m_visit->draft();
    QCOMPARE(d.receptionNumber, fresh.receptionNumber);
    QVERIFY(!d.face.myNumber.has_value());
    QVERIFY(d.face.isEmpty());
    QCOMPARE(d.person, fresh.person);
    QVERIFY(d.household.isEmpty() && d.members.isEmpty() && d.forms.isEmpty() && d.answers.isEmpty());
    QCOMPARE(d.lifeEventIds, fresh.lifeEventIds);
    QCOMPARE(d.directProcedures, fresh.directProcedures);
    QCOMPARE(d.source, fresh.source);
    QCOMPARE(d.triesLeft, fresh.triesLeft);
    QCOMPARE(d.readMyNumber, fresh.readMyNumber);
    QCOMPARE(m_visit->waiting(), VisitWorkflow::Waiting::None);
}

void TestVisitWorkflow::lifeEventAndCertificateInOneVisit() {
    identifyYamada();
    QVERIFY(m_visit->acceptMatch());
    // Either order: choosing one never clears the other.
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->chooseLifeEvent(QStringLiteral("move_within")));
    QCOMPARE(m_visit->chosenProcedures(), QStringList{QStringLiteral("juminhyo")});
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo"), QStringLiteral("juminhyo")}));
    QCOMPARE(m_visit->lifeEventIds(), QStringList{QStringLiteral("move_within")});
    QCOMPARE(m_visit->chosenProcedures(), QStringList{QStringLiteral("juminhyo")}); // each once
    QCOMPARE(m_visit->procedureIds(), (QStringList{QStringLiteral("move_in_notice"), QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->confirmChoice());
    QCOMPARE(m_visit->forms().size(), 2);
    QCOMPARE(m_visit->forms().at(0).procedureId, QStringLiteral("move_in_notice"));
    QCOMPARE(m_visit->forms().at(1).procedureId, QStringLiteral("juminhyo"));
    // The phone is on both forms: typed once, it fills both.
    QVERIFY(m_visit->setField(1, QStringLiteral("phone"), QStringLiteral("09011112222")).ok);
    const FormDraft notice = m_visit->forms().at(0);
    QCOMPARE(notice.fields.at(notice.indexOf(QStringLiteral("phone"))).value,
             m_visit->forms().at(1).fields.at(m_visit->forms().at(1).indexOf(QStringLiteral("phone"))).value);
    QCOMPARE(m_visit->typedFieldCount(), 1);
    QCOMPARE(m_visit->totalFee(), 300);
    QVERIFY(m_visit->removeProcedure(QStringLiteral("juminhyo")) == false); // not at the forms step
    QVERIFY(m_visit->back());
    QVERIFY(m_visit->removeProcedure(QStringLiteral("juminhyo")));
    QVERIFY(m_visit->addProcedure(QStringLiteral("juminhyo")));
    QVERIFY(m_visit->removeLifeEvent(QStringLiteral("move_within")));
    QVERIFY(m_visit->members().isEmpty()); // no life event lists people any more
    QCOMPARE(m_visit->procedureIds(), QStringList{QStringLiteral("juminhyo")});
}

void TestVisitWorkflow::severalLifeEventsAskSharedFactsOnce() {
    identifyYamada();
    QVERIFY(m_visit->acceptMatch());
    QVERIFY(m_visit->chooseLifeEvent(QStringLiteral("move_within")));
    const int seeded = int(m_visit->members().size());
    QVERIFY(seeded > 0);
    QVERIFY(m_visit->addLifeEvent(QStringLiteral("move_in")));
    QCOMPARE(m_visit->lifeEventIds(), (QStringList{QStringLiteral("move_within"), QStringLiteral("move_in")}));
    QCOMPARE(m_visit->members().size(), seeded); // one list of people for both, not seeded twice
    QCOMPARE(m_visit->questions().size(), 1);
    QVERIFY(m_visit->setAnswer(QStringLiteral("has_care_certification"), QStringLiteral("no")));
    QVERIFY(m_visit->addMember(QStringLiteral("山田　陽向"), QStringLiteral("2016-05-05"), QStringLiteral("1"),
                               QStringLiteral("長男")));
    QCOMPARE(m_visit->followUps().size(), 1);
    QVERIFY(m_visit->decideFollowUp(QStringLiteral("child_allowance"), true));
    // Both life events fill the same notice: it is one form, and the follow-up comes once.
    QCOMPARE(m_visit->procedureIds(),
             (QStringList{QStringLiteral("move_in_notice"), QStringLiteral("child_allowance")}));
    QVERIFY(!m_visit->addLifeEvent(QStringLiteral("no_such_event")));
    QCOMPARE(m_visit->lifeEventIds().size(), 2);
    QVERIFY(m_visit->removeLifeEvent(QStringLiteral("move_in")));
    QVERIFY(m_visit->questions().isEmpty());
    QVERIFY(m_visit->answers().isEmpty()); // the question is no longer asked: its answer goes too
}

void TestVisitWorkflow::newResidentTakesCertificatesOnlyWithTheMoveIn() {
    m_card.face = CardFace{QStringLiteral("鈴木　健一"),
                           QStringLiteral("東京都港区芝公園四丁目2番8号"),
                           QDate(1985, 9, 12),
                           QStringLiteral("1"),
                           {}};
    QVERIFY(m_visit->start(QStringLiteral("A-3")));
    m_visit->useCard();
    QVERIFY(m_visit->submitPin(pin("1234")));
    m_card.complete();
    QVERIFY(m_visit->proceedAsNewResident());
    QVERIFY(!m_visit->directProcedures().isEmpty()); // offered, but only together with the move-in
    QVERIFY(!m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->chooseLifeEvent(QStringLiteral("move_in")));
    QVERIFY(m_visit->chooseProcedures({QStringLiteral("juminhyo")}));
    QVERIFY(m_visit->setAnswer(QStringLiteral("has_care_certification"), QStringLiteral("no")));
    m_visit->clearLifeEvents();
    QVERIFY(!m_visit->confirmChoice()); // the certificate without the move-in it is made from
    QVERIFY(m_visit->lastNotice().contains(QStringLiteral("転入届")));
    QVERIFY(m_visit->chooseLifeEvent(QStringLiteral("move_in")));
    QVERIFY(m_visit->setAnswer(QStringLiteral("has_care_certification"), QStringLiteral("no")));
    QVERIFY(m_visit->confirmChoice());
    QCOMPARE(m_visit->forms().size(), 2);
}

QTEST_GUILESS_MAIN(TestVisitWorkflow)
#include "tst_visitworkflow.moc"
