// vpcd-card: puts the virtual My Number card into the vpcd reader of a real pcscd, for integration tests.
// Runs until killed (SIGKILL is the card being pulled out), until vpcd goes away, or until --vanish-after-apdus.
//   --persona ID            which fictitious holder (resources/demo/card-personas.json; --personas FILE for another)
//   --state FILE            keep the PIN / 照合番号 counters in FILE, so they survive a remove + insert like a real
//   card
//   --vanish-after-apdus N  answer N APDUs, then leave the reader (close the vpcd connection) on the next one
//   --no-short-file-ids     refuse the SFI forms of VERIFY / READ BINARY with 6A 86 (SELECT EF fallback)
//   --no-extended-length    refuse READ BINARY with an extended Le with 67 00 (short chunked reads)
#include "CardPersona.h"
#include "VirtualMyNumberCard.h"
#include "VpcdLink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <atomic>
#include <csignal>
#include <cstdio>

using madoguchi::card::CardPersona;
using madoguchi::card::VirtualCard;
using madoguchi::card::VirtualMyNumberCard;

namespace {
std::atomic_bool g_stop{false};
void onSignal(int) {
    g_stop = true;
}

bool loadCounters(const QString& file, VirtualMyNumberCard& card) {
    QFile f(file);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return false;
    card.setCounters({o.value(QStringLiteral("pin")).toInt(), o.value(QStringLiteral("code_a")).toInt(),
                      o.value(QStringLiteral("code_b")).toInt()});
    return true;
}

void saveCounters(const QString& file, const VirtualMyNumberCard::Counters& c) {
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("pin"), c.pin},
                                      {QStringLiteral("code_a"), c.codeA},
                                      {QStringLiteral("code_b"), c.codeB}})
                .toJson(QJsonDocument::Compact));
    f.commit();
}

// The card as vpcd sees it: counters written through to the state file after every APDU that changed them.
class PersistentCard final : public VirtualCard {
public:
    PersistentCard(VirtualMyNumberCard& card, QString stateFile)
        : m_card(card)
        , m_stateFile(std::move(stateFile)) {}
    QByteArray atr() const override { return m_card.atr(); }
    void powerOn() override { m_card.powerOn(); }
    void powerOff() override { m_card.powerOff(); }
    QByteArray transmit(const QByteArray& command) override {
        const auto before = m_card.counters();
        QByteArray response = m_card.transmit(command);
        if (!m_stateFile.isEmpty() && !(m_card.counters() == before))
            saveCounters(m_stateFile, m_card.counters());
        return response;
    }

private:
    VirtualMyNumberCard& m_card;
    QString m_stateFile;
};
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Attach the virtual My Number card to vpcd."));
    parser.addHelpOption();
    parser.addOption(
        {{QStringLiteral("host")}, QStringLiteral("vpcd address."), QStringLiteral("ip"), QStringLiteral("127.0.0.1")});
    parser.addOption({{QStringLiteral("port")},
                      QStringLiteral("vpcd port (35963 = first slot)."),
                      QStringLiteral("port"),
                      QStringLiteral("35963")});
    parser.addOption({{QStringLiteral("persona")},
                      QStringLiteral("Persona id."),
                      QStringLiteral("id"),
                      QStringLiteral("yamada-taro")});
    parser.addOption({{QStringLiteral("personas")},
                      QStringLiteral("Persona file (default: the embedded list)."),
                      QStringLiteral("file"),
                      CardPersona::builtInFile()});
    parser.addOption({{QStringLiteral("state")}, QStringLiteral("Counter state file."), QStringLiteral("file")});
    parser.addOption({{QStringLiteral("vanish-after-apdus")},
                      QStringLiteral("Leave the reader after answering N APDUs."),
                      QStringLiteral("n"),
                      QStringLiteral("-1")});
    parser.addOption({{QStringLiteral("no-short-file-ids")}, QStringLiteral("Refuse SFI forms with 6A 86.")});
    parser.addOption({{QStringLiteral("no-extended-length")}, QStringLiteral("Refuse extended Le with 67 00.")});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        std::fprintf(stderr, "vpcd-card: invalid --port\n");
        return 2;
    }
    const int vanishAfter = parser.value(QStringLiteral("vanish-after-apdus")).toInt(&ok);
    if (!ok) {
        std::fprintf(stderr, "vpcd-card: invalid --vanish-after-apdus\n");
        return 2;
    }
    QString error;
    const auto persona =
        CardPersona::find(parser.value(QStringLiteral("personas")), parser.value(QStringLiteral("persona")), &error);
    if (!persona) {
        std::fprintf(stderr, "vpcd-card: %s\n", qPrintable(error));
        return 2;
    }
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    VirtualMyNumberCard::Behaviour behaviour;
    behaviour.acceptsShortFileIds = !parser.isSet(QStringLiteral("no-short-file-ids"));
    behaviour.acceptsExtendedLength = !parser.isSet(QStringLiteral("no-extended-length"));
    VirtualMyNumberCard card(*persona, behaviour);
    const QString stateFile = parser.value(QStringLiteral("state"));
    if (!stateFile.isEmpty() && !loadCounters(stateFile, card)) {
        std::fprintf(stderr, "vpcd-card: unreadable state file %s\n", qPrintable(stateFile));
        return 2;
    }
    PersistentCard persistent(card, stateFile);
    madoguchi::card::VpcdLink link(persistent, parser.value(QStringLiteral("host")), static_cast<quint16>(port));
    link.setApduLimit(vanishAfter);
    if (!link.serve(g_stop, &error)) {
        std::fprintf(stderr, "vpcd-card: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
