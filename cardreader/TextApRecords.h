// The records of the 券面事項入力補助AP (text AP) as bytes: BER-TLV reading, the basic 4 info of EF 0002 and the My
// Number of EF 0001, parsed strictly and encoded for the virtual card.
#pragma once

#include "CardData.h"
#include "CardError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace madoguchi::card::textap {

// One BER-TLV element: 1- or 2-byte tag, length in short form or long form 81 xx / 82 xx xx.
struct Tlv {
    quint16 tag = 0;
    qsizetype offset = 0;     // of the tag, within the buffer given
    qsizetype headerSize = 0; // tag + length bytes
    qsizetype valueSize = 0;
    qsizetype totalSize() const { return headerSize + valueSize; }
};

// The element starting at `pos`: nullopt when the header is not BER as the card writes it. The value may extend past
// the end of `data` (check totalSize() against what was read): that is how a reader learns to read more.
std::optional<Tlv> readTlvHeader(QByteArrayView data, qsizetype pos);

// EF 0002: FF20 { DF21 offsets, DF22 name, DF23 address, DF24 birth YYYYMMDD, DF25 sex }, filler after it ignored.
// The offset table must agree with where the fields really are; text must be valid UTF-8.
CardResult<CardData> parseBasicInfo(QByteArrayView ef0002);

// EF 0001: FF10 0C + 12 ASCII digits (then FF FF filler); the check digit must be right.
CardResult<MyNumber> parseMyNumberRecord(QByteArrayView ef0001);

// The same layouts written out, for the virtual card: lengths in the shortest BER form, a correct offset table.
QByteArray encodeBasicInfo(const QString& name, const QString& address, const QDate& birthDate, const QString& sex);
QByteArray encodeMyNumberRecord(QByteArrayView twelveDigits);

constexpr quint16 kBasicInfoTag = 0xFF20;
constexpr quint16 kMyNumberTag = 0xFF10;

} // namespace madoguchi::card::textap
