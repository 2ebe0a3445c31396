// A software model of the My Number card (個人番号カード) with a fictitious holder, for demo mode and tests.
#pragma once

#include "CardPersona.h"
#include "VirtualCard.h"

#include <QByteArrayView>

#include <optional>

namespace madoguchi::card {

// Models what the card reader code relies on, as far as public sources describe the card:
// - 券面事項入力補助AP (text AP): EF 0001 My Number (PIN or 照合番号A), EF 0002 basic 4 info (PIN or 照合番号B),
//   key EFs 0011 PIN, 0014 照合番号A, 0015 照合番号B; SELECT EF, and the short-file-id forms of VERIFY
//   (P2 = 80|SFI) and READ BINARY (P1 = 80|SFI), which a card may refuse with 6A 86 (Behaviour).
// - tries: VERIFY without data answers 63 Cx and consumes nothing; a wrong secret 63 Cx, the exhausting one 63 C0,
//   later ones 69 84; a right one resets the counter. `69 82` for a protected EF before VERIFY, `6B 00` past the end.
// - power off clears the verified state and the selection; the counters survive (counters()/setCounters()).
// - JPKI AP: EF 0006 token info "JPKIAPICCTOKEN2" (no PIN).
class VirtualMyNumberCard final : public VirtualCard {
public:
    static constexpr int kPinMaxTries = 3;
    // 照合番号A/B: soltia48/myna-card reports 10 for B; nothing public confirms either. Assumed 10 for both.
    static constexpr int kCodeMaxTries = 10;

    struct Counters {
        int pin = kPinMaxTries;
        int codeA = kCodeMaxTries;
        int codeB = kCodeMaxTries;
        friend bool operator==(const Counters&, const Counters&) = default;
    };
    struct Behaviour {
        bool acceptsShortFileIds = true; // false: SFI forms answer 6A 86, as some card generations may
    };

    explicit VirtualMyNumberCard(CardPersona persona);
    VirtualMyNumberCard(CardPersona persona, Behaviour behaviour);

    QByteArray atr() const override;
    void powerOn() override;
    void powerOff() override;
    QByteArray transmit(const QByteArray& commandApdu) override;

    Counters counters() const { return m_counters; }
    void setCounters(const Counters& counters) { m_counters = counters; }
    const CardPersona& persona() const { return m_persona; }

private:
    enum class Application { None, TextAp, JpkiAp };
    enum CredentialBit { PinBit = 1, CodeABit = 2, CodeBBit = 4 };

    QByteArray select(quint8 p1, QByteArrayView data);
    QByteArray verify(quint8 p2, const QByteArray& apdu);
    QByteArray readBinary(quint8 p1, quint8 p2, const QByteArray& apdu);
    std::optional<QByteArray> file(quint16 fid) const;
    static bool isKeyFile(quint16 fid);

    CardPersona m_persona;
    Behaviour m_behaviour;
    Counters m_counters;
    Application m_application = Application::None;
    quint16 m_currentFile = 0;
    int m_verified = 0;
    QByteArray m_basicInfo;
    QByteArray m_myNumber;
};

} // namespace madoguchi::card
