// Attaches a VirtualCard to the vsmartcard vpcd reader driver, so it appears as a card in a real pcscd.
#include "VpcdLink.h"

#include "CardLogging.h"
#include "VirtualCard.h"

#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace madoguchi::card {

namespace {
// vpcd writes the length and the payload in two send()s without TCP_NODELAY: with delayed ACKs every message would
// wait ~40 ms. Asking for a quick ACK before each read removes that delay.
void quickAck(int fd) {
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
}

// Reads exactly n bytes; 0 = peer closed, -1 = error, -2 = stop requested while waiting.
int readExactly(int fd, char* out, size_t n, const std::atomic_bool& stop) {
    size_t got = 0;
    while (got < n) {
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, 100);
        if (stop)
            return -2;
        if (ready == 0)
            continue;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return -1;
        quickAck(fd);
        const ssize_t r = ::recv(fd, out + got, n - got, 0);
        if (r == 0)
            return 0;
        if (r < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        got += static_cast<size_t>(r);
    }
    return 1;
}

bool writeMessage(int fd, const QByteArray& payload) {
    QByteArray frame;
    frame.reserve(payload.size() + 2);
    frame.append(static_cast<char>((payload.size() >> 8) & 0xFF));
    frame.append(static_cast<char>(payload.size() & 0xFF));
    frame.append(payload);
    qsizetype sent = 0;
    while (sent < frame.size()) {
        const ssize_t w = ::send(fd, frame.constData() + sent, static_cast<size_t>(frame.size() - sent), MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        sent += w;
    }
    return true;
}
} // namespace

VpcdLink::VpcdLink(VirtualCard& card, QString host, quint16 port)
    : m_card(card)
    , m_host(std::move(host))
    , m_port(port) {}

bool VpcdLink::serve(const std::atomic_bool& stop, QString* error) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(m_port);
    if (::inet_pton(AF_INET, m_host.toLatin1().constData(), &addr.sin_addr) != 1) {
        *error = QStringLiteral("not an IPv4 address: %1").arg(m_host);
        return false;
    }
    while (!stop) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
            ::close(fd);
            QThread::msleep(50); // the reader driver is not listening yet
            continue;
        }
        qCInfo(lcCard) << "virtual card attached to vpcd on port" << m_port;
        const bool ok = serveConnection(fd, stop, error);
        ::close(fd);
        m_card.powerOff();
        return ok;
    }
    return true;
}

bool VpcdLink::serveConnection(int fd, const std::atomic_bool& stop, QString* error) {
    while (!stop) {
        char header[2];
        int r = readExactly(fd, header, 2, stop);
        if (r == -2)
            return true;
        if (r == 0) {
            qCInfo(lcCard) << "vpcd closed the connection";
            return true;
        }
        if (r < 0) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        const size_t length = (static_cast<unsigned char>(header[0]) << 8) | static_cast<unsigned char>(header[1]);
        QByteArray payload(static_cast<qsizetype>(length), Qt::Uninitialized);
        r = length == 0 ? 1 : readExactly(fd, payload.data(), length, stop);
        if (r <= 0)
            return r != -1;
        if (payload.size() == 1) {
            switch (static_cast<unsigned char>(payload.at(0))) {
            case 0x00:
                m_card.powerOff();
                break;
            case 0x01:
            case 0x02:
                m_card.powerOff();
                m_card.powerOn();
                break;
            case 0x04:
                if (!writeMessage(fd, m_card.atr()))
                    return false;
                break;
            default:
                qCWarning(lcCard) << "unknown vpcd control byte" << Qt::hex << static_cast<int>(payload.at(0));
            }
            continue;
        }
        if (m_apduLimit == 0) {
            qCInfo(lcCard) << "virtual card leaves the reader in the middle of an APDU";
            return true;
        }
        if (m_apduLimit > 0)
            --m_apduLimit;
        if (!writeMessage(fd, m_card.transmit(payload)))
            return false;
    }
    return true;
}

} // namespace madoguchi::card
