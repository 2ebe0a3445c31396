// A card in a real PC/SC reader, through pcscd: T=0|T=1 with the negotiated protocol's PCI, exclusive access on
// request, the context re-established when pcscd went away, and every session ended with SCARD_UNPOWER_CARD.
#pragma once

#include "CardTransport.h"

#include <memory>

namespace madoguchi::card {

class PcscTransport final : public CardTransport {
public:
    // `readerName` empty: the first reader that holds a card. Otherwise exactly that reader (from settings).
    explicit PcscTransport(QString readerName = {});
    ~PcscTransport() override;
    PcscTransport(const PcscTransport&) = delete;
    PcscTransport& operator=(const PcscTransport&) = delete;

    CardOutcome beginSession(Access access) override;
    CardResult<QByteArray> transmit(const QByteArray& command) override;
    void endSession() override;
    QString description() const override;
    QByteArray atr() const override;

    // The reader of the current (or last) session.
    QString readerInUse() const;

private:
    struct Handles;
    std::unique_ptr<Handles> m_handles;
    QString m_wantedReader;
};

} // namespace madoguchi::card
