// ISO 7816-4 short APDUs as the My Number card needs them: builders, the response type, status-word names and the
// masked form the APDU trace prints.
#include "Apdu.h"

namespace madoguchi::card {

ApduResponse ApduResponse::fromRaw(const QByteArray& raw) {
    if (raw.size() < 2)
        return {raw, 0};
    const auto sw1 = static_cast<quint8>(raw.at(raw.size() - 2));
    const auto sw2 = static_cast<quint8>(raw.at(raw.size() - 1));
    return {raw.left(raw.size() - 2), static_cast<quint16>((sw1 << 8) | sw2)};
}

namespace apdu {

namespace {
char byte(int value) {
    return static_cast<char>(value & 0xFF);
}

QByteArray header(int ins, int p1, int p2) {
    QByteArray c;
    c.reserve(5 + 32);
    c.append(byte(0x00)).append(byte(ins)).append(byte(p1)).append(byte(p2));
    return c;
}

char encodeLe(int le) {
    return byte(le >= 256 ? 0 : le);
}

bool carriesSecret(QByteArrayView command) {
    if (command.size() < 6)
        return false;
    const auto ins = static_cast<quint8>(command.at(1));
    return ins == 0x20 || ins == 0x24;
}
} // namespace

QByteArray selectApplication(QByteArrayView aid) {
    return header(0xA4, 0x04, 0x0C).append(byte(static_cast<int>(aid.size()))).append(aid);
}

QByteArray selectFile(quint16 fid) {
    return header(0xA4, 0x02, 0x0C).append(byte(2)).append(byte(fid >> 8)).append(byte(fid));
}

QByteArray verify(quint8 p2, QByteArrayView secret) {
    return header(0x20, 0x00, p2).append(byte(static_cast<int>(secret.size()))).append(secret);
}

QByteArray triesLeftQuery(quint8 p2) {
    return header(0x20, 0x00, p2);
}

QByteArray readBinary(quint16 offset, int le) {
    return header(0xB0, (offset >> 8) & 0x7F, offset & 0xFF).append(encodeLe(le));
}

QByteArray readBinarySfi(quint8 sfi, quint8 offset, int le) {
    return header(0xB0, 0x80 | (sfi & 0x1F), offset).append(encodeLe(le));
}

QByteArray readBinarySfiExtended(quint8 sfi) {
    return header(0xB0, 0x80 | (sfi & 0x1F), 0x00).append(3, '\0');
}

QByteArray readBinaryExtended(quint16 offset) {
    return header(0xB0, (offset >> 8) & 0x7F, offset & 0xFF).append(3, '\0');
}

QByteArray getChallenge(int le) {
    return header(0x84, 0x00, 0x00).append(encodeLe(le));
}

QByteArray internalSign(QByteArrayView digestInfo) {
    QByteArray c = header(0x2A, 0x00, 0x00);
    c[0] = byte(0x80);
    return c.append(byte(static_cast<int>(digestInfo.size()))).append(digestInfo).append(byte(0));
}

QByteArray getResponse(int le) {
    return header(0xC0, 0x00, 0x00).append(encodeLe(le));
}

QByteArray withLe(const QByteArray& command, int le) {
    if (command.size() == 4)
        return QByteArray(command).append(encodeLe(le));
    QByteArray copy = command;
    if (command.size() == 5) { // case 2: header + Le
        copy[4] = encodeLe(le);
        return copy;
    }
    const int lc = static_cast<quint8>(command.at(4));
    if (command.size() == 5 + lc) // case 3: add Le
        return copy.append(encodeLe(le));
    copy[copy.size() - 1] = encodeLe(le); // case 4: replace Le
    return copy;
}

QString traceCommand(QByteArrayView command) {
    if (!carriesSecret(command))
        return QString::fromLatin1(command.toByteArray().toHex(' ').toUpper());
    const int lc = static_cast<quint8>(command.at(4));
    QString text = QString::fromLatin1(command.first(5).toByteArray().toHex(' ').toUpper());
    for (int i = 0; i < lc; ++i)
        text += QStringLiteral(" **");
    return text;
}

QString traceResponse(const ApduResponse& response, bool secret) {
    const QString sw = QStringLiteral("%1").arg(response.sw, 4, 16, QLatin1Char('0')).toUpper();
    if (response.data.isEmpty())
        return sw;
    if (secret)
        return QStringLiteral("<%1 bytes withheld> %2").arg(response.data.size()).arg(sw);
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(response.data.toHex(' ').toUpper()), sw);
}

} // namespace apdu

QString statusWordText(quint16 sw) {
    const auto sw1 = static_cast<quint8>(sw >> 8);
    const auto sw2 = static_cast<quint8>(sw & 0xFF);
    QString meaning;
    if (sw1 == 0x61)
        meaning = QStringLiteral("%1 more bytes available (GET RESPONSE)").arg(sw2);
    else if (sw1 == 0x6C)
        meaning = QStringLiteral("wrong Le, the card offers %1 bytes").arg(sw2 == 0 ? 256 : sw2);
    else if (sw1 == 0x63 && (sw2 & 0xF0) == 0xC0)
        meaning = QStringLiteral("verification failed or counter query, %1 tries left").arg(sw2 & 0x0F);
    else {
        switch (sw) {
        case 0x9000:
            meaning = QStringLiteral("success");
            break;
        case 0x6282:
            meaning = QStringLiteral("end of file reached before Le bytes");
            break;
        case 0x6300:
            meaning = QStringLiteral("verification failed, no counter");
            break;
        case 0x6581:
            meaning = QStringLiteral("memory failure");
            break;
        case 0x6700:
            meaning = QStringLiteral("wrong length");
            break;
        case 0x6881:
            meaning = QStringLiteral("logical channel not supported");
            break;
        case 0x6981:
            meaning = QStringLiteral("command incompatible with file structure");
            break;
        case 0x6982:
            meaning = QStringLiteral("security status not satisfied (not verified)");
            break;
        case 0x6983:
            meaning = QStringLiteral("authentication method blocked");
            break;
        case 0x6984:
            meaning = QStringLiteral("reference data blocked");
            break;
        case 0x6985:
            meaning = QStringLiteral("conditions of use not satisfied");
            break;
        case 0x6986:
            meaning = QStringLiteral("command not allowed (no current EF)");
            break;
        case 0x6A81:
            meaning = QStringLiteral("function not supported");
            break;
        case 0x6A82:
            meaning = QStringLiteral("file or application not found");
            break;
        case 0x6A86:
            meaning = QStringLiteral("incorrect P1 P2");
            break;
        case 0x6A88:
            meaning = QStringLiteral("referenced data not found");
            break;
        case 0x6B00:
            meaning = QStringLiteral("offset beyond the end of the file");
            break;
        case 0x6D00:
            meaning = QStringLiteral("instruction not supported");
            break;
        case 0x6E00:
            meaning = QStringLiteral("class not supported");
            break;
        case 0x6F00:
            meaning = QStringLiteral("no precise diagnosis");
            break;
        default:
            meaning = QStringLiteral("unknown status");
        }
    }
    return QStringLiteral("%1 %2").arg(sw, 4, 16, QLatin1Char('0')).toUpper().arg(meaning);
}

} // namespace madoguchi::card
