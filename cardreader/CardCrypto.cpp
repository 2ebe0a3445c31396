// RSA-2048 and SHA-256 for the card's signatures, over OpenSSL: verifying (the terminal) and signing (the virtual
// card).
#include "CardCrypto.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include <list>
#include <mutex>

namespace madoguchi::card::crypto {

namespace {
struct PkeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
struct BioFree {
    void operator()(BIO* p) const { BIO_free(p); }
};
struct BnFree {
    void operator()(BIGNUM* p) const { BN_free(p); }
};
struct ParamBldFree {
    void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree {
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using Bio = std::unique_ptr<BIO, BioFree>;
using Bn = std::unique_ptr<BIGNUM, BnFree>;

const unsigned char* bytes(QByteArrayView v) {
    return reinterpret_cast<const unsigned char*>(v.data());
}

QByteArray stripLeadingZeros(QByteArray value) {
    qsizetype i = 0;
    while (i + 1 < value.size() && value.at(i) == 0)
        ++i;
    return value.mid(i);
}

Pkey toPkey(const RsaPublicKey& key) {
    const QByteArray n = stripLeadingZeros(key.modulus);
    const QByteArray e = stripLeadingZeros(key.exponent);
    if (n.isEmpty() || e.isEmpty() || e.size() > 8)
        return {};
    const int bits = RsaPublicKey{n, e}.bits();
    if (bits < 2048 || bits > 4096)
        return {};
    Bn bn(BN_bin2bn(bytes(n), static_cast<int>(n.size()), nullptr));
    Bn be(BN_bin2bn(bytes(e), static_cast<int>(e.size()), nullptr));
    if (!bn || !be || BN_is_odd(be.get()) == 0 || BN_is_one(be.get()) == 1)
        return {};
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bn.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, be.get()) != 1)
        return {};
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(builder.get()));
    PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return Pkey(raw);
}

QByteArray bnParam(const EVP_PKEY* pkey, const char* name) {
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return {};
    Bn bn(raw);
    QByteArray out(BN_num_bytes(bn.get()), '\0');
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

RsaPublicKey publicOf(const EVP_PKEY* pkey) {
    if (EVP_PKEY_is_a(pkey, "RSA") != 1)
        return {};
    return {bnParam(pkey, OSSL_PKEY_PARAM_RSA_N), bnParam(pkey, OSSL_PKEY_PARAM_RSA_E)};
}
} // namespace

int RsaPublicKey::bits() const {
    const QByteArray n = stripLeadingZeros(modulus);
    if (n.isEmpty())
        return 0;
    int top = 0;
    for (auto b = static_cast<quint8>(n.at(0)); b != 0; b >>= 1)
        ++top;
    return static_cast<int>((n.size() - 1) * 8) + top;
}

QByteArray sha256(QByteArrayView data) {
    QByteArray out(32, '\0');
    unsigned int length = 0;
    EVP_Digest(data.data(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &length,
               EVP_sha256(), nullptr);
    return out;
}

QByteArray digestInfoSha256(QByteArrayView message) {
    return QByteArray::fromHex("3031300d060960864801650304020105000420") + sha256(message);
}

namespace {
// Building an EVP_PKEY from (n, e) and the Montgomery set-up OpenSSL does on its first use cost as much as the RSA
// verification itself (callgrind: BN_MONT_CTX_set, EVP_KEYMGMT_names_do_all), and the same few keys verify every read:
// the CV certificates' AP issuing keys and the trust anchors. So the last few prepared keys are kept, process-wide.
// They are public keys only; a card's own key passes through and drops out after kPreparedKeys other keys.
constexpr size_t kPreparedKeys = 8;

struct PreparedKey {
    RsaPublicKey key;
    std::shared_ptr<EVP_PKEY> pkey;
};

std::shared_ptr<EVP_PKEY> preparedKey(const RsaPublicKey& key) {
    static std::mutex mutex;
    static std::list<PreparedKey> recent; // most recently used first
    {
        std::lock_guard lock(mutex);
        for (auto it = recent.begin(); it != recent.end(); ++it) {
            if (it->key == key) {
                recent.splice(recent.begin(), recent, it);
                return it->pkey;
            }
        }
    }
    Pkey made = toPkey(key);
    if (!made)
        return {};
    std::shared_ptr<EVP_PKEY> shared(made.release(), PkeyFree{});
    std::lock_guard lock(mutex);
    recent.push_front({key, shared});
    if (recent.size() > kPreparedKeys)
        recent.pop_back();
    return shared;
}
} // namespace

bool verifyPkcs1Sha256(const RsaPublicKey& key, QByteArrayView message, QByteArrayView signature) {
    const std::shared_ptr<EVP_PKEY> pkey = preparedKey(key);
    if (!pkey || signature.size() != EVP_PKEY_get_size(pkey.get()))
        return false;
    MdCtx md(EVP_MD_CTX_new());
    if (!md || EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, pkey.get()) != 1)
        return false;
    return EVP_DigestVerify(md.get(), bytes(signature), static_cast<size_t>(signature.size()), bytes(message),
                            static_cast<size_t>(message.size())) == 1;
}

RsaPublicKey publicKeyFromPem(QByteArrayView pem, QString* error) {
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    Pkey pkey(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!pkey) {
        *error = QStringLiteral("not a PEM PUBLIC KEY block");
        return {};
    }
    RsaPublicKey key = publicOf(pkey.get());
    if (key.isEmpty() || key.bits() < 2048 || key.bits() > 4096) {
        *error = QStringLiteral("not an RSA key of 2048 to 4096 bits");
        return {};
    }
    return key;
}

QByteArray randomBytes(int count) {
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        return {};
    return out;
}

struct RsaPrivateKey::Key {
    Pkey pkey;
};

RsaPrivateKey::RsaPrivateKey() = default;
RsaPrivateKey::~RsaPrivateKey() = default;
RsaPrivateKey::RsaPrivateKey(RsaPrivateKey&&) noexcept = default;
RsaPrivateKey& RsaPrivateKey::operator=(RsaPrivateKey&&) noexcept = default;

RsaPrivateKey RsaPrivateKey::fromPem(QByteArrayView pem) {
    RsaPrivateKey key;
    Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    Pkey pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (pkey && EVP_PKEY_is_a(pkey.get(), "RSA") == 1)
        key.m_key = std::make_unique<Key>(Key{std::move(pkey)});
    return key;
}

RsaPublicKey RsaPrivateKey::publicKey() const {
    return m_key ? publicOf(m_key->pkey.get()) : RsaPublicKey{};
}

QByteArray RsaPrivateKey::signSha256(QByteArrayView message) const {
    if (!m_key)
        return {};
    MdCtx md(EVP_MD_CTX_new());
    size_t length = 0;
    if (!md || EVP_DigestSignInit(md.get(), nullptr, EVP_sha256(), nullptr, m_key->pkey.get()) != 1 ||
        EVP_DigestSign(md.get(), nullptr, &length, bytes(message), static_cast<size_t>(message.size())) != 1)
        return {};
    QByteArray out(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char*>(out.data()), &length, bytes(message),
                       static_cast<size_t>(message.size())) != 1)
        return {};
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

QByteArray RsaPrivateKey::signDigestInfo(QByteArrayView digestInfo) const {
    if (!m_key)
        return {};
    PkeyCtx ctx(EVP_PKEY_CTX_new(m_key->pkey.get(), nullptr));
    size_t length = 0;
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1 ||
        EVP_PKEY_sign(ctx.get(), nullptr, &length, bytes(digestInfo), static_cast<size_t>(digestInfo.size())) != 1)
        return {};
    QByteArray out(static_cast<qsizetype>(length), '\0');
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length, bytes(digestInfo),
                      static_cast<size_t>(digestInfo.size())) != 1)
        return {};
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

} // namespace madoguchi::card::crypto
