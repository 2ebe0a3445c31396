// The records of the 券面事項入力補助AP (text AP) as bytes: BER-TLV reading, the basic 4 info of EF 0002 and the My
// Number of EF 0001, parsed strictly and encoded for the virtual card.
#include "TextApRecords.h"

#include <QStringDecoder>

#include <array>

namespace madoguchi::card::textap {

namespace {
CardError malformed(const QString& what) {
    return {CardError::Kind::MalformedData, what};
}

std::optional<QString> strictUtf8(QByteArrayView bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QByteArray encodeLength(qsizetype n) {
    QByteArray out;
    if (n < 0x80) {
        out.append(static_cast<char>(n));
    } else if (n <= 0xFF) {
        out.append(static_cast<char>(0x81)).append(static_cast<char>(n));
    } else {
        out.append(static_cast<char>(0x82)).append(static_cast<char>(n >> 8)).append(static_cast<char>(n & 0xFF));
    }
    return out;
}

QByteArray element(quint16 tag, QByteArrayView value) {
    QByteArray out;
    out.append(static_cast<char>(tag >> 8)).append(static_cast<char>(tag & 0xFF));
    out.append(encodeLength(value.size())).append(value);
    return out;
}
} // namespace

std::optional<Tlv> readTlvHeader(QByteArrayView data, qsizetype pos) {
    if (pos < 0 || pos >= data.size())
        return std::nullopt;
    Tlv tlv;
    tlv.offset = pos;
    qsizetype p = pos;
    const auto first = static_cast<quint8>(data.at(p++));
    tlv.tag = first;
    if ((first & 0x1F) == 0x1F) { // two-byte tag; the card uses no longer ones
        if (p >= data.size())
            return std::nullopt;
        const auto second = static_cast<quint8>(data.at(p++));
        if (second & 0x80)
            return std::nullopt;
        tlv.tag = static_cast<quint16>((first << 8) | second);
    }
    if (p >= data.size())
        return std::nullopt;
    const auto len = static_cast<quint8>(data.at(p++));
    if (len < 0x80) {
        tlv.valueSize = len;
    } else if (len == 0x81 || len == 0x82) {
        const int count = len & 0x7F;
        if (p + count > data.size())
            return std::nullopt;
        qsizetype n = 0;
        for (int i = 0; i < count; ++i)
            n = (n << 8) | static_cast<quint8>(data.at(p++));
        tlv.valueSize = n;
    } else {
        return std::nullopt; // indefinite or absurdly long: not something the card writes
    }
    tlv.headerSize = p - pos;
    return tlv;
}

CardResult<CardData> parseBasicInfo(QByteArrayView ef) {
    const auto outer = readTlvHeader(ef, 0);
    if (!outer || outer->tag != kBasicInfoTag)
        return malformed(QStringLiteral("EF 0002 does not start with an FF20 record"));
    if (outer->totalSize() > ef.size())
        return malformed(
            QStringLiteral("EF 0002 record truncated: %1 of %2 bytes").arg(ef.size()).arg(outer->totalSize()));
    const qsizetype end = outer->totalSize();

    // Field offsets (from the start of the EF) and values of DF21..DF25, in the order found.
    std::array<qsizetype, 5> found{-1, -1, -1, -1, -1};
    std::array<QByteArrayView, 5> values;
    qsizetype pos = outer->headerSize;
    while (pos < end) {
        const auto tlv = readTlvHeader(ef.first(end), pos);
        if (!tlv || tlv->totalSize() > end - pos)
            return malformed(QStringLiteral("EF 0002 field at offset %1 is not valid BER-TLV").arg(pos));
        if (tlv->tag >= 0xDF21 && tlv->tag <= 0xDF25) {
            const size_t i = tlv->tag - 0xDF21;
            if (found[i] >= 0)
                return malformed(QStringLiteral("EF 0002 has tag %1 twice").arg(tlv->tag, 4, 16));
            found[i] = pos;
            values[i] = ef.sliced(pos + tlv->headerSize, tlv->valueSize);
        }
        pos += tlv->totalSize();
    }
    for (size_t i = 0; i < found.size(); ++i) {
        if (found[i] < 0)
            return malformed(QStringLiteral("EF 0002 lacks tag DF2%1").arg(i + 1));
    }
    const QByteArrayView table = values[0];
    if (table.size() != 8)
        return malformed(QStringLiteral("EF 0002 offset table DF21 has %1 bytes, not 8").arg(table.size()));
    for (size_t i = 0; i < 4; ++i) {
        const qsizetype said = (static_cast<quint8>(table.at(2 * i)) << 8) | static_cast<quint8>(table.at(2 * i + 1));
        if (said != found[i + 1]) {
            return malformed(QStringLiteral("EF 0002 offset table says DF2%1 is at %2, it is at %3")
                                 .arg(i + 2)
                                 .arg(said)
                                 .arg(found[i + 1]));
        }
    }

    CardData data;
    const auto name = strictUtf8(values[1]);
    if (!name || name->trimmed().isEmpty())
        return malformed(QStringLiteral("EF 0002 name DF22 is empty or not UTF-8 (%1 bytes)").arg(values[1].size()));
    const auto address = strictUtf8(values[2]);
    if (!address)
        return malformed(QStringLiteral("EF 0002 address DF23 is not UTF-8 (%1 bytes)").arg(values[2].size()));
    const QByteArrayView birth = values[3];
    const bool birthDigits =
        birth.size() == 8 && std::all_of(birth.begin(), birth.end(), [](char c) { return c >= '0' && c <= '9'; });
    const QDate birthDate =
        birthDigits ? QDate::fromString(QString::fromLatin1(birth), QStringLiteral("yyyyMMdd")) : QDate();
    if (!birthDate.isValid())
        return malformed(QStringLiteral("EF 0002 birth date DF24 is not a valid YYYYMMDD date"));
    const QByteArrayView sex = values[4];
    if (sex.size() != 1 || (sex.at(0) != '1' && sex.at(0) != '2' && sex.at(0) != '9'))
        return malformed(QStringLiteral("EF 0002 sex DF25 is not 1, 2 or 9"));

    data.name = *name;
    data.address = *address;
    data.birthDate = birthDate;
    data.sex = QString(QLatin1Char(sex.at(0)));
    return data;
}

CardResult<MyNumber> parseMyNumberRecord(QByteArrayView ef) {
    const auto tlv = readTlvHeader(ef, 0);
    if (!tlv || tlv->tag != kMyNumberTag || tlv->valueSize != 12 || tlv->totalSize() > ef.size())
        return malformed(QStringLiteral("EF 0001 is not an FF10 record of 12 digits (%1 bytes read)").arg(ef.size()));
    auto number = MyNumber::fromDigits(ef.sliced(tlv->headerSize, 12));
    if (!number)
        return malformed(QStringLiteral("EF 0001 holds no valid individual number (check digit or non-digits)"));
    return *number;
}

QByteArray encodeBasicInfo(const QString& name, const QString& address, const QDate& birthDate, const QString& sex) {
    const QByteArray fields[4] = {
        element(0xDF22, name.toUtf8()),
        element(0xDF23, address.toUtf8()),
        element(0xDF24, birthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1()),
        element(0xDF25, sex.toLatin1()),
    };
    qsizetype valueSize = 2 + 1 + 8; // DF21 08 + table
    for (const QByteArray& f : fields)
        valueSize += f.size();
    const qsizetype headerSize = 2 + encodeLength(valueSize).size();
    QByteArray table;
    qsizetype at = headerSize + 11;
    for (const QByteArray& f : fields) {
        table.append(static_cast<char>(at >> 8)).append(static_cast<char>(at & 0xFF));
        at += f.size();
    }
    QByteArray value = element(0xDF21, table);
    for (const QByteArray& f : fields)
        value.append(f);
    return element(kBasicInfoTag, value);
}

QByteArray encodeMyNumberRecord(QByteArrayView twelveDigits) {
    return element(kMyNumberTag, twelveDigits) + QByteArray(2, '\xFF');
}

} // namespace madoguchi::card::textap
