// The visit's card port over the card reader.
#include "CounterCard.h"

#include "CardSecret.h"

#include <QCoreApplication>

namespace madoguchi::counter {

using visit::CardOutcome;

CardOutcome outcomeOf(const card::CardError& error) {
    using Kind = card::CardError::Kind;
    CardOutcome outcome;
    outcome.message = error.clerkMessage();
    outcome.detail = error.detail();
    outcome.triesLeft = error.triesLeft();
    switch (error.kind()) {
    case Kind::WrongSecret:
        outcome.problem = error.credential() == card::CardError::Credential::CodeB ? CardOutcome::Problem::WrongCodeB
                                                                                   : CardOutcome::Problem::WrongPin;
        break;
    case Kind::LastTryNeedsConfirmation:
        outcome.problem = CardOutcome::Problem::LastTryNeedsConfirmation; // nothing was sent to the card
        outcome.triesLeft = 1;
        break;
    case Kind::Locked:
        outcome.problem = CardOutcome::Problem::Locked;
        outcome.triesLeft = 0;
        break;
    case Kind::CardRemoved:
        outcome.problem = CardOutcome::Problem::Removed;
        break;
    case Kind::NoCard:
        outcome.problem = CardOutcome::Problem::NoCard;
        break;
    case Kind::NoService:
    case Kind::NoReader:
        outcome.problem = CardOutcome::Problem::NoReader;
        break;
    case Kind::InvalidInput:
        outcome.problem = error.credential() == card::CardError::Credential::CodeB ? CardOutcome::Problem::WrongCodeB
                                                                                   : CardOutcome::Problem::Unreadable;
        break;
    case Kind::ReaderBusy:
        outcome.problem = CardOutcome::Problem::ReaderBusy;
        break;
    case Kind::NotMyNumberCard:
        outcome.problem = CardOutcome::Problem::NotMyNumberCard;
        break;
    case Kind::Timeout:
        outcome.problem = CardOutcome::Problem::Timeout;
        break;
    case Kind::MalformedData:
    case Kind::CardRefused:
    case Kind::CommunicationError:
        outcome.problem = CardOutcome::Problem::Unreadable;
        break;
    }
    return outcome;
}

visit::CardCheck checkOf(const card::AuthenticityResult& result, bool stopWhenNotCheckable) {
    visit::CardCheck check;
    check.verdict = card::AuthenticityResult::verdictName(result.verdict);
    check.message = result.clerkMessage();
    check.nextStep = result.nextStep();
    check.detail = result.detail + (result.testHierarchy ? QStringLiteral(" [test hierarchy]") : QString());
    check.stopsPrefill = result.stopsPrefill(stopWhenNotCheckable);
    return check;
}

void CounterCard::setAuthenticity(std::shared_ptr<const card::AuthenticityConfig> config, bool stopWhenNotCheckable) {
    m_authenticity = std::move(config);
    m_stopWhenNotCheckable = stopWhenNotCheckable;
}

CounterCard::CounterCard(card::AsyncCardReader::TransportFactory factory, QObject* parent)
    : QObject(parent)
    , m_reader(std::move(factory)) {
    connect(&m_reader, &card::AsyncCardReader::triesLeftRead, this, &CounterCard::onTriesLeft);
    connect(&m_reader, &card::AsyncCardReader::cardRead, this, &CounterCard::onCardRead);
}

CounterCard::~CounterCard() {
    m_reader.waitForIdle();
}

bool CounterCard::begin(std::function<void(CardOutcome)> done) {
    if (m_reader.isBusy() || m_pending) {
        CardOutcome busy;
        busy.problem = CardOutcome::Problem::ReaderBusy;
        busy.message = QCoreApplication::translate("CounterCard", "The card is still being read; wait a moment.");
        busy.detail = QStringLiteral("card reader busy");
        done(busy);
        return false;
    }
    m_pending = std::move(done);
    return true;
}

void CounterCard::queryTriesLeft(std::function<void(CardOutcome)> done) {
    if (begin(std::move(done)) && !m_reader.readTriesLeft())
        onTriesLeft(card::CardError(card::CardError::Kind::ReaderBusy, QStringLiteral("reader refused to start")));
}

void CounterCard::readWithPin(card::CardSecret pin, bool withMyNumber, bool lastTryConfirmed,
                              std::function<void(CardOutcome)> done) {
    if (!begin(std::move(done)))
        return; // `pin` wipes itself here
    card::ReadOptions options;
    options.withMyNumber = withMyNumber;
    options.lastTryConfirmed = lastTryConfirmed;
    options.authenticity = m_authenticity;
    if (!m_reader.readWithPin(std::move(pin), options))
        onCardRead(card::CardError(card::CardError::Kind::ReaderBusy, QStringLiteral("reader refused to start")));
}

void CounterCard::readWithCodeB(card::CardSecret codeB, bool withMyNumber, bool lastTryConfirmed,
                                std::function<void(CardOutcome)> done) {
    if (!begin(std::move(done)))
        return;
    card::ReadOptions options;
    options.withMyNumber = withMyNumber;
    options.lastTryConfirmed = lastTryConfirmed;
    options.authenticity = m_authenticity;
    if (!m_reader.readWithCodeB(std::move(codeB), options))
        onCardRead(card::CardError(card::CardError::Kind::ReaderBusy, QStringLiteral("reader refused to start")));
}

void CounterCard::release() {
    // Each operation opens and ends its own card session (the card is unpowered after every read), so there is
    // nothing held between operations to release.
}

void CounterCard::waitForIdle() {
    m_reader.waitForIdle();
    QCoreApplication::processEvents();
}

void CounterCard::onTriesLeft(const card::CardResult<card::TriesLeft>& result) {
    auto done = std::move(m_pending);
    m_pending = {};
    if (!done)
        return;
    if (!result.ok()) {
        done(outcomeOf(result.error()));
        return;
    }
    CardOutcome outcome;
    outcome.triesLeft = result.value().pin.value_or(-1);
    done(outcome);
}

void CounterCard::onCardRead(const card::CardResult<card::CardData>& result) {
    auto done = std::move(m_pending);
    m_pending = {};
    if (!done)
        return;
    if (!result.ok()) {
        done(outcomeOf(result.error()));
        return;
    }
    card::CardData data = result.value();
    CardOutcome outcome;
    outcome.face.name = data.name;
    outcome.face.address = data.address;
    outcome.face.birthDate = data.birthDate;
    outcome.face.sex = data.sex;
    outcome.face.myNumber = data.myNumber; // a self-wiping copy
    data.wipeMyNumber();
    if (data.authenticity) {
        outcome.check = checkOf(*data.authenticity, m_stopWhenNotCheckable);
        if (!outcome.check.stopsPrefill)
            outcome.photo = data.photo;
    }
    if (outcome.check.stopsPrefill) { // nothing of a card that failed its check goes to the visit
        outcome.face = {};
        data.photo.wipe();
    }
    done(outcome);
}

} // namespace madoguchi::counter
