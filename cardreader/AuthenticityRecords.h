// The card's signature records as bytes: the CV certificate (EF 0004), the text AP's integrity record (EF 0003) and
// signed public key (EF 0007), and the visual AP's card-face record (EF 0002); parsed strictly, encoded for the
// virtual card.
#pragma once

#include "CardCrypto.h"
#include "CardError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>

namespace madoguchi::card::records {

constexpr qsizetype kKeyIdSize = 16;

// EF 0004 of the text and visual APs: 7F21 { 5F4E { issuer key id (16) | subject key id (16) | 90 e | 91 n },
// 5F37 signature }. The issuer (a J-LIS key, never on the card) signs the 5F4E value; the subject key is the AP's
// issuing key, which signs the AP's records.
struct CvCertificate {
    QByteArray issuerKeyId;
    QByteArray subjectKeyId;
    crypto::RsaPublicKey subjectKey;
    QByteArray body; // the 5F4E value: what the signature covers
    QByteArray signature;
    friend bool operator==(const CvCertificate&, const CvCertificate&) = default;
};

// EF 0003 of the text AP: FF30 { DF31 SHA-256 of the physical EF 0001 (17 bytes), DF32 SHA-256 of EF 0002 from DF22
// to the end of its record, DF33 signature by the AP's issuing key over DF31 and DF32 (their TLVs, contiguous) }.
struct IntegrityRecord {
    QByteArray myNumberDigest;
    QByteArray basicInfoDigest;
    QByteArray signedPart;
    QByteArray signature;
};

// EF 0007 of the text AP: FF50 { DF51 { 90 e | 91 n } the card's own key (internal authentication), DF52 signature by
// the AP's issuing key over the DF51 TLV }.
struct SignedPublicKey {
    crypto::RsaPublicKey key;
    QByteArray signedPart;
    QByteArray signature;
};

// EF 0002 of the visual AP (券面事項確認AP): FF20 { DF21 offsets of DF22..DF29 (2 bytes each), DF22 birth YYYYMMDD,
// DF23 sex, DF24 { 90 e | 91 n } card key, DF25 name PNG, DF26 address PNG, DF27 face photo JPEG 2000, DF28 signature
// by the AP's issuing key over DF22..DF27 (their TLVs, contiguous), DF29 expiry YYYYMMDD (not signed) }.
struct CardFaceRecord {
    QDate birthDate;
    QByteArray sex;
    crypto::RsaPublicKey cardKey;
    QByteArray photoJp2;
    QByteArray signedPart;
    QByteArray signature;
    QDate expiry;
};

CardResult<CvCertificate> parseCvCertificate(QByteArrayView ef);
CardResult<IntegrityRecord> parseIntegrityRecord(QByteArrayView ef);
CardResult<SignedPublicKey> parseSignedPublicKey(QByteArrayView ef);
CardResult<CardFaceRecord> parseCardFace(QByteArrayView ef);

// The part of the basic 4 info record that DF32 digests: from DF22 to the end of the FF20 record (the offset table
// DF21 is not covered). Empty when `ef0002` is not an FF20 record.
QByteArray basicInfoDigestedPart(QByteArrayView ef0002);

// Encoders (the virtual card). Keys as 90/91; lengths in the shortest BER form.
QByteArray encodeRsaKey(const crypto::RsaPublicKey& key);
QByteArray encodeCvCertificateBody(QByteArrayView issuerKeyId, QByteArrayView subjectKeyId,
                                   const crypto::RsaPublicKey& subjectKey);
QByteArray encodeCvCertificate(QByteArrayView body, QByteArrayView signature);
// DF31 + DF32 TLVs (what DF33 signs) and the whole record.
QByteArray encodeIntegritySignedPart(QByteArrayView myNumberDigest, QByteArrayView basicInfoDigest);
QByteArray encodeIntegrityRecord(QByteArrayView signedPart, QByteArrayView signature);
QByteArray encodeSignedKeyPart(const crypto::RsaPublicKey& key); // the DF51 TLV
QByteArray encodeSignedPublicKey(QByteArrayView signedPart, QByteArrayView signature);
// DF22..DF27 TLVs (what DF28 signs), then the whole record with its offset table.
QByteArray encodeCardFaceSignedPart(const QDate& birthDate, QByteArrayView sex, const crypto::RsaPublicKey& cardKey,
                                    QByteArrayView namePng, QByteArrayView addressPng, QByteArrayView photoJp2);
QByteArray encodeCardFace(QByteArrayView signedPart, QByteArrayView signature, const QDate& expiry);

// A key id for display: printable ASCII as text, anything else as hex.
QString keyIdText(QByteArrayView keyId);

} // namespace madoguchi::card::records
