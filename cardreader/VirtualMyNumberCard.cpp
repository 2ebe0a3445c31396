// A software model of the My Number card (個人番号カード) with fictitious holder data, for demo mode and tests.
#include "VirtualMyNumberCard.h"

namespace madoguchi::card {

namespace {
const QByteArray kTextApAid = QByteArray::fromHex("D3921000310001010408");
const QByteArray kJpkiApAid = QByteArray::fromHex("D392F000260100000001");
const QByteArray kOk = QByteArray::fromHex("9000");
const QByteArray kNotFound = QByteArray::fromHex("6A82");
const QByteArray kInsNotSupported = QByteArray::fromHex("6D00");
const QByteArray kWrongLength = QByteArray::fromHex("6700");
} // namespace

QByteArray VirtualMyNumberCard::atr() const {
    return QByteArray::fromHex("3BE000FF8131FE4514"); // a real contact ATR of the card (OpenSC's jpki_atrs)
}

void VirtualMyNumberCard::powerOn() {
    m_selected = Application::None;
}

void VirtualMyNumberCard::powerOff() {
    m_selected = Application::None;
}

QByteArray VirtualMyNumberCard::transmit(const QByteArray& apdu) {
    if (apdu.size() < 4)
        return kWrongLength;
    const auto ins = static_cast<unsigned char>(apdu.at(1));
    const auto p1 = static_cast<unsigned char>(apdu.at(2));
    if (ins == 0xA4 && p1 == 0x04) {
        if (apdu.size() < 5 || apdu.size() < 5 + static_cast<unsigned char>(apdu.at(4)))
            return kWrongLength;
        const QByteArray aid = apdu.mid(5, static_cast<unsigned char>(apdu.at(4)));
        if (aid == kTextApAid) {
            m_selected = Application::TextAp;
            return kOk;
        }
        if (aid == kJpkiApAid) {
            m_selected = Application::JpkiAp;
            return kOk;
        }
        return kNotFound;
    }
    return kInsNotSupported;
}

} // namespace madoguchi::card
