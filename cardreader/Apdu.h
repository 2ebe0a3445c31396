// ISO 7816-4 short APDUs as the My Number card needs them: builders, the response type, status-word names and the
// masked form the APDU trace prints.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace madoguchi::card {

// An R-APDU split into its data and status word (SW1 SW2), as DigiDoc4's Result { data, SW }.
struct ApduResponse {
    QByteArray data;
    quint16 sw = 0;

    static ApduResponse fromRaw(const QByteArray& raw); // raw shorter than 2 bytes gives sw 0
    quint8 sw1() const { return static_cast<quint8>(sw >> 8); }
    quint8 sw2() const { return static_cast<quint8>(sw & 0xFF); }
    bool isOk() const { return sw == 0x9000; }
};

namespace apdu {

// Builders. Le 1..256 (256 is encoded 00); offsets up to 0x7FFF (8 bits with an SFI).
QByteArray selectApplication(QByteArrayView aid); // 00 A4 04 0C Lc AID
QByteArray selectFile(quint16 fid);               // 00 A4 02 0C 02 FID
QByteArray verify(quint8 p2, QByteArrayView secret);
QByteArray triesLeftQuery(quint8 p2); // VERIFY without data: answers 63 Cx and consumes nothing
QByteArray readBinary(quint16 offset, int le);
QByteArray readBinarySfi(quint8 sfi, quint8 offset, int le);
QByteArray getResponse(int le);
// READ BINARY of a whole EF in one APDU: extended Le 00 00 00 (up to 65536 bytes). Readers or cards that do not carry
// extended APDUs answer 67 00 (or fail); the caller then reads in short chunks.
QByteArray readBinarySfiExtended(quint8 sfi);
QByteArray readBinaryExtended(quint16 offset);
QByteArray getChallenge(int le); // 00 84 00 00 Le
// 80 2A 00 00 Lc <DigestInfo> 00: the 券面 AP signs the DigestInfo with its own key (internal authentication).
QByteArray internalSign(QByteArrayView digestInfo);
QByteArray withLe(const QByteArray& command, int le); // the same case-2/4 command with another Le (for 6C xx)

// P2 of VERIFY naming a key by short file identifier; 0x80 alone means "the currently selected key EF".
constexpr quint8 kCurrentKey = 0x80;
constexpr quint8 keyBySfi(quint8 sfi) {
    return static_cast<quint8>(0x80 | sfi);
}

// The log form of a command: hex, with VERIFY / CHANGE REFERENCE DATA data replaced by "**" per byte.
QString traceCommand(QByteArrayView command);
// The log form of a response; `secret` replaces the data by its length (My Number, anything personal).
QString traceResponse(const ApduResponse& response, bool secret);

} // namespace apdu

// "6A82 file or application not found" — the status word and what ISO 7816-4 / the card means by it, for logs.
QString statusWordText(quint16 sw);

} // namespace madoguchi::card
