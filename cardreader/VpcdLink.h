// Attaches a VirtualCard to the vsmartcard vpcd reader driver, so it appears as a card in a real pcscd.
#pragma once

#include <QString>

#include <atomic>

namespace madoguchi::card {

class VirtualCard;

// vpcd's protocol: the card is a TCP client of the reader driver; every message is a 2-byte big-endian length and a
// payload; a 1-byte payload is a control (0 power off, 1 power on, 2 reset, 4 send the ATR), anything longer is a
// C-APDU answered by an R-APDU. Closing the connection is the card leaving the reader.
class VpcdLink {
public:
    VpcdLink(VirtualCard& card, QString host, quint16 port);

    // Connects (retrying while the reader driver is not yet listening) and serves until `stop` becomes true or the
    // reader driver goes away. Returns false with `error` set when it could not serve at all.
    bool serve(const std::atomic_bool& stop, QString* error);

    // After answering `count` APDUs, the next one closes the connection unanswered: the card leaves the reader in
    // the middle of a command. -1 (the default): never.
    void setApduLimit(int count) { m_apduLimit = count; }

private:
    bool serveConnection(int fd, const std::atomic_bool& stop, QString* error);

    VirtualCard& m_card;
    QString m_host;
    quint16 m_port;
    int m_apduLimit = -1;
};

} // namespace madoguchi::card
