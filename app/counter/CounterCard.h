// The visit's card port over the card reader's worker thread.
#pragma once

#include "AsyncCardReader.h"
#include "visit/VisitPorts.h"

#include <QObject>

namespace madoguchi::counter {

// The visit's card port over the card reader: the resident's PIN goes to the card on a worker thread, the answer comes
// back as the workflow's CardOutcome with the card's own Japanese message for the clerk.
class CounterCard final : public QObject, public visit::CardPort {
    Q_OBJECT
public:
    explicit CounterCard(card::AsyncCardReader::TransportFactory factory, QObject* parent = nullptr);
    ~CounterCard() override;

    void queryTriesLeft(std::function<void(visit::CardOutcome)> done) override;
    void readWithPin(card::CardSecret pin, bool withMyNumber, bool lastTryConfirmed,
                     std::function<void(visit::CardOutcome)> done) override;
    void readWithCodeB(card::CardSecret codeB, bool withMyNumber, bool lastTryConfirmed,
                       std::function<void(visit::CardOutcome)> done) override;
    void release() override;

    // Check every card read's authenticity with `config` (null: off, the plain read). `stopWhenNotCheckable`:
    // card/not_checkable = stop.
    void setAuthenticity(std::shared_ptr<const card::AuthenticityConfig> config, bool stopWhenNotCheckable);

    // For tests and shutdown: blocks until a running read has answered.
    void waitForIdle();

private:
    void onTriesLeft(const card::CardResult<card::TriesLeft>& result);
    void onCardRead(const card::CardResult<card::CardData>& result);
    bool begin(std::function<void(visit::CardOutcome)> done);

    card::AsyncCardReader m_reader;
    std::function<void(visit::CardOutcome)> m_pending;
    std::shared_ptr<const card::AuthenticityConfig> m_authenticity;
    bool m_stopWhenNotCheckable = false;
};

// How a card error reads for the visit.
visit::CardOutcome outcomeOf(const card::CardError& error);
// How an authenticity result reads for the visit.
visit::CardCheck checkOf(const card::AuthenticityResult& result, bool stopWhenNotCheckable);

} // namespace madoguchi::counter
