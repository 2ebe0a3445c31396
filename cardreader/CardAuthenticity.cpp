// Trust anchors, the CV certificate cache, and the one result of an authenticity check.
#include "CardAuthenticity.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::card {

std::optional<TrustAnchors> TrustAnchors::load(const QString& file, Use use, QString* error) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open trust file %1: %2").arg(file, f.errorString());
        return std::nullopt;
    }
    constexpr qint64 kMaxTrustFile = 1 << 20;
    if (f.size() > kMaxTrustFile) {
        *error = QStringLiteral("trust file %1 is larger than 1 MiB").arg(file);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("trust file %1 is not a JSON object: %2").arg(file, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    TrustAnchors anchors;
    anchors.m_source = file;
    anchors.m_test = root.value(QStringLiteral("test_hierarchy")).toBool(false);
    if (anchors.m_test && use == Use::RealReader && qEnvironmentVariable("MADOGUCHI_ALLOW_TEST_HIERARCHY") != u"1") {
        *error = QStringLiteral("trust file %1 is the virtual card's test hierarchy (its private keys are public); "
                                "not used for a real reader")
                     .arg(file);
        return std::nullopt;
    }
    const QJsonArray list = root.value(QStringLiteral("anchors")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        Anchor a;
        a.name = o.value(QStringLiteral("name")).toString();
        if (o.contains(QStringLiteral("key_id_hex"))) {
            const QString hex = o.value(QStringLiteral("key_id_hex")).toString();
            a.keyId = QByteArray::fromHex(hex.toLatin1());
            if (hex.size() != 2 * records::kKeyIdSize || a.keyId.toHex() != hex.toLower().toLatin1())
                a.keyId.clear();
        } else {
            a.keyId = o.value(QStringLiteral("key_id")).toString().toLatin1();
        }
        if (a.keyId.size() != records::kKeyIdSize) {
            *error = QStringLiteral("trust file %1: anchor '%2' has no 16-byte key id").arg(file, a.name);
            return std::nullopt;
        }
        QString keyError;
        a.key = crypto::publicKeyFromPem(o.value(QStringLiteral("public_key")).toString().toLatin1(), &keyError);
        if (a.key.isEmpty()) {
            *error = QStringLiteral("trust file %1: anchor '%2': %3").arg(file, a.name, keyError);
            return std::nullopt;
        }
        if (anchors.find(a.keyId) != nullptr) {
            *error = QStringLiteral("trust file %1: key id %2 appears twice").arg(file, records::keyIdText(a.keyId));
            return std::nullopt;
        }
        anchors.m_anchors.append(a);
    }
    if (anchors.m_anchors.isEmpty()) {
        *error = QStringLiteral("trust file %1 holds no anchors").arg(file);
        return std::nullopt;
    }
    return anchors;
}

const TrustAnchors::Anchor* TrustAnchors::find(QByteArrayView keyId) const {
    for (const Anchor& a : m_anchors) {
        if (a.keyId == keyId)
            return &a;
    }
    return nullptr;
}

void CvCertificateCache::add(const records::CvCertificate& cert) {
    std::lock_guard lock(m_mutex);
    QList<records::CvCertificate>& list = m_byIssuer[cert.issuerKeyId];
    for (const records::CvCertificate& c : list) {
        if (c == cert)
            return;
    }
    list.append(cert);
}

std::optional<records::CvCertificate> CvCertificateCache::findSigner(QByteArrayView message,
                                                                     QByteArrayView signature) const {
    std::lock_guard lock(m_mutex);
    for (const QList<records::CvCertificate>& list : m_byIssuer) {
        for (const records::CvCertificate& c : list) {
            if (crypto::verifyPkcs1Sha256(c.subjectKey, message, signature))
                return c;
        }
    }
    return std::nullopt;
}

int CvCertificateCache::size() const {
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const auto& list : m_byIssuer)
        n += static_cast<int>(list.size());
    return n;
}

void CvCertificateCache::clear() {
    std::lock_guard lock(m_mutex);
    m_byIssuer.clear();
}

QString AuthenticityResult::verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::Genuine:
        return QStringLiteral("genuine");
    case Verdict::DataAltered:
        return QStringLiteral("data_altered");
    case Verdict::IssuerNotTrusted:
        return QStringLiteral("issuer_not_trusted");
    case Verdict::CopiedChip:
        return QStringLiteral("copied_chip");
    case Verdict::NotCheckable:
        break;
    }
    return QStringLiteral("not_checkable");
}

QString AuthenticityResult::stateName(AuthenticityStep::State state) {
    switch (state) {
    case AuthenticityStep::State::Passed:
        return QStringLiteral("passed");
    case AuthenticityStep::State::Failed:
        return QStringLiteral("failed");
    case AuthenticityStep::State::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QStringList AuthenticityResult::stepIds() {
    return {QStringLiteral("trust_anchor"),
            QStringLiteral("integrity_record"),
            QStringLiteral("signed_key"),
            QStringLiteral("cv_certificate"),
            QStringLiteral("ap_key"),
            QStringLiteral("basic_info_digest"),
            QStringLiteral("my_number_digest"),
            QStringLiteral("integrity_signature"),
            QStringLiteral("internal_authentication"),
            QStringLiteral("photo")};
}

QString AuthenticityResult::clerkMessage() const {
    switch (verdict) {
    case Verdict::Genuine:
        return QCoreApplication::translate("CardAuthenticity",
                                           "Genuine card: the chip's data is signed by the issuer and the chip "
                                           "answered its own key.");
    case Verdict::DataAltered:
        return QCoreApplication::translate("CardAuthenticity",
                                           "Data altered: the chip's data does not match the issuer's signature.");
    case Verdict::IssuerNotTrusted:
        return QCoreApplication::translate("CardAuthenticity",
                                           "Issuer not trusted: the chip was not issued under a key this city "
                                           "trusts.");
    case Verdict::CopiedChip:
        return QCoreApplication::translate("CardAuthenticity",
                                           "Copied chip: the chip does not hold the key its data was issued to.");
    case Verdict::NotCheckable:
        break;
    }
    return QCoreApplication::translate("CardAuthenticity",
                                       "Not checkable: this terminal could not check whether the card is genuine.");
}

QString AuthenticityResult::nextStep() const {
    switch (verdict) {
    case Verdict::Genuine:
        return QCoreApplication::translate("CardAuthenticity",
                                           "Compare the photo and the card face with the person at the counter.");
    case Verdict::DataAltered:
    case Verdict::IssuerNotTrusted:
    case Verdict::CopiedChip:
        return QCoreApplication::translate("CardAuthenticity",
                                           "Nothing was filled in. Keep the card, check the physical card "
                                           "(hologram, print, photo) and call the supervisor.");
    case Verdict::NotCheckable:
        break;
    }
    return QCoreApplication::translate("CardAuthenticity",
                                       "Check the physical card by eye (hologram, print, photo); if in doubt, call "
                                       "the supervisor.");
}

} // namespace madoguchi::card
