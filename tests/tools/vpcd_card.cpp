// vpcd-card: puts the virtual My Number card into the vpcd reader of a real pcscd, for integration tests.
// Runs until killed (SIGKILL is the card being pulled out) or until vpcd goes away.
#include "VirtualMyNumberCard.h"
#include "VpcdLink.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {
std::atomic_bool g_stop{false};
void onSignal(int) {
    g_stop = true;
}
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
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        std::fprintf(stderr, "vpcd-card: invalid --port\n");
        return 2;
    }
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    madoguchi::card::VirtualMyNumberCard card;
    madoguchi::card::VpcdLink link(card, parser.value(QStringLiteral("host")), static_cast<quint16>(port));
    QString error;
    if (!link.serve(g_stop, &error)) {
        std::fprintf(stderr, "vpcd-card: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
