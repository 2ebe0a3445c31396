// The virtual My Number card as a transport, in-process: demo mode when no reader is attached, and GUI tests.
#pragma once

#include "CardTransport.h"

#include <memory>
#include <mutex>

namespace madoguchi::card {

class VirtualMyNumberCard;

// One card in one simulated reader. The card object is shared so that its PIN counters live as long as the
// terminal runs, across sessions and transports; the mutex keeps two sessions from interleaving.
class SimulatedReader final {
public:
    explicit SimulatedReader(std::shared_ptr<VirtualMyNumberCard> card);

    // Take the card away / put it back (as a resident would).
    void setCardPresent(bool present);
    bool cardPresent() const;
    // The card leaves the reader after answering `count` more APDUs (-1: never), like a hand pulled away mid-read.
    void removeCardAfter(int count);

    VirtualMyNumberCard& card() { return *m_card; }

private:
    friend class SimulatedTransport;
    std::shared_ptr<VirtualMyNumberCard> m_card;
    mutable std::recursive_mutex m_mutex;
    bool m_present = true;
    int m_apdusUntilRemoval = -1;
};

class SimulatedTransport final : public CardTransport {
public:
    explicit SimulatedTransport(std::shared_ptr<SimulatedReader> reader);
    ~SimulatedTransport() override;

    CardOutcome beginSession(Access access) override;
    CardResult<QByteArray> transmit(const QByteArray& command) override;
    void endSession() override;
    QString description() const override;
    QByteArray atr() const override;
    bool isSimulated() const override { return true; }

private:
    std::shared_ptr<SimulatedReader> m_reader;
    std::unique_lock<std::recursive_mutex> m_lock; // held for the whole session
};

} // namespace madoguchi::card
