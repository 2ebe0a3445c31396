// The card's signature records as bytes: CV certificate, integrity record, signed public key, card-face record.
#include "AuthenticityRecords.h"

#include "TextApRecords.h"

#include <QList>

#include <optional>

namespace madoguchi::card::records {

namespace {
CardError malformed(const QString& what) {
    return {CardError::Kind::MalformedData, what};
}

struct Field {
    quint16 tag = 0;
    qsizetype offset = 0; // of the tag, from the start of the EF
    qsizetype totalSize = 0;
    QByteArrayView value;
};

// The elements inside the record `outerTag` at the start of `ef`; every element must be whole BER-TLV and no tag may
// appear twice. Filler after the record is ignored.
CardResult<QList<Field>> children(QByteArrayView ef, quint16 outerTag, const QString& name) {
    const auto outer = textap::readTlvHeader(ef, 0);
    if (!outer || outer->tag != outerTag)
        return malformed(QStringLiteral("%1 does not start with a %2 record").arg(name).arg(outerTag, 4, 16));
    if (outer->totalSize() > ef.size())
        return malformed(
            QStringLiteral("%1 record truncated: %2 of %3 bytes").arg(name).arg(ef.size()).arg(outer->totalSize()));
    const QByteArrayView record = ef.first(outer->totalSize());
    QList<Field> fields;
    qsizetype pos = outer->headerSize;
    while (pos < record.size()) {
        const auto tlv = textap::readTlvHeader(record, pos);
        if (!tlv || tlv->totalSize() > record.size() - pos)
            return malformed(QStringLiteral("%1 field at offset %2 is not valid BER-TLV").arg(name).arg(pos));
        for (const Field& f : fields) {
            if (f.tag == tlv->tag)
                return malformed(QStringLiteral("%1 repeats tag %2").arg(name).arg(tlv->tag, 4, 16));
        }
        fields.append(Field{tlv->tag, pos, tlv->totalSize(), record.sliced(pos + tlv->headerSize, tlv->valueSize)});
        pos += tlv->totalSize();
    }
    return fields;
}

const Field* find(const QList<Field>& fields, quint16 tag) {
    for (const Field& f : fields) {
        if (f.tag == tag)
            return &f;
    }
    return nullptr;
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
    if (tag > 0xFF)
        out.append(static_cast<char>(tag >> 8));
    out.append(static_cast<char>(tag & 0xFF));
    return out + encodeLength(value.size()) + value.toByteArray();
}

// 90 e | 91 n, nothing else.
std::optional<crypto::RsaPublicKey> parseRsaKey(QByteArrayView bytes) {
    const auto e = textap::readTlvHeader(bytes, 0);
    if (!e || e->tag != 0x90 || e->totalSize() > bytes.size() || e->valueSize == 0)
        return std::nullopt;
    const auto n = textap::readTlvHeader(bytes, e->totalSize());
    if (!n || n->tag != 0x91 || e->totalSize() + n->totalSize() != bytes.size() || n->valueSize == 0)
        return std::nullopt;
    crypto::RsaPublicKey key{bytes.sliced(n->offset + n->headerSize, n->valueSize).toByteArray(),
                             bytes.sliced(e->headerSize, e->valueSize).toByteArray()};
    if (key.bits() < 2048 || key.bits() > 4096)
        return std::nullopt;
    return key;
}

std::optional<QDate> parseDate(QByteArrayView v) {
    if (v.size() != 8 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const QDate d = QDate::fromString(QString::fromLatin1(v), QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

bool isSignature(QByteArrayView v) {
    return v.size() >= 256 && v.size() <= 512;
}
} // namespace

CardResult<CvCertificate> parseCvCertificate(QByteArrayView ef) {
    const QString name = QStringLiteral("CV certificate (EF 0004)");
    auto fields = children(ef, 0x7F21, name);
    if (!fields.ok())
        return fields.error();
    const Field* body = find(fields.value(), 0x5F4E);
    const Field* sig = find(fields.value(), 0x5F37);
    if (body == nullptr || sig == nullptr || fields.value().size() != 2)
        return malformed(QStringLiteral("%1 is not exactly 5F4E + 5F37").arg(name));
    if (body->value.size() <= 2 * kKeyIdSize)
        return malformed(QStringLiteral("%1 body of %2 bytes is too short").arg(name).arg(body->value.size()));
    const auto key = parseRsaKey(body->value.sliced(2 * kKeyIdSize));
    if (!key)
        return malformed(QStringLiteral("%1 holds no RSA key of 2048 to 4096 bits").arg(name));
    if (!isSignature(sig->value))
        return malformed(QStringLiteral("%1 signature of %2 bytes").arg(name).arg(sig->value.size()));
    CvCertificate cert;
    cert.issuerKeyId = body->value.first(kKeyIdSize).toByteArray();
    cert.subjectKeyId = body->value.sliced(kKeyIdSize, kKeyIdSize).toByteArray();
    cert.subjectKey = *key;
    cert.body = body->value.toByteArray();
    cert.signature = sig->value.toByteArray();
    return cert;
}

CardResult<IntegrityRecord> parseIntegrityRecord(QByteArrayView ef) {
    const QString name = QStringLiteral("integrity record (EF 0003)");
    auto fields = children(ef, 0xFF30, name);
    if (!fields.ok())
        return fields.error();
    const Field* number = find(fields.value(), 0xDF31);
    const Field* basic = find(fields.value(), 0xDF32);
    const Field* sig = find(fields.value(), 0xDF33);
    if (number == nullptr || basic == nullptr || sig == nullptr || fields.value().size() != 3)
        return malformed(QStringLiteral("%1 is not exactly DF31 + DF32 + DF33").arg(name));
    if (number->value.size() != 32 || basic->value.size() != 32)
        return malformed(QStringLiteral("%1 digests are not SHA-256 (32 bytes)").arg(name));
    if (basic->offset != number->offset + number->totalSize)
        return malformed(QStringLiteral("%1: DF32 does not follow DF31").arg(name));
    if (!isSignature(sig->value))
        return malformed(QStringLiteral("%1 signature of %2 bytes").arg(name).arg(sig->value.size()));
    IntegrityRecord r;
    r.myNumberDigest = number->value.toByteArray();
    r.basicInfoDigest = basic->value.toByteArray();
    r.signedPart = ef.sliced(number->offset, number->totalSize + basic->totalSize).toByteArray();
    r.signature = sig->value.toByteArray();
    return r;
}

CardResult<SignedPublicKey> parseSignedPublicKey(QByteArrayView ef) {
    const QString name = QStringLiteral("signed public key (EF 0007)");
    auto fields = children(ef, 0xFF50, name);
    if (!fields.ok())
        return fields.error();
    const Field* keyField = find(fields.value(), 0xDF51);
    const Field* sig = find(fields.value(), 0xDF52);
    if (keyField == nullptr || sig == nullptr || fields.value().size() != 2)
        return malformed(QStringLiteral("%1 is not exactly DF51 + DF52").arg(name));
    const auto key = parseRsaKey(keyField->value);
    if (!key)
        return malformed(QStringLiteral("%1 holds no RSA key of 2048 to 4096 bits").arg(name));
    if (!isSignature(sig->value))
        return malformed(QStringLiteral("%1 signature of %2 bytes").arg(name).arg(sig->value.size()));
    SignedPublicKey r;
    r.key = *key;
    r.signedPart = ef.sliced(keyField->offset, keyField->totalSize).toByteArray();
    r.signature = sig->value.toByteArray();
    return r;
}

CardResult<CardFaceRecord> parseCardFace(QByteArrayView ef) {
    const QString name = QStringLiteral("card face (visual AP EF 0002)");
    auto parsed = children(ef, 0xFF20, name);
    if (!parsed.ok())
        return parsed.error();
    const QList<Field>& fields = parsed.value();
    const Field* table = find(fields, 0xDF21);
    std::array<const Field*, 8> f{}; // DF22..DF29
    for (quint16 i = 0; i < 8; ++i) {
        f[i] = find(fields, static_cast<quint16>(0xDF22 + i));
        if (f[i] == nullptr)
            return malformed(QStringLiteral("%1 lacks tag DF%2").arg(name).arg(0x22 + i, 2, 16));
    }
    if (table == nullptr || table->value.size() != 16)
        return malformed(QStringLiteral("%1 offset table DF21 is not 8 offsets").arg(name));
    for (size_t i = 0; i < 8; ++i) {
        const qsizetype said =
            (static_cast<quint8>(table->value.at(2 * i)) << 8) | static_cast<quint8>(table->value.at(2 * i + 1));
        if (said != f[i]->offset)
            return malformed(QStringLiteral("%1 offset table says DF%2 is at %3, it is at %4")
                                 .arg(name)
                                 .arg(0x22 + i, 2, 16)
                                 .arg(said)
                                 .arg(f[i]->offset));
    }
    for (size_t i = 1; i < 6; ++i) { // DF22..DF27 contiguous: the signed part
        if (f[i]->offset != f[i - 1]->offset + f[i - 1]->totalSize)
            return malformed(QStringLiteral("%1: DF22..DF27 are not contiguous").arg(name));
    }
    const auto birth = parseDate(f[0]->value);
    const auto expiry = parseDate(f[7]->value);
    if (!birth || !expiry)
        return malformed(QStringLiteral("%1 birth date DF22 or expiry DF29 is not YYYYMMDD").arg(name));
    if (f[1]->value.size() != 1)
        return malformed(QStringLiteral("%1 sex DF23 is not one byte").arg(name));
    const auto key = parseRsaKey(f[2]->value);
    if (!key)
        return malformed(QStringLiteral("%1 card key DF24 is no RSA key of 2048 to 4096 bits").arg(name));
    if (f[5]->value.isEmpty())
        return malformed(QStringLiteral("%1 has an empty photo DF27").arg(name));
    if (!isSignature(f[6]->value))
        return malformed(QStringLiteral("%1 signature DF28 of %2 bytes").arg(name).arg(f[6]->value.size()));
    CardFaceRecord r;
    r.birthDate = *birth;
    r.sex = f[1]->value.toByteArray();
    r.cardKey = *key;
    r.photoJp2 = f[5]->value.toByteArray();
    r.signedPart = ef.sliced(f[0]->offset, f[5]->offset + f[5]->totalSize - f[0]->offset).toByteArray();
    r.signature = f[6]->value.toByteArray();
    r.expiry = *expiry;
    return r;
}

QByteArray basicInfoDigestedPart(QByteArrayView ef) {
    auto fields = children(ef, textap::kBasicInfoTag, QStringLiteral("EF 0002"));
    if (!fields.ok())
        return {};
    const Field* name = find(fields.value(), 0xDF22);
    if (name == nullptr)
        return {};
    const auto outer = textap::readTlvHeader(ef, 0);
    return ef.sliced(name->offset, outer->totalSize() - name->offset).toByteArray();
}

QByteArray encodeRsaKey(const crypto::RsaPublicKey& key) {
    return element(0x90, key.exponent) + element(0x91, key.modulus);
}

QByteArray encodeCvCertificateBody(QByteArrayView issuerKeyId, QByteArrayView subjectKeyId,
                                   const crypto::RsaPublicKey& subjectKey) {
    return issuerKeyId.toByteArray().leftJustified(kKeyIdSize, '\0', true) +
           subjectKeyId.toByteArray().leftJustified(kKeyIdSize, '\0', true) + encodeRsaKey(subjectKey);
}

QByteArray encodeCvCertificate(QByteArrayView body, QByteArrayView signature) {
    return element(0x7F21, element(0x5F4E, body) + element(0x5F37, signature));
}

QByteArray encodeIntegritySignedPart(QByteArrayView myNumberDigest, QByteArrayView basicInfoDigest) {
    return element(0xDF31, myNumberDigest) + element(0xDF32, basicInfoDigest);
}

QByteArray encodeIntegrityRecord(QByteArrayView signedPart, QByteArrayView signature) {
    return element(0xFF30, signedPart.toByteArray() + element(0xDF33, signature));
}

QByteArray encodeSignedKeyPart(const crypto::RsaPublicKey& key) {
    return element(0xDF51, encodeRsaKey(key));
}

QByteArray encodeSignedPublicKey(QByteArrayView signedPart, QByteArrayView signature) {
    return element(0xFF50, signedPart.toByteArray() + element(0xDF52, signature));
}

QByteArray encodeCardFaceSignedPart(const QDate& birthDate, QByteArrayView sex, const crypto::RsaPublicKey& cardKey,
                                    QByteArrayView namePng, QByteArrayView addressPng, QByteArrayView photoJp2) {
    return element(0xDF22, birthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1()) + element(0xDF23, sex) +
           element(0xDF24, encodeRsaKey(cardKey)) + element(0xDF25, namePng) + element(0xDF26, addressPng) +
           element(0xDF27, photoJp2);
}

QByteArray encodeCardFace(QByteArrayView signedPart, QByteArrayView signature, const QDate& expiry) {
    const QByteArray tail =
        element(0xDF28, signature) + element(0xDF29, expiry.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    const qsizetype valueSize = 2 + 1 + 16 + signedPart.size() + tail.size(); // DF21 10 + table
    const qsizetype headerSize = 2 + encodeLength(valueSize).size();
    // Offsets of DF22..DF29: walk the signed part and the tail.
    QByteArray table;
    const QByteArray body = signedPart.toByteArray() + tail;
    qsizetype pos = 0;
    const qsizetype base = headerSize + 19;
    for (int i = 0; i < 8; ++i) {
        const auto tlv = textap::readTlvHeader(body, pos);
        const qsizetype at = base + pos;
        table.append(static_cast<char>(at >> 8)).append(static_cast<char>(at & 0xFF));
        pos += tlv ? tlv->totalSize() : 0;
    }
    return element(0xFF20, element(0xDF21, table) + body);
}

QString keyIdText(QByteArrayView keyId) {
    const bool printable = std::all_of(keyId.begin(), keyId.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (printable)
        return QString::fromLatin1(keyId);
    return QString::fromLatin1(keyId.toByteArray().toHex());
}

} // namespace madoguchi::card::records
