// RSA-2048 and SHA-256 for the card's signatures, over OpenSSL: verifying (the terminal) and signing (the virtual
// card).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace madoguchi::card::crypto {

// An RSA public key as the card writes it: big-endian modulus and exponent, no leading zero bytes required.
struct RsaPublicKey {
    QByteArray modulus;
    QByteArray exponent;

    bool isEmpty() const { return modulus.isEmpty(); }
    int bits() const;
    friend bool operator==(const RsaPublicKey&, const RsaPublicKey&) = default;
};

QByteArray sha256(QByteArrayView data);

// RSASSA-PKCS1-v1_5 with SHA-256 over `message`. False for a wrong signature, a key that is not RSA of 2048 to 4096
// bits, or a signature of the wrong length; never throws, never crashes on hostile bytes.
bool verifyPkcs1Sha256(const RsaPublicKey& key, QByteArrayView message, QByteArrayView signature);

// The public key of a PEM "PUBLIC KEY" (SubjectPublicKeyInfo) block; empty key and `error` set when it is not RSA.
RsaPublicKey publicKeyFromPem(QByteArrayView pem, QString* error);

// `count` bytes from OpenSSL's CSPRNG (the terminal's half of the internal-authentication challenge).
QByteArray randomBytes(int count);

// A private key, for the virtual card only (the test hierarchy in resources/demo/test-hierarchy).
class RsaPrivateKey final {
public:
    // From a PEM "PRIVATE KEY" block; isNull() when it does not parse.
    static RsaPrivateKey fromPem(QByteArrayView pem);
    RsaPrivateKey();
    ~RsaPrivateKey();
    RsaPrivateKey(RsaPrivateKey&&) noexcept;
    RsaPrivateKey& operator=(RsaPrivateKey&&) noexcept;
    RsaPrivateKey(const RsaPrivateKey&) = delete;
    RsaPrivateKey& operator=(const RsaPrivateKey&) = delete;

    bool isNull() const { return !m_key; }
    RsaPublicKey publicKey() const;
    // RSASSA-PKCS1-v1_5 with SHA-256 over `message` (what the issuer does to the card's records).
    QByteArray signSha256(QByteArrayView message) const;
    // PKCS#1 v1.5 type-1 padding over `digestInfo` as given (the card's 80 2A 00 00); empty when too long.
    QByteArray signDigestInfo(QByteArrayView digestInfo) const;

private:
    struct Key;
    std::unique_ptr<Key> m_key;
};

// DER DigestInfo of SHA-256 over `message`: 30 31 30 0D 06 09 60 86 48 01 65 03 04 02 01 05 00 04 20 + hash.
QByteArray digestInfoSha256(QByteArrayView message);

} // namespace madoguchi::card::crypto
