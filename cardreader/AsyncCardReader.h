// Runs card operations on a worker thread and reports by signal, so PC/SC never blocks the GUI thread.
#pragma once

#include "CardData.h"
#include "CardError.h"
#include "CardSecret.h"
#include "MyNumberCard.h"

#include <QObject>

#include <functional>
#include <memory>

namespace madoguchi::card {

class CardTransport;

// One operation at a time: a second request while one runs is refused (returns false) rather than queued, because
// a queued PIN would be a retry nobody asked for. Each operation creates its transport through the factory on the
// worker thread (so "the configured reader" is looked up when the read starts) and drops it afterwards.
//
//   AsyncCardReader reader([&access] { return access.openTransport(); });
//   connect(&reader, &AsyncCardReader::cardRead, this, &Visit::onCardRead);
//   reader.readWithPin(CardSecret::fromText(CardSecret::Kind::Pin, typed), {.withMyNumber = false});
class AsyncCardReader final : public QObject {
    Q_OBJECT
public:
    using TransportFactory = std::function<CardResult<std::unique_ptr<CardTransport>>()>;

    explicit AsyncCardReader(TransportFactory factory, QObject* parent = nullptr);
    ~AsyncCardReader() override; // waits for a running operation to end

    bool isBusy() const;
    bool readTriesLeft();
    bool readWithPin(CardSecret pin, const ReadOptions& options);
    bool readWithCodeB(CardSecret codeB, const ReadOptions& options);

    // Blocks until the worker thread has ended; its result is then queued for delivery. For tests and shutdown.
    void waitForIdle();

Q_SIGNALS:
    void triesLeftRead(const madoguchi::card::CardResult<madoguchi::card::TriesLeft>& result);
    void cardRead(const madoguchi::card::CardResult<madoguchi::card::CardData>& result);

private:
    bool start(std::function<void(MyNumberCard&)> operation, std::function<void(CardError)> onTransportError);

    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace madoguchi::card

Q_DECLARE_METATYPE(madoguchi::card::CardResult<madoguchi::card::TriesLeft>)
Q_DECLARE_METATYPE(madoguchi::card::CardResult<madoguchi::card::CardData>)
