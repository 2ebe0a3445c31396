// The My Number card protocol (個人番号カード, 券面事項入力補助AP) over any CardTransport: tries left, the basic 4
// info with the PIN or with 照合番号B, and the My Number only when asked.
#include "MyNumberCard.h"

#include "ApduChannel.h"
#include "CardLogging.h"
#include "CardTransport.h"
#include "TextApRecords.h"

#include <QScopeGuard>
#include <QThreadPool>

#include <openssl/crypto.h>

#include <algorithm>
#include <future>
#include <memory>

namespace madoguchi::card {

namespace {
const QByteArray kTextAp = QByteArray::fromHex("D3921000310001010408");
const QByteArray kVisualAp = QByteArray::fromHex("D3921000310001010402");
const QByteArray kJpkiAp = QByteArray::fromHex("D392F000260100000001");
const QByteArray kCommonAp = QByteArray::fromHex("D3921000310001010100");

constexpr quint8 kMyNumberSfi = 0x01;
constexpr quint8 kBasicInfoSfi = 0x02;
constexpr quint8 kPinSfi = 0x11;
constexpr quint8 kCodeASfi = 0x14;
constexpr quint8 kCodeBSfi = 0x15;
constexpr int kMyNumberFileSize = 17; // FF 10 0C + 12 digits + FF FF
constexpr qsizetype kMaxRecord = 0x7FFF;

using Credential = CardError::Credential;

// What a card says when it does not take the short-file-identifier form of a command.
bool refusesShortId(quint16 sw) {
    return sw == 0x6A86 || sw == 0x6A81 || sw == 0x6D00 || sw == 0x6A82 || sw == 0x6A88 || sw == 0x6981;
}

CardError refused(const char* what, quint16 sw) {
    return {CardError::Kind::CardRefused, QStringLiteral("%1: %2").arg(QLatin1String(what), statusWordText(sw))};
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        secureZero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

// One session's conversation with the text AP. Remembers whether the card refused the short forms, so the rest of the
// session uses SELECT EF without asking again.
class TextApConversation {
public:
    explicit TextApConversation(ApduChannel& channel)
        : m_channel(channel) {}

    CardOutcome selectApplication(const QByteArray& aid = kTextAp) {
        m_selectedFile = -1;
        auto r = m_channel.send(apdu::selectApplication(aid));
        if (!r.ok())
            return r.error();
        if (!r.value().isOk())
            return CardError(
                CardError::Kind::NotMyNumberCard,
                QStringLiteral("SELECT %1: %2")
                    .arg(aid == kTextAp ? QStringLiteral("券面事項入力補助AP") : QStringLiteral("券面事項確認AP"),
                         statusWordText(r.value().sw)));
        return std::monostate{};
    }

    ApduChannel& channel() { return m_channel; }

    // 0 = blocked; nullopt = no count given.
    CardResult<std::optional<int>> triesLeft(quint8 sfi) {
        auto r = sendToKey(sfi, [](quint8 p2) { return apdu::triesLeftQuery(p2); });
        if (!r.ok())
            return r.error();
        const quint16 sw = r.value().sw;
        if ((sw & 0xFFF0) == 0x63C0)
            return std::optional<int>(sw & 0x0F);
        if (sw == 0x6984 || sw == 0x6983)
            return std::optional<int>(0);
        if (sw == 0x6300 || sw == 0x9000)
            return std::optional<int>();
        return refused("tries-left query", sw);
    }

    CardOutcome verify(quint8 sfi, const CardSecret& secret, Credential credential) {
        auto r = sendToKey(sfi, [&](quint8 p2) { return apdu::verify(p2, secret.bytes()); });
        if (!r.ok())
            return r.error();
        const quint16 sw = r.value().sw;
        if (sw == 0x9000)
            return std::monostate{};
        if (sw == 0x63C0)
            return CardError(CardError::Kind::Locked, QStringLiteral("VERIFY: 63C0, this attempt blocked the key"),
                             credential, 0);
        if ((sw & 0xFFF0) == 0x63C0)
            return CardError::wrongSecret(credential, sw & 0x0F, QStringLiteral("VERIFY: %1").arg(statusWordText(sw)));
        if (sw == 0x6984 || sw == 0x6983)
            return CardError(CardError::Kind::Locked, QStringLiteral("VERIFY: %1").arg(statusWordText(sw)), credential,
                             0);
        if (sw == 0x6300)
            return CardError::wrongSecret(credential, -1, QStringLiteral("VERIFY: 6300 (no counter)"));
        return refused("VERIFY", sw);
    }

    // The whole BER record of an EF: the first READ BINARY, then more only when the record's header says so. With
    // `extended`, the first READ BINARY asks for the whole EF (extended Le); a reader or card that answers 67 00 to
    // that is asked again in short chunks, for the rest of the session.
    CardResult<QByteArray> readRecord(quint8 sfi, int firstLe, ApduChannel::Trace trace, bool extended = false) {
        extended = extended && !m_extendedRefused;
        CardResult<ApduResponse> first = ApduResponse{};
        if (!m_shortIdsRefused) {
            m_selectedFile = -1;
            first = m_channel.send(extended ? apdu::readBinarySfiExtended(sfi) : apdu::readBinarySfi(sfi, 0, firstLe),
                                   trace);
            if (!first.ok())
                return first.error();
            if (refusesShortId(first.value().sw))
                m_shortIdsRefused = true;
        }
        if (m_shortIdsRefused) {
            if (auto selected = selectFile(sfi); !selected.ok())
                return selected.error();
            first = m_channel.send(extended ? apdu::readBinaryExtended(0) : apdu::readBinary(0, firstLe), trace);
            if (!first.ok())
                return first.error();
        }
        if (extended && first.value().sw == 0x6700) {
            m_extendedRefused = true;
            return readRecord(sfi, 256, trace, false);
        }
        QByteArray data = std::move(first.value().data);
        const quint16 sw = first.value().sw;
        if (sw == 0x6B00)
            return CardError(CardError::Kind::MalformedData, QStringLiteral("EF %1 is empty").arg(sfi));
        if (sw != 0x9000 && sw != 0x6282) {
            wipe(data);
            return refused("READ BINARY", sw);
        }
        const auto header = textap::readTlvHeader(data, 0);
        if (extended && header && data.size() > header->totalSize()) { // filler after the record (whole EF)
            secureZero(data.data() + header->totalSize(), static_cast<size_t>(data.size() - header->totalSize()));
            data.truncate(header->totalSize());
        }
        if (!header || header->totalSize() > kMaxRecord) {
            wipe(data);
            return CardError(CardError::Kind::MalformedData,
                             QStringLiteral("EF %1 does not start with a BER record").arg(sfi));
        }
        while (data.size() < header->totalSize()) { // the EF is now current: plain READ BINARY with a 15-bit offset
            const int le = static_cast<int>(std::min<qsizetype>(256, header->totalSize() - data.size()));
            auto more = m_channel.send(apdu::readBinary(static_cast<quint16>(data.size()), le), trace);
            if (!more.ok()) {
                wipe(data);
                return more.error();
            }
            if (more.value().sw == 0x6B00 || more.value().data.isEmpty()) {
                const qsizetype got = data.size();
                wipe(data);
                return CardError(CardError::Kind::MalformedData,
                                 QStringLiteral("EF %1 ends before its record (%2 of %3 bytes)")
                                     .arg(sfi)
                                     .arg(got)
                                     .arg(header->totalSize()));
            }
            if (more.value().sw != 0x9000 && more.value().sw != 0x6282) {
                wipe(data);
                return refused("READ BINARY", more.value().sw);
            }
            data.append(more.value().data);
            wipe(more.value().data);
        }
        return data;
    }

private:
    CardOutcome selectFile(quint8 fid) {
        if (m_selectedFile == fid)
            return std::monostate{};
        auto r = m_channel.send(apdu::selectFile(fid));
        if (!r.ok())
            return r.error();
        if (!r.value().isOk())
            return refused("SELECT EF", r.value().sw);
        m_selectedFile = fid;
        return std::monostate{};
    }

    // A command aimed at a key EF: by SFI in P2, or (card refused that) SELECT EF then P2 = 80.
    template <typename Build> CardResult<ApduResponse> sendToKey(quint8 sfi, Build build) {
        if (!m_shortIdsRefused) {
            m_selectedFile = -1;
            QByteArray command = build(apdu::keyBySfi(sfi));
            auto r = m_channel.send(command);
            wipe(command);
            if (!r.ok() || !refusesShortId(r.value().sw))
                return r;
            m_shortIdsRefused = true;
        }
        if (auto selected = selectFile(sfi); !selected.ok())
            return selected.error();
        QByteArray command = build(apdu::kCurrentKey);
        auto r = m_channel.send(command);
        wipe(command);
        return r;
    }

    ApduChannel& m_channel;
    bool m_shortIdsRefused = false;
    bool m_extendedRefused = false;
    int m_selectedFile = -1; // selected by SELECT EF in this session; SFI commands may change it, so they reset it
};

using State = AuthenticityStep::State;
using Verdict = AuthenticityResult::Verdict;

// A failure that ends the session itself (the card left, the reader or pcscd failed): the whole read fails, as any
// read does. Anything else the card answers is evidence for the verdict.
bool endsSession(const CardError& e) {
    switch (e.kind()) {
    case CardError::Kind::CardRemoved:
    case CardError::Kind::Timeout:
    case CardError::Kind::NoService:
    case CardError::Kind::NoReader:
    case CardError::Kind::NoCard:
    case CardError::Kind::CommunicationError:
        return true;
    default:
        return false;
    }
}

constexpr quint8 kIntegritySfi = 0x03;
constexpr quint8 kCvCertificateSfi = 0x04;
constexpr quint8 kSignedKeySfi = 0x07;
constexpr quint8 kVisualFaceSfi = 0x02;
constexpr quint8 kVisualCodeBSfi = 0x12;
constexpr quint8 kVisualCodeASfi = 0x13;
constexpr int kChallengeSize = 8;

// What the text AP's check verifies, copied so that the verification thread owns what it reads.
struct TextApInputs {
    records::SignedPublicKey key;
    records::IntegrityRecord integrity;
    QByteArray basicRecord;
    std::optional<QByteArray> myNumberFile;
};

// Each verification of the text AP's data under the AP issuing key of `cert`; pure CPU, on any thread.
struct TextApResults {
    bool apKey = false;
    bool basicDigest = false;
    std::optional<bool> myNumberDigest; // nullopt: EF 0001 not read
    bool integritySignature = false;
};

struct TextApChecks {
    std::optional<records::CvCertificate> cert; // the cached signer of EF 0007; nullopt: none cached
    TextApResults results;
};

TextApResults checkTextApData(const records::CvCertificate& cert, bool keyVerifiedBySigner, const TextApInputs& in) {
    TextApResults r;
    // findSigner() found a cached certificate by verifying exactly EF 0007's signature: not verified twice.
    r.apKey = keyVerifiedBySigner || crypto::verifyPkcs1Sha256(cert.subjectKey, in.key.signedPart, in.key.signature);
    const QByteArray digested = records::basicInfoDigestedPart(in.basicRecord);
    r.basicDigest = !digested.isEmpty() && crypto::sha256(digested) == in.integrity.basicInfoDigest;
    if (in.myNumberFile)
        r.myNumberDigest = crypto::sha256(*in.myNumberFile) == in.integrity.myNumberDigest;
    r.integritySignature = crypto::verifyPkcs1Sha256(cert.subjectKey, in.integrity.signedPart, in.integrity.signature);
    return r;
}

// One thread, kept, for the card's signature checks that overlap the card's own work. When it is busy (another
// reader's check), the work runs on the caller: never queued behind something it could wait for.
class VerificationThread {
public:
    VerificationThread() { m_pool.setMaxThreadCount(1); }
    template <typename F> std::future<std::invoke_result_t<F>> run(F work) {
        auto task = std::make_shared<std::packaged_task<std::invoke_result_t<F>()>>(std::move(work));
        std::future<std::invoke_result_t<F>> result = task->get_future();
        // OpenSSL keeps per-thread state (its error queue, which a signature that does not verify fills) that it
        // frees only when the thread says it stops; a pool thread may end at its expiry without: say it after each
        // task.
        if (!m_pool.tryStart([task] {
                (*task)();
                OPENSSL_thread_stop();
            }))
            (*task)();
        return result;
    }

private:
    QThreadPool m_pool;
};

VerificationThread& verificationThread() {
    static VerificationThread thread;
    return thread;
}

// What the card's answers to a step say, before it is judged: the session failed (so does the read), or the step
// fails with a verdict, or neither (the step's data are there to be checked).
struct CardEvidence {
    std::optional<CardError> endsSession;                                   // the session failed: so does the read
    std::optional<std::pair<AuthenticityResult::Verdict, QString>> failure; // decided from the answers alone
};

// The one owner of what an error from the card means for the check: one that ends the session fails the read (as any
// read does); any other is evidence that the card's data are not a genuine card's ("what: detail", DataAltered).
CardEvidence fromError(const CardError& error, const QString& what) {
    if (endsSession(error))
        return {error, std::nullopt};
    return {std::nullopt, std::make_pair(AuthenticityResult::Verdict::DataAltered,
                                         QStringLiteral("%1: %2").arg(what, error.detail()))};
}

// GET CHALLENGE and the card's signature over the challenge and the terminal's nonce, judged later.
struct InternalExchange : CardEvidence {
    QByteArray message;
    QByteArray signature;
};

// One authenticity check inside a read's session: each step passes, fails (deciding the verdict) or is skipped.
class AuthenticityRun {
public:
    AuthenticityRun(TextApConversation& conversation, const AuthenticityConfig& config, const TrustAnchors* anchors)
        : m_card(conversation)
        , m_config(config)
        , m_anchors(anchors) {}

    // nullopt: the check ran to a verdict (result()); an error: the session failed and so does the read.
    std::optional<CardError> checkTextAp(QByteArrayView basicRecord, const QByteArray* myNumberFile) {
        if (m_anchors == nullptr) {
            decide(QStringLiteral("trust_anchor"), Verdict::NotCheckable,
                   m_config.anchorsProblem.isEmpty() ? QStringLiteral("no trust file configured (card/trust_file)")
                                                     : m_config.anchorsProblem);
            return std::nullopt;
        }
        m_result.testHierarchy = m_anchors->isTestHierarchy();
        pass(QStringLiteral("trust_anchor"),
             QStringLiteral("%1 anchor(s) from %2%3")
                 .arg(m_anchors->size())
                 .arg(m_anchors->source(), m_result.testHierarchy ? QStringLiteral(" (TEST HIERARCHY)") : QString()));

        CardResult<QByteArray> ef3 = m_card.readRecord(kIntegritySfi, 256, ApduChannel::Trace::Plain, true);
        if (!ef3.ok())
            return evidence(ef3.error(), QStringLiteral("integrity_record"), QStringLiteral("EF 0003"));
        const auto integrity = records::parseIntegrityRecord(ef3.value());
        if (!integrity.ok())
            return decide(QStringLiteral("integrity_record"), Verdict::DataAltered, integrity.error().detail());
        pass(QStringLiteral("integrity_record"), QStringLiteral("EF 0003, %1 bytes").arg(ef3.value().size()));

        CardResult<QByteArray> ef7 = m_card.readRecord(kSignedKeySfi, 256, ApduChannel::Trace::Plain, true);
        if (!ef7.ok())
            return evidence(ef7.error(), QStringLiteral("signed_key"), QStringLiteral("EF 0007"));
        const auto signedKey = records::parseSignedPublicKey(ef7.value());
        if (!signedKey.ok())
            return decide(QStringLiteral("signed_key"), Verdict::DataAltered, signedKey.error().detail());
        pass(QStringLiteral("signed_key"),
             QStringLiteral("EF 0007, RSA-%1 card key").arg(signedKey.value().key.bits()));

        // With a certificate in the cache (every read after a card generation's first), the signatures are checked
        // on the verification thread while the card answers GET CHALLENGE and signs: the card's RSA takes longer
        // than ours, so the check costs the read almost no time. The steps are still judged in their order.
        const TextApInputs inputs{signedKey.value(), integrity.value(),
                                  QByteArray(basicRecord.data(), basicRecord.size()),
                                  myNumberFile != nullptr ? std::optional<QByteArray>(*myNumberFile) : std::nullopt};
        std::optional<TextApChecks> checks;
        std::optional<InternalExchange> exchange;
        if (m_config.cache && m_config.cache->size() > 0) {
            std::shared_ptr<const CvCertificateCache> cache = m_config.cache;
            auto background = verificationThread().run([cache, inputs] {
                TextApChecks c;
                c.cert = cache->findSigner(inputs.key.signedPart, inputs.key.signature);
                if (c.cert)
                    c.results = checkTextApData(*c.cert, true, inputs);
                return c;
            });
            exchange = exchangeInternalAuthentication();
            checks = background.get();
            if (exchange->endsSession)
                return exchange->endsSession;
        }
        std::optional<records::CvCertificate> cert = checks ? checks->cert : std::nullopt;
        if (cert) {
            m_result.certificateCached = true;
            pass(QStringLiteral("cv_certificate"),
                 QStringLiteral("cached (verified earlier), issuer %1, subject %2")
                     .arg(records::keyIdText(cert->issuerKeyId), records::keyIdText(cert->subjectKeyId)));
        } else {
            auto read = certificate(QStringLiteral("cv_certificate"));
            if (!read.ok()) {
                if (endsSession(read.error()))
                    return read.error();
                if (exchange)
                    judgeInternalAuthentication(*exchange, signedKey.value().key); // sent already: its step is kept
                return std::nullopt;
            }
            cert = read.value();
        }
        const TextApResults results = checks && checks->cert ? checks->results : checkTextApData(*cert, false, inputs);
        if (judgeTextAp(results, *cert)) {
            if (exchange)
                judgeInternalAuthentication(*exchange, signedKey.value().key); // sent already: its step is kept
            return std::nullopt;
        }
        if (!exchange) {
            exchange = exchangeInternalAuthentication();
            if (exchange->endsSession)
                return exchange->endsSession;
        }
        judgeInternalAuthentication(*exchange, signedKey.value().key);
        return std::nullopt;
    }

    // The face photo from the visual AP, opened with `code` at key `keySfi`; only after a genuine text AP.
    std::optional<CardError> readPhoto(const CardSecret& code, quint8 keySfi, const QDate& birthDate,
                                       FacePhoto* photo) {
        const QString step = QStringLiteral("photo");
        if (auto selected = m_card.selectApplication(kVisualAp); !selected.ok())
            return evidence(selected.error(), step, QStringLiteral("SELECT 券面事項確認AP"));
        const CardOutcome verified = m_card.verify(keySfi, code, CardError::Credential::CodeB);
        if (!verified.ok())
            return evidence(verified.error(), step, QStringLiteral("VERIFY of the visual AP"));
        CardResult<QByteArray> ef = m_card.readRecord(kVisualFaceSfi, 256, ApduChannel::Trace::SecretResponse, true);
        if (!ef.ok())
            return evidence(ef.error(), step, QStringLiteral("visual EF 0002"));
        CardResult<records::CardFaceRecord> face = records::parseCardFace(ef.value());
        wipe(ef.value());
        if (!face.ok())
            return decide(step, Verdict::DataAltered, face.error().detail());
        auto forget = qScopeGuard([&] {
            wipe(face.value().photoJp2);
            wipe(face.value().signedPart);
        });
        std::optional<records::CvCertificate> cert;
        if (m_config.cache)
            cert = m_config.cache->findSigner(face.value().signedPart, face.value().signature);
        if (!cert) {
            auto read = certificate(step);
            if (!read.ok())
                return endsSession(read.error()) ? std::optional<CardError>(read.error()) : std::nullopt;
            cert = read.value();
        }
        if (!crypto::verifyPkcs1Sha256(cert->subjectKey, face.value().signedPart, face.value().signature))
            return decide(step, Verdict::DataAltered,
                          QStringLiteral("card face DF28 does not verify under the visual AP issuing key %1")
                              .arg(records::keyIdText(cert->subjectKeyId)));
        if (face.value().birthDate != birthDate)
            return decide(step, Verdict::DataAltered,
                          QStringLiteral("the visual AP's birth date differs from the text AP's"));
        CardResult<FacePhoto> decoded = FacePhoto::decodeJpeg2000(face.value().photoJp2);
        if (!decoded.ok())
            return decide(step, Verdict::DataAltered, decoded.error().detail());
        *photo = decoded.value();
        m_result.photoVerified = true;
        pass(step, QStringLiteral("%1 × %2 pixels, DF28 verifies under %3")
                       .arg(photo->width())
                       .arg(photo->height())
                       .arg(records::keyIdText(cert->subjectKeyId)));
        return std::nullopt;
    }

    bool genuineSoFar() const { return !m_decided; }

    AuthenticityResult finish() {
        if (!m_decided) {
            m_result.verdict = Verdict::Genuine;
            m_result.detail = QStringLiteral("every step passed");
        }
        QList<AuthenticityStep> ordered;
        for (const QString& id : AuthenticityResult::stepIds()) {
            auto it =
                std::find_if(m_steps.begin(), m_steps.end(), [&](const AuthenticityStep& s) { return s.id == id; });
            if (it != m_steps.end())
                ordered.append(*it);
            else if (id != QLatin1String("photo"))
                ordered.append({id, State::Skipped, QStringLiteral("not reached")});
        }
        m_result.steps = ordered;
        return m_result;
    }

private:
    // EF 0004 of the current AP, verified under the trust anchor it names, then cached.
    CardResult<records::CvCertificate> certificate(const QString& step) {
        CardResult<QByteArray> ef = m_card.readRecord(kCvCertificateSfi, 256, ApduChannel::Trace::Plain, true);
        if (!ef.ok()) {
            if (!endsSession(ef.error()))
                decide(step, Verdict::DataAltered, QStringLiteral("EF 0004: %1").arg(ef.error().detail()));
            return ef.error();
        }
        CardResult<records::CvCertificate> cert = records::parseCvCertificate(ef.value());
        if (!cert.ok()) {
            decide(step, Verdict::DataAltered, cert.error().detail());
            return cert.error();
        }
        const TrustAnchors::Anchor* anchor = m_anchors->find(cert.value().issuerKeyId);
        if (anchor == nullptr) {
            const QString why = QStringLiteral("issuer key id %1 is not in the trust file")
                                    .arg(records::keyIdText(cert.value().issuerKeyId));
            decide(step, Verdict::IssuerNotTrusted, why);
            return CardError(CardError::Kind::CardRefused, why);
        }
        if (!crypto::verifyPkcs1Sha256(anchor->key, cert.value().body, cert.value().signature)) {
            const QString why = QStringLiteral("EF 0004 names issuer %1 but is not signed by that key")
                                    .arg(records::keyIdText(cert.value().issuerKeyId));
            decide(step, Verdict::IssuerNotTrusted, why);
            return CardError(CardError::Kind::CardRefused, why);
        }
        if (m_config.cache)
            m_config.cache->add(cert.value());
        if (step == QLatin1String("cv_certificate"))
            pass(step, QStringLiteral("read from EF 0004, signed by trusted issuer %1 (%2), subject %3")
                           .arg(records::keyIdText(cert.value().issuerKeyId), anchor->name,
                                records::keyIdText(cert.value().subjectKeyId)));
        return cert;
    }

    InternalExchange exchangeInternalAuthentication() {
        InternalExchange ex;
        auto fail = [&ex](Verdict verdict, QString detail) {
            ex.failure = std::make_pair(verdict, std::move(detail));
            return ex;
        };
        auto cardError = [&ex](const CardError& error, const QString& what) {
            static_cast<CardEvidence&>(ex) = fromError(error, what);
            return ex;
        };
        auto challenge = m_card.channel().send(apdu::getChallenge(kChallengeSize));
        if (!challenge.ok())
            return cardError(challenge.error(), QStringLiteral("GET CHALLENGE"));
        if (challenge.value().sw == 0x6700)
            return fail(Verdict::NotCheckable, QStringLiteral("GET CHALLENGE: 6700, not carried"));
        if (!challenge.value().isOk() || challenge.value().data.size() != kChallengeSize)
            return fail(Verdict::CopiedChip, QStringLiteral("GET CHALLENGE: %1, %2 bytes")
                                                 .arg(statusWordText(challenge.value().sw))
                                                 .arg(challenge.value().data.size()));
        // The card's challenge alone could be replayed by a chip that recorded an answer; the terminal's nonce cannot.
        const QByteArray nonce = crypto::randomBytes(kChallengeSize);
        if (nonce.size() != kChallengeSize)
            return fail(Verdict::NotCheckable, QStringLiteral("no random bytes from OpenSSL"));
        ex.message = challenge.value().data + nonce;
        auto signature = m_card.channel().send(apdu::internalSign(crypto::digestInfoSha256(ex.message)));
        if (!signature.ok()) {
            if (signature.error().kind() == CardError::Kind::CommunicationError)
                return fail(
                    Verdict::NotCheckable,
                    QStringLiteral("the reader did not carry the signature: %1").arg(signature.error().detail()));
            return cardError(signature.error(), QStringLiteral("internal signature"));
        }
        if (signature.value().sw == 0x6700)
            return fail(Verdict::NotCheckable, QStringLiteral("internal signature: 6700, not carried"));
        if (!signature.value().isOk())
            return fail(Verdict::CopiedChip,
                        QStringLiteral("the chip refused to sign: %1").arg(statusWordText(signature.value().sw)));
        ex.signature = signature.value().data;
        return ex;
    }

    void judgeInternalAuthentication(const InternalExchange& ex, const crypto::RsaPublicKey& cardKey) {
        const QString step = QStringLiteral("internal_authentication");
        if (ex.failure) {
            settle(step, ex);
            return;
        }
        if (!crypto::verifyPkcs1Sha256(cardKey, ex.message, ex.signature)) {
            decide(step, Verdict::CopiedChip,
                   QStringLiteral("the chip's signature does not verify under its signed key (EF 0007)"));
            return;
        }
        pass(step, QStringLiteral("the chip signed a fresh challenge with the key of EF 0007"));
    }

    // The text AP's steps in their order; true when one failed (the verdict is decided).
    bool judgeTextAp(const TextApResults& r, const records::CvCertificate& cert) {
        if (!r.apKey) {
            decide(QStringLiteral("ap_key"), Verdict::DataAltered,
                   QStringLiteral("the card key in EF 0007 is not signed by the AP issuing key %1")
                       .arg(records::keyIdText(cert.subjectKeyId)));
            return true;
        }
        pass(QStringLiteral("ap_key"),
             QStringLiteral("EF 0007 signed by %1").arg(records::keyIdText(cert.subjectKeyId)));
        if (!r.basicDigest) {
            decide(QStringLiteral("basic_info_digest"), Verdict::DataAltered,
                   QStringLiteral("SHA-256 of EF 0002 (DF22..) differs from DF32"));
            return true;
        }
        pass(QStringLiteral("basic_info_digest"), QStringLiteral("SHA-256 of EF 0002 (DF22..) matches DF32"));
        if (r.myNumberDigest) {
            if (!*r.myNumberDigest) {
                decide(QStringLiteral("my_number_digest"), Verdict::DataAltered,
                       QStringLiteral("SHA-256 of EF 0001 differs from DF31"));
                return true;
            }
            pass(QStringLiteral("my_number_digest"), QStringLiteral("SHA-256 of EF 0001 matches DF31"));
        } else {
            skip(QStringLiteral("my_number_digest"),
                 QStringLiteral("EF 0001 not read (the My Number was not asked for)"));
        }
        if (!r.integritySignature) {
            decide(QStringLiteral("integrity_signature"), Verdict::DataAltered,
                   QStringLiteral("DF33 does not verify under the AP issuing key %1")
                       .arg(records::keyIdText(cert.subjectKeyId)));
            return true;
        }
        pass(QStringLiteral("integrity_signature"),
             QStringLiteral("DF33 verifies under %1").arg(records::keyIdText(cert.subjectKeyId)));
        return false;
    }

    // An error from the card during `step`: the read fails with it, or the step fails (fromError decides which).
    std::optional<CardError> evidence(const CardError& error, const QString& step, const QString& what) {
        return settle(step, fromError(error, what));
    }
    // Evidence applied to `step`: the session's end returned to the read, a failure decided.
    std::optional<CardError> settle(const QString& step, const CardEvidence& ev) {
        if (ev.endsSession)
            return ev.endsSession;
        if (ev.failure)
            return decide(step, ev.failure->first, ev.failure->second);
        return std::nullopt;
    }

    std::optional<CardError> decide(const QString& step, Verdict verdict, const QString& detail) {
        if (!m_decided) {
            m_decided = true;
            m_result.verdict = verdict;
            m_result.detail = QStringLiteral("%1: %2").arg(step, detail);
        }
        record(step, State::Failed, detail);
        return std::nullopt;
    }
    void pass(const QString& step, const QString& detail) { record(step, State::Passed, detail); }
    void skip(const QString& step, const QString& detail) { record(step, State::Skipped, detail); }
    void record(const QString& step, State state, const QString& detail) {
        for (AuthenticityStep& s : m_steps) {
            if (s.id == step) {
                s.state = state;
                s.detail = detail;
                return;
            }
        }
        m_steps.append({step, state, detail});
    }

    TextApConversation& m_card;
    const AuthenticityConfig& m_config;
    const TrustAnchors* m_anchors;
    AuthenticityResult m_result;
    QList<AuthenticityStep> m_steps;
    bool m_decided = false;
};
} // namespace

MyNumberCard::MyNumberCard(CardTransport& transport)
    : m_transport(transport) {}

QByteArray MyNumberCard::textApplicationId() {
    return kTextAp;
}

QByteArray MyNumberCard::jpkiApplicationId() {
    return kJpkiAp;
}

CardResult<TriesLeft> MyNumberCard::readTriesLeft() {
    m_lastExchanges = 0;
    CardSession session(m_transport, CardTransport::Access::Shared);
    if (!session.isOpen())
        return session.error();
    ApduChannel channel(m_transport);
    TextApConversation text(channel);
    auto finish = [&](auto result) {
        m_lastExchanges = channel.exchanges();
        return result;
    };
    if (auto selected = text.selectApplication(); !selected.ok())
        return finish(CardResult<TriesLeft>(selected.error()));
    TriesLeft tries;
    const std::pair<quint8, std::optional<int>*> keys[] = {
        {kPinSfi, &tries.pin}, {kCodeASfi, &tries.codeA}, {kCodeBSfi, &tries.codeB}};
    for (const auto& [sfi, slot] : keys) {
        auto r = text.triesLeft(sfi);
        if (!r.ok())
            return finish(CardResult<TriesLeft>(r.error()));
        *slot = r.value();
    }
    return finish(CardResult<TriesLeft>(tries));
}

CardResult<CardData> MyNumberCard::readWithPin(CardSecret pin, const ReadOptions& options) {
    if (pin.kind() != CardSecret::Kind::Pin || !pin.isWellFormed())
        return CardError(CardError::Kind::InvalidInput, QStringLiteral("PIN is not 4 digits; nothing sent"),
                         Credential::Pin);
    return readBasicInfo(std::move(pin), options);
}

CardResult<CardData> MyNumberCard::readWithCodeB(CardSecret codeB, const ReadOptions& options) {
    if (codeB.kind() != CardSecret::Kind::CodeB || !codeB.isWellFormed())
        return CardError(CardError::Kind::InvalidInput,
                         QStringLiteral("照合番号B is not 14 digits of YYMMDD+YYYY+code; nothing sent"),
                         Credential::CodeB);
    if (options.withMyNumber)
        return CardError(CardError::Kind::InvalidInput,
                         QStringLiteral("the My Number cannot be read with 照合番号B; nothing sent"),
                         Credential::CodeB);
    return readBasicInfo(std::move(codeB), options);
}

CardResult<CardData> MyNumberCard::readBasicInfo(CardSecret secret, const ReadOptions& options) {
    m_lastExchanges = 0;
    const bool byPin = secret.kind() == CardSecret::Kind::Pin;
    const Credential credential = byPin ? Credential::Pin : Credential::CodeB;
    const quint8 keySfi = byPin ? kPinSfi : kCodeBSfi;

    // Exclusive from before VERIFY until the card is unpowered: no other process can use the verified state.
    CardSession session(m_transport, CardTransport::Access::Exclusive);
    if (!session.isOpen())
        return session.error();
    ApduChannel channel(m_transport);
    TextApConversation text(channel);
    auto finish = [&](CardResult<CardData> result) {
        m_lastExchanges = channel.exchanges();
        if (!result.ok())
            qCInfo(lcCard).noquote() << "card read failed:" << CardError::kindName(result.error().kind()) << "-"
                                     << result.error().detail();
        return result;
    };

    if (auto selected = text.selectApplication(); !selected.ok())
        return finish(selected.error());
    auto tries = text.triesLeft(keySfi);
    if (!tries.ok())
        return finish(tries.error());
    if (tries.value() == 0)
        return finish(CardError(CardError::Kind::Locked, QStringLiteral("tries-left query: blocked; nothing sent"),
                                credential, 0));
    if (tries.value() == 1 && !options.lastTryConfirmed)
        return finish(CardError(CardError::Kind::LastTryNeedsConfirmation,
                                QStringLiteral("one try left and no confirmation; VERIFY not sent"), credential, 1));
    const AuthenticityConfig* check = options.authenticity.get();
    const TrustAnchors* anchors =
        check == nullptr ? nullptr : (m_transport.isSimulated() ? check->simulatedAnchors : check->anchors).get();
    const bool photoWanted = check != nullptr && anchors != nullptr && check->photo != PhotoCode::None &&
                             (!byPin || check->photo == PhotoCode::CodeA);
    const bool photoByCodeA = photoWanted && byPin; // the My Number is 照合番号A
    const bool readNumber = options.withMyNumber || photoByCodeA;
    const CardOutcome verified = text.verify(keySfi, secret, credential);
    if (!photoWanted || byPin)
        secret.wipe(); // 照合番号B stays only until the visual AP has verified it too
    if (!verified.ok())
        return finish(verified.error());

    // Name, address, birth date and sex are resident data like the My Number: the --verbose trace withholds them.
    CardResult<QByteArray> basic = text.readRecord(kBasicInfoSfi, 256, ApduChannel::Trace::SecretResponse);
    if (!basic.ok())
        return finish(basic.error());
    auto forgetBasic = qScopeGuard([&] { wipe(basic.value()); });
    CardResult<CardData> data = textap::parseBasicInfo(basic.value());
    if (!data.ok())
        return finish(std::move(data));

    CardResult<QByteArray> record = QByteArray();
    auto forgetRecord = qScopeGuard([&] {
        if (record.ok())
            wipe(record.value());
    });
    if (readNumber) {
        record = text.readRecord(kMyNumberSfi, kMyNumberFileSize, ApduChannel::Trace::SecretResponse);
        if (!record.ok())
            return finish(record.error());
        CardResult<MyNumber> number = textap::parseMyNumberRecord(record.value());
        if (!number.ok())
            return finish(number.error());
        data.value().myNumber = number.value();
    }
    if (check != nullptr) {
        AuthenticityRun run(text, *check, anchors);
        if (auto failed = run.checkTextAp(basic.value(), readNumber ? &record.value() : nullptr))
            return finish(*failed);
        if (photoWanted && run.genuineSoFar()) {
            std::optional<CardError> failed;
            if (photoByCodeA) {
                QString digits = data.value().myNumber->digits();
                CardSecret codeA = CardSecret::fromText(CardSecret::Kind::CodeB, digits);
                secureZero(digits.data(), static_cast<size_t>(digits.size()) * sizeof(QChar));
                failed = run.readPhoto(codeA, kVisualCodeASfi, data.value().birthDate, &data.value().photo);
            } else {
                failed = run.readPhoto(secret, kVisualCodeBSfi, data.value().birthDate, &data.value().photo);
            }
            if (failed) {
                data.value().photo.wipe();
                return finish(*failed);
            }
        }
        secret.wipe();
        data.value().authenticity = run.finish();
        if (data.value().authenticity->verdict != AuthenticityResult::Verdict::Genuine)
            data.value().photo.wipe();
        const AuthenticityResult& r = *data.value().authenticity;
        qCInfo(lcCard).noquote() << "card authenticity:" << AuthenticityResult::verdictName(r.verdict) << "-"
                                 << r.detail << (r.certificateCached ? "(CV certificate cached)" : "");
    }
    if (!options.withMyNumber)
        data.value().wipeMyNumber();
    return finish(std::move(data));
}

CardResult<CardProbe> MyNumberCard::probe() {
    m_lastExchanges = 0;
    CardSession session(m_transport, CardTransport::Access::Shared);
    if (!session.isOpen())
        return session.error();
    ApduChannel channel(m_transport);
    CardProbe probe;
    probe.atr = m_transport.atr();
    const std::pair<const char*, QByteArray> applications[] = {
        {"券面事項入力補助AP (text)", kTextAp},
        {"券面事項確認AP (visual)", kVisualAp},
        {"公的個人認証AP (JPKI)", kJpkiAp},
        {"共通/住基AP (…0100)", kCommonAp},
    };
    for (const auto& [name, aid] : applications) {
        auto r = channel.send(apdu::selectApplication(aid));
        if (!r.ok()) {
            m_lastExchanges = channel.exchanges();
            return r.error();
        }
        probe.applications << ApplicationProbe{QString::fromUtf8(name), aid, r.value().sw};
    }
    if (channel.send(apdu::selectApplication(kJpkiAp)).ok()) {
        auto token = channel.send(apdu::readBinarySfi(0x06, 0, 32));
        if (!token.ok() || !token.value().isOk()) {
            if (channel.send(apdu::selectFile(0x0006)).ok())
                token = channel.send(apdu::readBinary(0, 32));
        }
        if (token.ok() && (token.value().isOk() || token.value().sw == 0x6282))
            probe.jpkiToken = QString::fromLatin1(token.value().data).trimmed();
    }
    m_lastExchanges = channel.exchanges();
    return probe;
}

} // namespace madoguchi::card
