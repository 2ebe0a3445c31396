// Is this card genuine: the trust anchors a city configures, the cache of verified CV certificates, and the one result
// of a check (genuine / data altered / issuer not trusted / copied chip / not checkable) with each step.
#pragma once

#include "AuthenticityRecords.h"
#include "CardCrypto.h"

#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace madoguchi::card {

// The issuers' public keys the city trusts, by issuer key id (16 bytes). Loaded from a JSON trust file:
//   {"version": 1, "test_hierarchy": false,
//    "anchors": [{"key_id": "<16 ASCII characters>" | "key_id_hex": "<32 hex digits>", "name": "...",
//                 "public_key": "-----BEGIN PUBLIC KEY-----..."}]}
// A file marked "test_hierarchy": true (the virtual card's, resources/demo/test-hierarchy/test-trust.json) is loaded
// only for the simulated card, or when the environment says MADOGUCHI_ALLOW_TEST_HIERARCHY=1 (the test harness):
// its private keys are public, so on a real reader it would make any forgery "genuine".
class TrustAnchors final {
public:
    struct Anchor {
        QByteArray keyId;
        QString name;
        crypto::RsaPublicKey key;
    };

    enum class Use { RealReader, SimulatedCard };
    // nullopt and `error` set when the file is unreadable, not the expected JSON, holds no usable anchor, or is the
    // test hierarchy while `use` is RealReader without the test switch.
    static std::optional<TrustAnchors> load(const QString& file, Use use, QString* error);
    // The virtual card's own trust file (embedded).
    static QString testHierarchyFile() { return QStringLiteral(":/madoguchi/demo/test-hierarchy/test-trust.json"); }

    const Anchor* find(QByteArrayView keyId) const;
    bool isTestHierarchy() const { return m_test; }
    QString source() const { return m_source; }
    qsizetype size() const { return m_anchors.size(); }

private:
    QList<Anchor> m_anchors;
    bool m_test = false;
    QString m_source;
};

// CV certificates already verified under a trust anchor, per issuer key id, so EF 0004 is read once per card
// generation and not on every visit. Thread-safe; shared by every read of a terminal. Only certificates that verified
// are ever added, and a lookup returns the one whose key verifies the record at hand.
class CvCertificateCache final {
public:
    void add(const records::CvCertificate& cert);
    // The cached certificate whose subject key verifies `signature` over `message`, if any.
    std::optional<records::CvCertificate> findSigner(QByteArrayView message, QByteArrayView signature) const;
    int size() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    QMap<QByteArray, QList<records::CvCertificate>> m_byIssuer;
};

// Which credential opens the visual AP for the face photo.
enum class PhotoCode {
    None,  // no photo
    CodeB, // 照合番号B, on reads with 照合番号B
    CodeA, // 照合番号A (the My Number): also on PIN reads, which then read EF 0001 for it (never kept unless asked)
};

// What a read needs to check authenticity. Absent from ReadOptions: the read is exactly the plain read (no extra APDU).
struct AuthenticityConfig {
    // For a real reader: the city's trust file. Null: nothing to check against → not checkable, no extra APDU.
    std::shared_ptr<const TrustAnchors> anchors;
    QString anchorsProblem; // why `anchors` is null ("no trust file configured", the load error)
    // For the in-process simulated card (CardTransport::isSimulated()): the virtual card's test hierarchy.
    std::shared_ptr<const TrustAnchors> simulatedAnchors;
    std::shared_ptr<CvCertificateCache> cache; // null: EF 0004 is read every time
    PhotoCode photo = PhotoCode::None;
};

struct AuthenticityStep {
    enum class State { Passed, Failed, Skipped };
    QString id; // stable: "cv_certificate", "ap_key", "basic_info_digest", ... (AuthenticityResult::stepIds())
    State state = State::Skipped;
    QString detail; // technical, English, for the log and the CLI; never personal data
};

struct AuthenticityResult {
    enum class Verdict { Genuine, DataAltered, IssuerNotTrusted, CopiedChip, NotCheckable };
    Verdict verdict = Verdict::NotCheckable;
    QList<AuthenticityStep> steps;
    QString detail;                 // why, in one technical line
    bool testHierarchy = false;     // the anchors were the virtual card's test hierarchy
    bool certificateCached = false; // the text AP's CV certificate came from the cache (EF 0004 not read)
    bool photoVerified = false;

    bool failed() const {
        return verdict == Verdict::DataAltered || verdict == Verdict::IssuerNotTrusted ||
               verdict == Verdict::CopiedChip;
    }
    // A failed check always stops the prefill; "not checkable" only when the city says so (card/not_checkable).
    bool stopsPrefill(bool stopWhenNotCheckable) const {
        return failed() || (verdict == Verdict::NotCheckable && stopWhenNotCheckable);
    }
    // "genuine", "data_altered", "issuer_not_trusted", "copied_chip", "not_checkable".
    static QString verdictName(Verdict verdict);
    static QString stateName(AuthenticityStep::State state);
    // Every step a check may report, in order.
    static QStringList stepIds();
    // One line for the clerk (Japanese through tr): what the check found.
    QString clerkMessage() const;
    // What to do next, for the clerk.
    QString nextStep() const;
};

} // namespace madoguchi::card
