// A software model of the My Number card (個人番号カード) with a fictitious holder, for demo mode and tests.
#include "VirtualMyNumberCard.h"

#include "AuthenticityRecords.h"
#include "CardCrypto.h"
#include "FacePhoto.h"
#include "TextApRecords.h"

#include <QFile>

namespace madoguchi::card {

namespace {
const QByteArray kTextApAid = QByteArray::fromHex("D3921000310001010408");
const QByteArray kJpkiApAid = QByteArray::fromHex("D392F000260100000001");
const QByteArray kVisualApAid = QByteArray::fromHex("D3921000310001010402");

QByteArray sw(quint16 value) {
    QByteArray r;
    r.append(static_cast<char>(value >> 8)).append(static_cast<char>(value & 0xFF));
    return r;
}

constexpr quint16 kMyNumberFile = 0x0001;
constexpr quint16 kBasicInfoFile = 0x0002;
constexpr quint16 kTokenFile = 0x0006; // JPKI AP
constexpr quint16 kPinFile = 0x0011;
constexpr quint16 kCodeAFile = 0x0014;
constexpr quint16 kCodeBFile = 0x0015;
constexpr quint16 kIntegrityFile = 0x0003;
constexpr quint16 kCvFile = 0x0004;
constexpr quint16 kSignedKeyFile = 0x0007;
constexpr quint16 kVisualFaceFile = 0x0002;
constexpr quint16 kVisualCodeBFile = 0x0012;
constexpr quint16 kVisualCodeAFile = 0x0013;
constexpr int kPhotoWidth = 96;
constexpr int kPhotoHeight = 120;
// The name and address images of the card face (DF25/DF26): a 1 × 1 pixel PNG. Madoguchi never shows them.
const QByteArray kPlaceholderPng = QByteArray::fromHex(
    "89504e470d0a1a0a0000000d4948445200000001000000010100000000376ef9240000000a49444154789c636800000082008177cd72b6"
    "0000000049454e44ae426082");

crypto::RsaPrivateKey testKey(const char* name) {
    QFile f(QStringLiteral(":/madoguchi/demo/test-hierarchy/%1.key.pem").arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return crypto::RsaPrivateKey::fromPem(f.readAll());
}

quint32 seedOf(const QString& id) { // FNV-1a: the same persona always gets the same face
    quint32 h = 2166136261u;
    for (const QChar c : id)
        h = (h ^ c.unicode()) * 16777619u;
    return h;
}
// The physical EF 0002 is larger than its record; the rest is filler (what a reader must ignore).
constexpr int kBasicInfoFileSize = 0x200;
} // namespace

struct VirtualMyNumberCard::Signed {
    QByteArray integrity;          // text EF 0003
    QByteArray textCv;             // text EF 0004
    QByteArray signedKey;          // text EF 0007
    QByteArray face;               // visual EF 0002
    QByteArray visualCv;           // visual EF 0004
    crypto::RsaPrivateKey chipKey; // what 80 2A signs with
};

VirtualMyNumberCard::VirtualMyNumberCard(CardPersona persona)
    : VirtualMyNumberCard(std::move(persona), Behaviour{}) {}

VirtualMyNumberCard::VirtualMyNumberCard(CardPersona persona, Behaviour behaviour)
    : m_persona(std::move(persona))
    , m_behaviour(behaviour) {
    m_counters.pin = m_persona.pinTriesLeft;
    m_basicInfo = textap::encodeBasicInfo(m_persona.name, m_persona.address, m_persona.birthDate, m_persona.sex);
    if (m_basicInfo.size() < kBasicInfoFileSize)
        m_basicInfo.append(QByteArray(kBasicInfoFileSize - m_basicInfo.size(), '\xFF'));
    m_myNumber = textap::encodeMyNumberRecord(m_persona.myNumber);
}

QByteArray VirtualMyNumberCard::atr() const {
    return QByteArray::fromHex("3BE000FF8131FE4514"); // a real contact ATR of the card (OpenSC's jpki_atrs)
}

void VirtualMyNumberCard::powerOn() {
    powerOff();
}

void VirtualMyNumberCard::powerOff() {
    m_application = Application::None;
    m_currentFile = 0;
    m_verified = 0;
    m_challengeIssued = false;
}

void VirtualMyNumberCard::ensureSigned() {
    if (m_signed)
        return;
    auto s = std::make_shared<Signed>();
    const bool rogue = m_persona.forgery == QLatin1String("untrusted-issuer");
    const crypto::RsaPrivateKey textCa = testKey(rogue ? "test-rogue-ca" : "test-text-ca");
    const crypto::RsaPrivateKey visualCa = testKey(rogue ? "test-rogue-ca" : "test-visual-ca");
    const crypto::RsaPrivateKey textIssuer = testKey(rogue ? "test-rogue-ca" : "test-text-ap-issuer");
    const crypto::RsaPrivateKey visualIssuer = testKey(rogue ? "test-rogue-ca" : "test-visual-ap-issuer");
    const crypto::RsaPrivateKey card = testKey("test-card");
    s->chipKey = testKey(m_persona.forgery == QLatin1String("copied-chip") ? "test-clone" : "test-card");

    const QByteArray textBody =
        records::encodeCvCertificateBody(rogue ? "ROGUE-6000033/01" : "TEST-6000033/001",
                                         rogue ? "ROGUE-AP-TXT/001" : "TEST-AP-TEXT/001", textIssuer.publicKey());
    s->textCv = records::encodeCvCertificate(textBody, textCa.signSha256(textBody));
    // What the issuer signed: for "altered-data" the address before someone rewrote EF 0002.
    const QByteArray issued =
        m_persona.forgery == QLatin1String("altered-data")
            ? textap::encodeBasicInfo(m_persona.name, m_persona.signedAddress, m_persona.birthDate, m_persona.sex)
            : textap::encodeBasicInfo(m_persona.name, m_persona.address, m_persona.birthDate, m_persona.sex);
    const QByteArray integrityPart = records::encodeIntegritySignedPart(
        crypto::sha256(m_myNumber), crypto::sha256(records::basicInfoDigestedPart(issued)));
    s->integrity = records::encodeIntegrityRecord(integrityPart, textIssuer.signSha256(integrityPart));
    const QByteArray keyPart = records::encodeSignedKeyPart(card.publicKey());
    s->signedKey = records::encodeSignedPublicKey(keyPart, textIssuer.signSha256(keyPart));

    const QByteArray visualBody =
        records::encodeCvCertificateBody(rogue ? "ROGUE-6000023/01" : "TEST-6000023/001",
                                         rogue ? "ROGUE-AP-FCE/001" : "TEST-AP-FACE/001", visualIssuer.publicKey());
    s->visualCv = records::encodeCvCertificate(visualBody, visualCa.signSha256(visualBody));
    const QByteArray photo = FacePhoto::encodeJpeg2000(
        FacePhoto::syntheticFace(seedOf(m_persona.id), kPhotoWidth, kPhotoHeight), kPhotoWidth, kPhotoHeight);
    const QByteArray facePart = records::encodeCardFaceSignedPart(
        m_persona.birthDate, m_persona.sex.toLatin1(), card.publicKey(), kPlaceholderPng, kPlaceholderPng, photo);
    const QDate birthday = m_persona.birthDate;
    const QDate expiry(m_persona.expiryYear, birthday.month(),
                       std::min(birthday.day(), QDate(m_persona.expiryYear, birthday.month(), 1).daysInMonth()));
    s->face = records::encodeCardFace(facePart, visualIssuer.signSha256(facePart), expiry);
    m_signed = std::move(s);
}

bool VirtualMyNumberCard::isKeyFile(quint16 fid) const {
    if (m_application == Application::VisualAp)
        return fid == kVisualCodeBFile || fid == kVisualCodeAFile;
    return fid == kPinFile || fid == kCodeAFile || fid == kCodeBFile;
}

bool VirtualMyNumberCard::isOpen(quint16 fid) const {
    if (m_application == Application::VisualAp)
        return fid == kCvFile || (fid == kVisualFaceFile && (m_verified & (VisualCodeABit | VisualCodeBBit)));
    if (m_application == Application::JpkiAp)
        return fid == kTokenFile;
    switch (fid) {
    case kMyNumberFile:
        return (m_verified & (PinBit | CodeABit)) != 0;
    case kBasicInfoFile:
        return (m_verified & (PinBit | CodeBBit)) != 0;
    case kIntegrityFile:
    case kSignedKeyFile:
        return (m_verified & (PinBit | CodeABit | CodeBBit)) != 0;
    case kCvFile:
        return true;
    default:
        return false;
    }
}

std::optional<QByteArray> VirtualMyNumberCard::file(quint16 fid) {
    if (isKeyFile(fid) && m_application != Application::JpkiAp && m_application != Application::None)
        return QByteArray();
    if (m_application == Application::TextAp) {
        if (fid == kMyNumberFile)
            return m_myNumber;
        if (fid == kBasicInfoFile)
            return m_basicInfo;
        if (fid == kIntegrityFile || fid == kCvFile || fid == kSignedKeyFile) {
            ensureSigned();
            return fid == kIntegrityFile ? m_signed->integrity
                   : fid == kCvFile      ? m_signed->textCv
                                         : m_signed->signedKey;
        }
    }
    if (m_application == Application::VisualAp && (fid == kVisualFaceFile || fid == kCvFile)) {
        ensureSigned();
        return fid == kCvFile ? m_signed->visualCv : m_signed->face;
    }
    if (m_application == Application::JpkiAp && fid == kTokenFile)
        return QByteArray("JPKIAPICCTOKEN2").leftJustified(32, ' ');
    return std::nullopt;
}

QByteArray VirtualMyNumberCard::transmit(const QByteArray& apdu) {
    if (apdu.size() < 4)
        return sw(0x6700);
    const auto ins = static_cast<quint8>(apdu.at(1));
    if (apdu.at(0) == static_cast<char>(0x80) && ins == 0x2A)
        return internalSign(static_cast<quint8>(apdu.at(2)), static_cast<quint8>(apdu.at(3)), apdu);
    if (apdu.at(0) != 0)
        return sw(0x6E00);
    const auto p1 = static_cast<quint8>(apdu.at(2));
    const auto p2 = static_cast<quint8>(apdu.at(3));
    switch (ins) {
    case 0xA4: {
        if (apdu.size() < 5)
            return sw(0x6700);
        const int lc = static_cast<quint8>(apdu.at(4));
        if (apdu.size() != 5 + lc && apdu.size() != 6 + lc)
            return sw(0x6700);
        return select(p1, QByteArrayView(apdu).sliced(5, lc));
    }
    case 0x20:
        return verify(p2, apdu);
    case 0xB0:
        return readBinary(p1, p2, apdu);
    case 0x84:
        return getChallenge(apdu);
    default:
        return sw(0x6D00);
    }
}

QByteArray VirtualMyNumberCard::select(quint8 p1, QByteArrayView data) {
    if (p1 == 0x04) {
        if (data == kTextApAid)
            m_application = Application::TextAp;
        else if (data == kVisualApAid)
            m_application = Application::VisualAp;
        else if (data == kJpkiApAid)
            m_application = Application::JpkiAp;
        else
            return sw(0x6A82);
        m_currentFile = 0;
        m_challengeIssued = false;
        return sw(0x9000);
    }
    if (p1 == 0x02) {
        if (data.size() != 2)
            return sw(0x6700);
        const quint16 fid =
            static_cast<quint16>((static_cast<quint8>(data.at(0)) << 8) | static_cast<quint8>(data.at(1)));
        if (!file(fid))
            return sw(0x6A82);
        m_currentFile = fid;
        return sw(0x9000);
    }
    return sw(0x6A86); // "select MF" and the other forms: never rely on them (see the reference notes)
}

QByteArray VirtualMyNumberCard::verify(quint8 p2, const QByteArray& apdu) {
    if (p2 != 0x80 && !m_behaviour.acceptsShortFileIds)
        return sw(0x6A86);
    const quint16 fid = p2 == 0x80 ? m_currentFile : static_cast<quint16>(p2 & 0x1F);
    if ((m_application != Application::TextAp && m_application != Application::VisualAp) || !isKeyFile(fid))
        return sw(0x6A88);
    const bool visual = m_application == Application::VisualAp;
    const bool isA = visual ? fid == kVisualCodeAFile : fid == kCodeAFile;
    const bool isPin = !visual && fid == kPinFile;
    int* tries = isPin ? &m_counters.pin : isA ? &m_counters.codeA : &m_counters.codeB;
    const int bit = isPin ? PinBit : visual ? (isA ? VisualCodeABit : VisualCodeBBit) : (isA ? CodeABit : CodeBBit);
    const int max = isPin ? kPinMaxTries : kCodeMaxTries;
    if (p2 != 0x80)
        m_currentFile = fid;
    if (*tries <= 0)
        return sw(0x6984);
    if (apdu.size() == 4 || (apdu.size() == 5 && apdu.at(4) == 0)) // a query: nothing consumed
        return sw(static_cast<quint16>(0x63C0 | *tries));
    const int lc = static_cast<quint8>(apdu.at(4));
    if (apdu.size() != 5 + lc)
        return sw(0x6700);
    const QByteArrayView given = QByteArrayView(apdu).sliced(5, lc);
    const QByteArray& expected = isPin ? m_persona.pin : isA ? m_persona.myNumber : m_persona.codeB;
    if (given == expected) {
        *tries = max;
        m_verified |= bit;
        return sw(0x9000);
    }
    --*tries;
    return sw(static_cast<quint16>(0x63C0 | *tries));
}

QByteArray VirtualMyNumberCard::readBinary(quint8 p1, quint8 p2, const QByteArray& apdu) {
    const bool extended = apdu.size() == 7 && apdu.at(4) == 0;
    if (apdu.size() != 5 && !extended)
        return sw(0x6700);
    if (extended && !m_behaviour.acceptsExtendedLength)
        return sw(0x6700);
    quint16 fid = m_currentFile;
    int offset = 0;
    if (p1 & 0x80) {
        if (!m_behaviour.acceptsShortFileIds)
            return sw(0x6A86);
        fid = p1 & 0x1F;
        offset = p2;
    } else {
        if (fid == 0)
            return sw(0x6986);
        offset = ((p1 & 0x7F) << 8) | p2;
    }
    const auto content = file(fid);
    if (!content)
        return sw(0x6A82);
    if (isKeyFile(fid))
        return sw(0x6981);
    if (!isOpen(fid))
        return sw(0x6982);
    m_currentFile = fid;
    if (offset >= content->size())
        return sw(0x6B00);
    const int le = extended ? ((static_cast<quint8>(apdu.at(5)) << 8) | static_cast<quint8>(apdu.at(6)))
                            : static_cast<quint8>(apdu.at(4));
    const int wanted = le == 0 ? (extended ? 65536 : 256) : le;
    const qsizetype available = content->size() - offset;
    if (le != 0 && wanted > available)
        return content->mid(offset) + sw(0x6282);
    return content->mid(offset, std::min<qsizetype>(wanted, available)) + sw(0x9000);
}

QByteArray VirtualMyNumberCard::getChallenge(const QByteArray& apdu) {
    if (apdu.size() != 5 || apdu.at(2) != 0 || apdu.at(3) != 0)
        return sw(0x6A86);
    if (m_application != Application::TextAp && m_application != Application::VisualAp)
        return sw(0x6985);
    const int le = static_cast<quint8>(apdu.at(4));
    m_challengeIssued = true;
    return crypto::randomBytes(le == 0 ? 256 : le) + sw(0x9000);
}

QByteArray VirtualMyNumberCard::internalSign(quint8 p1, quint8 p2, const QByteArray& apdu) {
    if (p1 != 0x00 || p2 != 0x00)
        return sw(0x6A86); // only the scheme the counter uses: PKCS#1 v1.5 over the DigestInfo as given
    if (m_application != Application::TextAp && m_application != Application::VisualAp)
        return sw(0x6985);
    if (apdu.size() < 6)
        return sw(0x6700);
    const int lc = static_cast<quint8>(apdu.at(4));
    if (apdu.size() != 6 + lc || lc == 0)
        return sw(0x6700);
    if (!m_challengeIssued)
        return sw(0x6985); // conditions of use not satisfied: sign only after GET CHALLENGE
    m_challengeIssued = false;
    ensureSigned();
    const QByteArray signature = m_signed->chipKey.signDigestInfo(QByteArrayView(apdu).sliced(5, lc));
    if (signature.isEmpty())
        return sw(0x6A80);
    return signature + sw(0x9000);
}

} // namespace madoguchi::card
