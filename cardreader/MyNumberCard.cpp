// The My Number card protocol (個人番号カード, 券面事項入力補助AP) over any CardTransport: tries left, the basic 4
// info with the PIN or with 照合番号B, and the My Number only when asked.
#include "MyNumberCard.h"

#include "ApduChannel.h"
#include "CardLogging.h"
#include "CardTransport.h"
#include "TextApRecords.h"

namespace madoguchi::card {

namespace {
const QByteArray kTextAp = QByteArray::fromHex("D3921000310001010408");
const QByteArray kVisualAp = QByteArray::fromHex("D3921000310001010402");
const QByteArray kJpkiAp = QByteArray::fromHex("D392F000260100000001");
const QByteArray kCommonAp = QByteArray::fromHex("D3921000310001010100");

constexpr quint8 kMyNumberSfi = 0x01;
constexpr quint8 kBasicInfoSfi = 0x02;
constexpr quint8 kPinSfi = 0x11;
constexpr quint8 kCodeASfi = 0x14;
constexpr quint8 kCodeBSfi = 0x15;
constexpr int kMyNumberFileSize = 17; // FF 10 0C + 12 digits + FF FF
constexpr qsizetype kMaxRecord = 0x7FFF;

using Credential = CardError::Credential;

// What a card says when it does not take the short-file-identifier form of a command.
bool refusesShortId(quint16 sw) {
    return sw == 0x6A86 || sw == 0x6A81 || sw == 0x6D00 || sw == 0x6A82 || sw == 0x6A88 || sw == 0x6981;
}

CardError refused(const char* what, quint16 sw) {
    return {CardError::Kind::CardRefused, QStringLiteral("%1: %2").arg(QLatin1String(what), statusWordText(sw))};
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        secureZero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

// One session's conversation with the text AP. Remembers whether the card refused the short forms, so the rest of the
// session uses SELECT EF without asking again.
class TextApConversation {
public:
    explicit TextApConversation(ApduChannel& channel)
        : m_channel(channel) {}

    CardOutcome selectApplication() {
        auto r = m_channel.send(apdu::selectApplication(kTextAp));
        if (!r.ok())
            return r.error();
        if (!r.value().isOk())
            return CardError(CardError::Kind::NotMyNumberCard,
                             QStringLiteral("SELECT 券面事項入力補助AP: %1").arg(statusWordText(r.value().sw)));
        return std::monostate{};
    }

    // 0 = blocked; nullopt = no count given.
    CardResult<std::optional<int>> triesLeft(quint8 sfi) {
        auto r = sendToKey(sfi, [](quint8 p2) { return apdu::triesLeftQuery(p2); });
        if (!r.ok())
            return r.error();
        const quint16 sw = r.value().sw;
        if ((sw & 0xFFF0) == 0x63C0)
            return std::optional<int>(sw & 0x0F);
        if (sw == 0x6984 || sw == 0x6983)
            return std::optional<int>(0);
        if (sw == 0x6300 || sw == 0x9000)
            return std::optional<int>();
        return refused("tries-left query", sw);
    }

    CardOutcome verify(quint8 sfi, const CardSecret& secret, Credential credential) {
        auto r = sendToKey(sfi, [&](quint8 p2) { return apdu::verify(p2, secret.bytes()); });
        if (!r.ok())
            return r.error();
        const quint16 sw = r.value().sw;
        if (sw == 0x9000)
            return std::monostate{};
        if (sw == 0x63C0)
            return CardError(CardError::Kind::Locked, QStringLiteral("VERIFY: 63C0, this attempt blocked the key"),
                             credential, 0);
        if ((sw & 0xFFF0) == 0x63C0)
            return CardError::wrongSecret(credential, sw & 0x0F, QStringLiteral("VERIFY: %1").arg(statusWordText(sw)));
        if (sw == 0x6984 || sw == 0x6983)
            return CardError(CardError::Kind::Locked, QStringLiteral("VERIFY: %1").arg(statusWordText(sw)), credential,
                             0);
        if (sw == 0x6300)
            return CardError::wrongSecret(credential, -1, QStringLiteral("VERIFY: 6300 (no counter)"));
        return refused("VERIFY", sw);
    }

    // The whole BER record of an EF: the first READ BINARY, then more only when the record's header says so.
    CardResult<QByteArray> readRecord(quint8 sfi, int firstLe, ApduChannel::Trace trace) {
        CardResult<ApduResponse> first = ApduResponse{};
        if (!m_shortIdsRefused) {
            m_selectedFile = -1;
            first = m_channel.send(apdu::readBinarySfi(sfi, 0, firstLe), trace);
            if (!first.ok())
                return first.error();
            if (refusesShortId(first.value().sw))
                m_shortIdsRefused = true;
        }
        if (m_shortIdsRefused) {
            if (auto selected = selectFile(sfi); !selected.ok())
                return selected.error();
            first = m_channel.send(apdu::readBinary(0, firstLe), trace);
            if (!first.ok())
                return first.error();
        }
        QByteArray data = std::move(first.value().data);
        const quint16 sw = first.value().sw;
        if (sw == 0x6B00)
            return CardError(CardError::Kind::MalformedData, QStringLiteral("EF %1 is empty").arg(sfi));
        if (sw != 0x9000 && sw != 0x6282) {
            wipe(data);
            return refused("READ BINARY", sw);
        }
        const auto header = textap::readTlvHeader(data, 0);
        if (!header || header->totalSize() > kMaxRecord) {
            wipe(data);
            return CardError(CardError::Kind::MalformedData,
                             QStringLiteral("EF %1 does not start with a BER record").arg(sfi));
        }
        while (data.size() < header->totalSize()) { // the EF is now current: plain READ BINARY with a 15-bit offset
            const int le = static_cast<int>(std::min<qsizetype>(256, header->totalSize() - data.size()));
            auto more = m_channel.send(apdu::readBinary(static_cast<quint16>(data.size()), le), trace);
            if (!more.ok()) {
                wipe(data);
                return more.error();
            }
            if (more.value().sw == 0x6B00 || more.value().data.isEmpty()) {
                wipe(data);
                return CardError(CardError::Kind::MalformedData,
                                 QStringLiteral("EF %1 ends before its record (%2 of %3 bytes)")
                                     .arg(sfi)
                                     .arg(data.size())
                                     .arg(header->totalSize()));
            }
            if (more.value().sw != 0x9000 && more.value().sw != 0x6282) {
                wipe(data);
                return refused("READ BINARY", more.value().sw);
            }
            data.append(more.value().data);
            wipe(more.value().data);
        }
        return data;
    }

private:
    CardOutcome selectFile(quint8 fid) {
        if (m_selectedFile == fid)
            return std::monostate{};
        auto r = m_channel.send(apdu::selectFile(fid));
        if (!r.ok())
            return r.error();
        if (!r.value().isOk())
            return refused("SELECT EF", r.value().sw);
        m_selectedFile = fid;
        return std::monostate{};
    }

    // A command aimed at a key EF: by SFI in P2, or (card refused that) SELECT EF then P2 = 80.
    template <typename Build> CardResult<ApduResponse> sendToKey(quint8 sfi, Build build) {
        if (!m_shortIdsRefused) {
            m_selectedFile = -1;
            QByteArray command = build(apdu::keyBySfi(sfi));
            auto r = m_channel.send(command);
            wipe(command);
            if (!r.ok() || !refusesShortId(r.value().sw))
                return r;
            m_shortIdsRefused = true;
        }
        if (auto selected = selectFile(sfi); !selected.ok())
            return selected.error();
        QByteArray command = build(apdu::kCurrentKey);
        auto r = m_channel.send(command);
        wipe(command);
        return r;
    }

    ApduChannel& m_channel;
    bool m_shortIdsRefused = false;
    int m_selectedFile = -1; // selected by SELECT EF in this session; SFI commands may change it, so they reset it
};
} // namespace

MyNumberCard::MyNumberCard(CardTransport& transport)
    : m_transport(transport) {}

QByteArray MyNumberCard::textApplicationId() {
    return kTextAp;
}

QByteArray MyNumberCard::jpkiApplicationId() {
    return kJpkiAp;
}

CardResult<TriesLeft> MyNumberCard::readTriesLeft() {
    m_lastExchanges = 0;
    CardSession session(m_transport, CardTransport::Access::Shared);
    if (!session.isOpen())
        return session.error();
    ApduChannel channel(m_transport);
    TextApConversation text(channel);
    auto finish = [&](auto result) {
        m_lastExchanges = channel.exchanges();
        return result;
    };
    if (auto selected = text.selectApplication(); !selected.ok())
        return finish(CardResult<TriesLeft>(selected.error()));
    TriesLeft tries;
    const std::pair<quint8, std::optional<int>*> keys[] = {
        {kPinSfi, &tries.pin}, {kCodeASfi, &tries.codeA}, {kCodeBSfi, &tries.codeB}};
    for (const auto& [sfi, slot] : keys) {
        auto r = text.triesLeft(sfi);
        if (!r.ok())
            return finish(CardResult<TriesLeft>(r.error()));
        *slot = r.value();
    }
    return finish(CardResult<TriesLeft>(tries));
}

CardResult<CardData> MyNumberCard::readWithPin(CardSecret pin, const ReadOptions& options) {
    if (pin.kind() != CardSecret::Kind::Pin || !pin.isWellFormed())
        return CardError(CardError::Kind::InvalidInput, QStringLiteral("PIN is not 4 digits; nothing sent"),
                         Credential::Pin);
    return readBasicInfo(std::move(pin), options);
}

CardResult<CardData> MyNumberCard::readWithCodeB(CardSecret codeB, const ReadOptions& options) {
    if (codeB.kind() != CardSecret::Kind::CodeB || !codeB.isWellFormed())
        return CardError(CardError::Kind::InvalidInput,
                         QStringLiteral("照合番号B is not 14 digits of YYMMDD+YYYY+code; nothing sent"),
                         Credential::CodeB);
    if (options.withMyNumber)
        return CardError(CardError::Kind::InvalidInput,
                         QStringLiteral("the My Number cannot be read with 照合番号B; nothing sent"),
                         Credential::CodeB);
    return readBasicInfo(std::move(codeB), options);
}

CardResult<CardData> MyNumberCard::readBasicInfo(CardSecret secret, const ReadOptions& options) {
    m_lastExchanges = 0;
    const bool byPin = secret.kind() == CardSecret::Kind::Pin;
    const Credential credential = byPin ? Credential::Pin : Credential::CodeB;
    const quint8 keySfi = byPin ? kPinSfi : kCodeBSfi;

    // Exclusive from before VERIFY until the card is unpowered: no other process can use the verified state.
    CardSession session(m_transport, CardTransport::Access::Exclusive);
    if (!session.isOpen())
        return session.error();
    ApduChannel channel(m_transport);
    TextApConversation text(channel);
    auto finish = [&](CardResult<CardData> result) {
        m_lastExchanges = channel.exchanges();
        if (!result.ok())
            qCInfo(lcCard).noquote() << "card read failed:" << CardError::kindName(result.error().kind()) << "-"
                                     << result.error().detail();
        return result;
    };

    if (auto selected = text.selectApplication(); !selected.ok())
        return finish(selected.error());
    auto tries = text.triesLeft(keySfi);
    if (!tries.ok())
        return finish(tries.error());
    if (tries.value() == 0)
        return finish(CardError(CardError::Kind::Locked, QStringLiteral("tries-left query: blocked; nothing sent"),
                                credential, 0));
    if (tries.value() == 1 && !options.lastTryConfirmed)
        return finish(CardError(CardError::Kind::LastTryNeedsConfirmation,
                                QStringLiteral("one try left and no confirmation; VERIFY not sent"), credential, 1));
    const CardOutcome verified = text.verify(keySfi, secret, credential);
    secret.wipe();
    if (!verified.ok())
        return finish(verified.error());

    CardResult<QByteArray> basic = text.readRecord(kBasicInfoSfi, 256, ApduChannel::Trace::Plain);
    if (!basic.ok())
        return finish(basic.error());
    CardResult<CardData> data = textap::parseBasicInfo(basic.value());
    wipe(basic.value());
    if (!data.ok() || !options.withMyNumber)
        return finish(std::move(data));

    CardResult<QByteArray> record =
        text.readRecord(kMyNumberSfi, kMyNumberFileSize, ApduChannel::Trace::SecretResponse);
    if (!record.ok())
        return finish(record.error());
    CardResult<MyNumber> number = textap::parseMyNumberRecord(record.value());
    wipe(record.value());
    if (!number.ok())
        return finish(number.error());
    data.value().myNumber = number.value();
    return finish(std::move(data));
}

CardResult<CardProbe> MyNumberCard::probe() {
    m_lastExchanges = 0;
    CardSession session(m_transport, CardTransport::Access::Shared);
    if (!session.isOpen())
        return session.error();
    ApduChannel channel(m_transport);
    CardProbe probe;
    probe.atr = m_transport.atr();
    const std::pair<const char*, QByteArray> applications[] = {
        {"券面事項入力補助AP (text)", kTextAp},
        {"券面事項確認AP (visual)", kVisualAp},
        {"公的個人認証AP (JPKI)", kJpkiAp},
        {"共通/住基AP (…0100)", kCommonAp},
    };
    for (const auto& [name, aid] : applications) {
        auto r = channel.send(apdu::selectApplication(aid));
        if (!r.ok()) {
            m_lastExchanges = channel.exchanges();
            return r.error();
        }
        probe.applications << ApplicationProbe{QString::fromUtf8(name), aid, r.value().sw};
    }
    if (channel.send(apdu::selectApplication(kJpkiAp)).ok()) {
        auto token = channel.send(apdu::readBinarySfi(0x06, 0, 32));
        if (!token.ok() || !token.value().isOk()) {
            if (channel.send(apdu::selectFile(0x0006)).ok())
                token = channel.send(apdu::readBinary(0, 32));
        }
        if (token.ok() && (token.value().isOk() || token.value().sw == 0x6282))
            probe.jpkiToken = QString::fromLatin1(token.value().data).trimmed();
    }
    m_lastExchanges = channel.exchanges();
    return probe;
}

} // namespace madoguchi::card
