// A software model of the My Number card (個人番号カード) with a fictitious holder, for demo mode and tests.
#include "VirtualMyNumberCard.h"

#include "TextApRecords.h"

namespace madoguchi::card {

namespace {
const QByteArray kTextApAid = QByteArray::fromHex("D3921000310001010408");
const QByteArray kJpkiApAid = QByteArray::fromHex("D392F000260100000001");

QByteArray sw(quint16 value) {
    QByteArray r;
    r.append(static_cast<char>(value >> 8)).append(static_cast<char>(value & 0xFF));
    return r;
}

constexpr quint16 kMyNumberFile = 0x0001;
constexpr quint16 kBasicInfoFile = 0x0002;
constexpr quint16 kTokenFile = 0x0006; // JPKI AP
constexpr quint16 kPinFile = 0x0011;
constexpr quint16 kCodeAFile = 0x0014;
constexpr quint16 kCodeBFile = 0x0015;
// The physical EF 0002 is larger than its record; the rest is filler (what a reader must ignore).
constexpr int kBasicInfoFileSize = 0x200;
} // namespace

VirtualMyNumberCard::VirtualMyNumberCard(CardPersona persona)
    : VirtualMyNumberCard(std::move(persona), Behaviour{}) {}

VirtualMyNumberCard::VirtualMyNumberCard(CardPersona persona, Behaviour behaviour)
    : m_persona(std::move(persona))
    , m_behaviour(behaviour) {
    m_counters.pin = m_persona.pinTriesLeft;
    m_basicInfo = textap::encodeBasicInfo(m_persona.name, m_persona.address, m_persona.birthDate, m_persona.sex);
    if (m_basicInfo.size() < kBasicInfoFileSize)
        m_basicInfo.append(QByteArray(kBasicInfoFileSize - m_basicInfo.size(), '\xFF'));
    m_myNumber = textap::encodeMyNumberRecord(m_persona.myNumber);
}

QByteArray VirtualMyNumberCard::atr() const {
    return QByteArray::fromHex("3BE000FF8131FE4514"); // a real contact ATR of the card (OpenSC's jpki_atrs)
}

void VirtualMyNumberCard::powerOn() {
    powerOff();
}

void VirtualMyNumberCard::powerOff() {
    m_application = Application::None;
    m_currentFile = 0;
    m_verified = 0;
}

bool VirtualMyNumberCard::isKeyFile(quint16 fid) {
    return fid == kPinFile || fid == kCodeAFile || fid == kCodeBFile;
}

std::optional<QByteArray> VirtualMyNumberCard::file(quint16 fid) const {
    if (m_application == Application::TextAp) {
        if (fid == kMyNumberFile)
            return m_myNumber;
        if (fid == kBasicInfoFile)
            return m_basicInfo;
        if (isKeyFile(fid))
            return QByteArray();
    }
    if (m_application == Application::JpkiAp && fid == kTokenFile)
        return QByteArray("JPKIAPICCTOKEN2").leftJustified(32, ' ');
    return std::nullopt;
}

QByteArray VirtualMyNumberCard::transmit(const QByteArray& apdu) {
    if (apdu.size() < 4)
        return sw(0x6700);
    if (apdu.at(0) != 0)
        return sw(0x6E00);
    const auto ins = static_cast<quint8>(apdu.at(1));
    const auto p1 = static_cast<quint8>(apdu.at(2));
    const auto p2 = static_cast<quint8>(apdu.at(3));
    switch (ins) {
    case 0xA4: {
        if (apdu.size() < 5)
            return sw(0x6700);
        const int lc = static_cast<quint8>(apdu.at(4));
        if (apdu.size() != 5 + lc && apdu.size() != 6 + lc)
            return sw(0x6700);
        return select(p1, QByteArrayView(apdu).sliced(5, lc));
    }
    case 0x20:
        return verify(p2, apdu);
    case 0xB0:
        return readBinary(p1, p2, apdu);
    default:
        return sw(0x6D00);
    }
}

QByteArray VirtualMyNumberCard::select(quint8 p1, QByteArrayView data) {
    if (p1 == 0x04) {
        if (data == kTextApAid)
            m_application = Application::TextAp;
        else if (data == kJpkiApAid)
            m_application = Application::JpkiAp;
        else
            return sw(0x6A82);
        m_currentFile = 0;
        return sw(0x9000);
    }
    if (p1 == 0x02) {
        if (data.size() != 2)
            return sw(0x6700);
        const quint16 fid =
            static_cast<quint16>((static_cast<quint8>(data.at(0)) << 8) | static_cast<quint8>(data.at(1)));
        if (!file(fid))
            return sw(0x6A82);
        m_currentFile = fid;
        return sw(0x9000);
    }
    return sw(0x6A86); // "select MF" and the other forms: never rely on them (see the reference notes)
}

QByteArray VirtualMyNumberCard::verify(quint8 p2, const QByteArray& apdu) {
    if (p2 != 0x80 && !m_behaviour.acceptsShortFileIds)
        return sw(0x6A86);
    const quint16 fid = p2 == 0x80 ? m_currentFile : static_cast<quint16>(p2 & 0x1F);
    if (m_application != Application::TextAp || !isKeyFile(fid))
        return sw(0x6A88);
    int* tries = fid == kPinFile ? &m_counters.pin : fid == kCodeAFile ? &m_counters.codeA : &m_counters.codeB;
    const int bit = fid == kPinFile ? PinBit : fid == kCodeAFile ? CodeABit : CodeBBit;
    const int max = fid == kPinFile ? kPinMaxTries : kCodeMaxTries;
    if (p2 != 0x80)
        m_currentFile = fid;
    if (*tries <= 0)
        return sw(0x6984);
    if (apdu.size() == 4 || (apdu.size() == 5 && apdu.at(4) == 0)) // a query: nothing consumed
        return sw(static_cast<quint16>(0x63C0 | *tries));
    const int lc = static_cast<quint8>(apdu.at(4));
    if (apdu.size() != 5 + lc)
        return sw(0x6700);
    const QByteArrayView given = QByteArrayView(apdu).sliced(5, lc);
    const QByteArray& expected = fid == kPinFile     ? m_persona.pin
                                 : fid == kCodeAFile ? m_persona.myNumber
                                                     : m_persona.codeB;
    if (given == expected) {
        *tries = max;
        m_verified |= bit;
        return sw(0x9000);
    }
    --*tries;
    return sw(static_cast<quint16>(0x63C0 | *tries));
}

QByteArray VirtualMyNumberCard::readBinary(quint8 p1, quint8 p2, const QByteArray& apdu) {
    if (apdu.size() != 5)
        return sw(0x6700);
    quint16 fid = m_currentFile;
    int offset = 0;
    if (p1 & 0x80) {
        if (!m_behaviour.acceptsShortFileIds)
            return sw(0x6A86);
        fid = p1 & 0x1F;
        offset = p2;
    } else {
        if (fid == 0)
            return sw(0x6986);
        offset = ((p1 & 0x7F) << 8) | p2;
    }
    const auto content = file(fid);
    if (!content)
        return sw(0x6A82);
    if (isKeyFile(fid))
        return sw(0x6981);
    const bool open = (fid == kMyNumberFile && (m_verified & (PinBit | CodeABit))) ||
                      (fid == kBasicInfoFile && (m_verified & (PinBit | CodeBBit))) || fid == kTokenFile;
    if (!open)
        return sw(0x6982);
    m_currentFile = fid;
    if (offset >= content->size())
        return sw(0x6B00);
    const int le = static_cast<quint8>(apdu.at(4));
    const int wanted = le == 0 ? 256 : le;
    const qsizetype available = content->size() - offset;
    if (le != 0 && wanted > available)
        return content->mid(offset) + sw(0x6282);
    return content->mid(offset, std::min<qsizetype>(wanted, available)) + sw(0x9000);
}

} // namespace madoguchi::card
