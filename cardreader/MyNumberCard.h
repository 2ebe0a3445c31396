// The My Number card protocol (個人番号カード, 券面事項入力補助AP) over any CardTransport: tries left, the basic 4
// info with the PIN or with 照合番号B, and the My Number only when asked.
#pragma once

#include "CardData.h"
#include "CardError.h"
#include "CardSecret.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace madoguchi::card {

class ApduChannel;
class CardTransport;

// Remaining tries of the text AP's credentials; nullopt when the card gave no count (no limit or not answered).
struct TriesLeft {
    std::optional<int> pin;
    std::optional<int> codeA; // 照合番号A (the My Number itself)
    std::optional<int> codeB; // 照合番号B
};

struct ReadOptions {
    // Also read EF 0001 (the My Number). Only for procedures that lawfully need it.
    bool withMyNumber = false;
    // The resident (and clerk) confirmed trying although only one try is left. Without it, a read refuses with
    // LastTryNeedsConfirmation before sending the VERIFY.
    bool lastTryConfirmed = false;
    // Check the card's authenticity in the same session (and read the face photo if the config says so). Null: the
    // read is exactly the plain read, with no extra APDU.
    std::shared_ptr<const AuthenticityConfig> authenticity;
};

// For the help-desk report: which applications answered SELECT.
struct ApplicationProbe {
    QString name;
    QByteArray aid;
    quint16 sw = 0; // 0 when the exchange itself failed
};

struct CardProbe {
    QByteArray atr;
    QList<ApplicationProbe> applications;
    QString jpkiToken; // EF 0006 of the JPKI AP, e.g. "JPKIAPICCTOKEN2" (the My Number card); empty if unreadable
};

// Identifies the card by selecting its applications, never by ATR. Every operation is one session: it opens the
// transport (exclusively when a secret is verified), and whatever happens the session ends with the card unpowered,
// so nothing verified outlives it. A secret is never retried; a result is either complete or an error, never partial.
//
// APDUs of a read with the PIN and the My Number (5, one VERIFY), when the card takes short file identifiers:
//   00 A4 04 0C 0A D3921000310001010408   SELECT 券面事項入力補助AP
//   00 20 00 91                           tries left of the PIN (EF 0011), consumes nothing
//   00 20 00 91 04 xx xx xx xx            VERIFY the PIN
//   00 B0 82 00 00                        READ BINARY EF 0002 (basic 4 info), more only if the record is longer
//   00 B0 81 00 11                        READ BINARY EF 0001 (My Number), only with ReadOptions::withMyNumber
// With ReadOptions::authenticity and a trust anchor, the same session goes on (basic 4 info + authenticity + internal
// authentication = 8 APDUs when the CV certificate is cached):
//   00 B0 83 00 00 00 00                  READ BINARY EF 0003 (integrity record), whole EF, extended Le
//   00 B0 87 00 00 00 00                  READ BINARY EF 0007 (the card's key, signed by the AP's issuing key)
//  (00 B0 84 00 00 00 00                  READ BINARY EF 0004 (CV certificate), only when not cached)
//   00 84 00 00 08                        GET CHALLENGE
//   80 2A 00 00 33 <DigestInfo> 00        the card signs SHA-256(card challenge | terminal nonce)
// and, for the face photo, SELECT 券面事項確認AP, VERIFY 照合番号B (EF 0012) or A (EF 0013), READ BINARY EF 0002 (and
// EF 0004 when not cached). A reader or card answering 67 00 to extended Le gets short chunked reads instead.
// A card that refuses the short forms (6A 86, 6A 81, 6D 00, 6A 82, 6A 88, 69 81) gets SELECT EF + the plain forms.
class MyNumberCard final {
public:
    explicit MyNumberCard(CardTransport& transport);

    // Tries left for the PIN, 照合番号A and 照合番号B, without consuming any.
    CardResult<TriesLeft> readTriesLeft();
    // The basic 4 info (and the My Number with options.withMyNumber) after verifying the resident's PIN.
    CardResult<CardData> readWithPin(CardSecret pin, const ReadOptions& options = {});
    // The basic 4 info after verifying 照合番号B (no PIN; the My Number is not readable this way).
    CardResult<CardData> readWithCodeB(CardSecret codeB, const ReadOptions& options = {});
    // SELECT of every application the card is known to have, and the JPKI token label (no secret involved).
    CardResult<CardProbe> probe();

    // Exchanges with the card in the last operation (the benchmark's APDU count).
    int lastExchangeCount() const { return m_lastExchanges; }

    static QByteArray textApplicationId();
    static QByteArray jpkiApplicationId();

private:
    CardResult<CardData> readBasicInfo(CardSecret secret, const ReadOptions& options);

    CardTransport& m_transport;
    int m_lastExchanges = 0;
};

} // namespace madoguchi::card
