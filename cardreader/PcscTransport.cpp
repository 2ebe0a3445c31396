// A card in a real PC/SC reader, through pcscd: T=0|T=1 with the negotiated protocol's PCI, exclusive access on
// request, the context re-established when pcscd went away, and every session ended with SCARD_UNPOWER_CARD.
#include "PcscTransport.h"

#include "CardLogging.h"
#include "CardSecret.h"
#include "PcscError.h"

#include <QDeadlineTimer>
#include <QStringList>

#include <winscard.h>

#include <algorithm>
#include <vector>

namespace madoguchi::card {

namespace {
// A short R-APDU is at most 256 data bytes + SW; an extended one (a whole EF in one READ BINARY) up to 65536 + SW.
constexpr DWORD kResponseBuffer = MAX_BUFFER_SIZE_EXTENDED;
// How long a failed exchange waits for pcscd to report the card gone before calling it a communication error.
constexpr int kRemovalGraceMs = 1500;

CardError pcscFailure(CardError::Kind kind, const char* call, LONG rv) {
    return {kind, QStringLiteral("%1: %2").arg(QLatin1String(call), pcscErrorText(rv))};
}

// How a failed connect or transmit reads to the workflow.
CardError::Kind kindOf(LONG rv, bool duringTransmit) {
    if (pcscServiceLost(rv))
        return CardError::Kind::NoService;
    switch (rv) {
    case SCARD_E_NO_SMARTCARD:
    case SCARD_W_REMOVED_CARD:
        return duringTransmit ? CardError::Kind::CardRemoved : CardError::Kind::NoCard;
    case SCARD_E_SHARING_VIOLATION:
        return CardError::Kind::ReaderBusy;
    case SCARD_E_TIMEOUT:
        return CardError::Kind::Timeout;
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
    case SCARD_E_NO_READERS_AVAILABLE:
        return duringTransmit ? CardError::Kind::CardRemoved : CardError::Kind::NoReader;
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNSUPPORTED_CARD:
        return CardError::Kind::NotMyNumberCard;
    default:
        return CardError::Kind::CommunicationError;
    }
}
} // namespace

struct PcscTransport::Handles {
    SCARDCONTEXT context = 0;
    bool hasContext = false;
    SCARDHANDLE card = 0;
    bool connected = false;
    DWORD protocol = 0;
    QString reader;
    QByteArray atr;
    std::vector<unsigned char> response = std::vector<unsigned char>(kResponseBuffer); // one buffer, wiped per use

    // Whether the card has left the reader (or the reader went away) since the session began. pcscd learns of a removal
    // by polling the driver, so give it up to `graceMs` to notice.
    bool cardGone(int graceMs = 0) const {
        if (graceMs > 0) {
            const QByteArray name = reader.toUtf8();
            SCARD_READERSTATE watched{};
            watched.szReader = name.constData();
            watched.dwCurrentState = SCARD_STATE_PRESENT;
            QDeadlineTimer deadline(graceMs);
            while (!deadline.hasExpired()) {
                const LONG rv =
                    SCardGetStatusChange(context, static_cast<DWORD>(deadline.remainingTime()), &watched, 1);
                if (rv != SCARD_S_SUCCESS)
                    break;
                if (watched.dwEventState & (SCARD_STATE_EMPTY | SCARD_STATE_UNAVAILABLE))
                    return true;
                watched.dwCurrentState = watched.dwEventState & ~SCARD_STATE_CHANGED; // another change: keep waiting
            }
        }
        DWORD state = 0;
        DWORD activeProtocol = 0;
        DWORD nameLength = 0;
        DWORD atrLength = 0;
        const LONG status = SCardStatus(card, nullptr, &nameLength, &state, &activeProtocol, nullptr, &atrLength);
        if (status == SCARD_W_REMOVED_CARD || status == SCARD_E_NO_SMARTCARD || status == SCARD_E_READER_UNAVAILABLE)
            return true;
        return status == SCARD_S_SUCCESS && !(state & SCARD_PRESENT);
    }

    void dropContext() {
        if (hasContext)
            SCardReleaseContext(context);
        hasContext = false;
    }

    LONG ensureContext() {
        if (hasContext && SCardIsValidContext(context) == SCARD_S_SUCCESS)
            return SCARD_S_SUCCESS;
        dropContext();
        const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
        hasContext = rv == SCARD_S_SUCCESS;
        return rv;
    }

    LONG listReaders(QStringList* names) {
        DWORD size = 0;
        LONG rv = SCardListReaders(context, nullptr, nullptr, &size);
        if (rv == SCARD_S_SUCCESS && size > 0) {
            std::vector<char> buffer(size);
            rv = SCardListReaders(context, nullptr, buffer.data(), &size);
            if (rv == SCARD_S_SUCCESS) {
                for (const char* p = buffer.data(); *p != '\0'; p += qstrlen(p) + 1)
                    *names << QString::fromUtf8(p);
            }
        }
        return rv == SCARD_E_NO_READERS_AVAILABLE ? SCARD_S_SUCCESS : rv;
    }

    // The first of `names` holding a card, or empty.
    QString readerWithCard(const QStringList& names) {
        std::vector<QByteArray> utf8;
        for (const QString& n : names)
            utf8.push_back(n.toUtf8());
        std::vector<SCARD_READERSTATE> states(utf8.size());
        for (size_t i = 0; i < utf8.size(); ++i) {
            states[i].szReader = utf8[i].constData();
            states[i].dwCurrentState = SCARD_STATE_UNAWARE;
        }
        if (states.empty() ||
            SCardGetStatusChange(context, 0, states.data(), static_cast<DWORD>(states.size())) != SCARD_S_SUCCESS)
            return {};
        for (size_t i = 0; i < states.size(); ++i) {
            if ((states[i].dwEventState & SCARD_STATE_PRESENT) && !(states[i].dwEventState & SCARD_STATE_MUTE))
                return names[static_cast<qsizetype>(i)];
        }
        return {};
    }
};

PcscTransport::PcscTransport(QString readerName)
    : m_handles(std::make_unique<Handles>())
    , m_wantedReader(std::move(readerName)) {}

PcscTransport::~PcscTransport() {
    endSession();
    m_handles->dropContext();
}

CardOutcome PcscTransport::beginSession(Access access) {
    endSession();
    Handles& h = *m_handles;
    const DWORD share = access == Access::Exclusive ? SCARD_SHARE_EXCLUSIVE : SCARD_SHARE_SHARED;
    // Two attempts: the first may find that pcscd restarted (or exited when idle) since the context was made.
    CardOutcome outcome = std::monostate{};
    for (int attempt = 0; attempt < 2; ++attempt) {
        LONG rv = h.ensureContext();
        if (rv != SCARD_S_SUCCESS)
            return pcscFailure(CardError::Kind::NoService, "SCardEstablishContext", rv);
        if (m_wantedReader.isEmpty()) {
            QStringList names;
            rv = h.listReaders(&names);
            if (rv == SCARD_S_SUCCESS && names.isEmpty())
                return CardError(CardError::Kind::NoReader, QStringLiteral("pcscd lists no reader"));
            if (rv == SCARD_S_SUCCESS) {
                h.reader = h.readerWithCard(names);
                if (h.reader.isEmpty())
                    return CardError(CardError::Kind::NoCard,
                                     QStringLiteral("no card in any reader: %1").arg(names.join(QStringLiteral(", "))));
            }
        } else {
            h.reader = m_wantedReader; // connect straight away: listing first would cost a round trip every read
        }
        if (rv == SCARD_S_SUCCESS) {
            const QByteArray reader = h.reader.toUtf8();
            rv = SCardConnect(h.context, reader.constData(), share, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &h.card,
                              &h.protocol);
            if (rv == SCARD_W_RESET_CARD) // someone reset the card meanwhile: nothing is verified, connect again
                rv = SCardConnect(h.context, reader.constData(), share, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &h.card,
                                  &h.protocol);
        }
        if (rv == SCARD_S_SUCCESS) {
            h.connected = true;
            h.atr.clear();
            qCDebug(lcCard).noquote() << "session on" << h.reader
                                      << (access == Access::Exclusive ? "exclusive" : "shared")
                                      << (h.protocol == SCARD_PROTOCOL_T0 ? "T=0" : "T=1");
            return std::monostate{};
        }
        if (rv == SCARD_E_UNKNOWN_READER || rv == SCARD_E_READER_UNAVAILABLE) {
            QStringList names;
            h.listReaders(&names);
            return CardError(CardError::Kind::NoReader,
                             QStringLiteral("configured reader '%1' not attached; attached: %2")
                                 .arg(h.reader, names.join(QStringLiteral(", "))));
        }
        outcome = pcscFailure(kindOf(rv, false), "SCardConnect", rv);
        if (!pcscServiceLost(rv))
            return outcome;
        h.dropContext();
    }
    return outcome;
}

CardResult<QByteArray> PcscTransport::transmit(const QByteArray& command) {
    Handles& h = *m_handles;
    if (!h.connected)
        return CardError(CardError::Kind::CommunicationError, QStringLiteral("transmit without a session"));
    const SCARD_IO_REQUEST* pci = h.protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    unsigned char* response = h.response.data();
    DWORD length = kResponseBuffer;
    const LONG rv = SCardTransmit(h.card, pci, reinterpret_cast<const unsigned char*>(command.constData()),
                                  static_cast<DWORD>(command.size()), nullptr, response, &length);
    if (rv != SCARD_S_SUCCESS) {
        CardError::Kind kind = kindOf(rv, true);
        if (kind == CardError::Kind::CommunicationError && h.cardGone(kRemovalGraceMs))
            kind = CardError::Kind::CardRemoved;
        return pcscFailure(kind, "SCardTransmit", rv);
    }
    if (length < 2) {
        // A card pulled out mid-command: vpcd and some USB readers then hand back an empty response, not an error.
        return CardError(h.cardGone(kRemovalGraceMs) ? CardError::Kind::CardRemoved
                                                     : CardError::Kind::CommunicationError,
                         QStringLiteral("SCardTransmit: %1 response bytes, no status word").arg(length));
    }
    QByteArray out(reinterpret_cast<const char*>(response), static_cast<qsizetype>(length));
    secureZero(response, std::min<size_t>(length, kResponseBuffer));
    return out;
}

void PcscTransport::endSession() {
    Handles& h = *m_handles;
    if (!h.connected)
        return;
    const LONG rv = SCardDisconnect(h.card, SCARD_UNPOWER_CARD);
    if (rv != SCARD_S_SUCCESS && rv != SCARD_W_REMOVED_CARD && rv != SCARD_E_NO_SMARTCARD)
        qCWarning(lcCard).noquote() << "SCardDisconnect(SCARD_UNPOWER_CARD):" << pcscErrorText(rv);
    h.connected = false;
}

QString PcscTransport::description() const {
    return QStringLiteral("PC/SC reader '%1'").arg(m_handles->reader.isEmpty() ? m_wantedReader : m_handles->reader);
}

QByteArray PcscTransport::atr() const {
    Handles& h = *m_handles;
    if (h.connected && h.atr.isEmpty()) { // asked for by diag only, so not fetched on every session
        unsigned char atr[MAX_ATR_SIZE];
        DWORD atrLength = sizeof atr;
        DWORD state = 0;
        DWORD protocol = 0;
        DWORD nameLength = 0;
        if (SCardStatus(h.card, nullptr, &nameLength, &state, &protocol, atr, &atrLength) == SCARD_S_SUCCESS)
            h.atr = QByteArray(reinterpret_cast<const char*>(atr), static_cast<qsizetype>(atrLength));
    }
    return h.atr;
}

QString PcscTransport::readerInUse() const {
    return m_handles->reader;
}

} // namespace madoguchi::card
