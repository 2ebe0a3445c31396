// What PC/SC can see at one moment: is the service there, which readers, which of them hold a card.
#include "ReaderState.h"

#include <QStringList>

namespace madoguchi::card {

const ReaderInfo* ReaderSnapshot::reader(const QString& name) const {
    for (const ReaderInfo& info : readers) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

bool ReaderSnapshot::anyCardPresent() const {
    return std::any_of(readers.cbegin(), readers.cend(), [](const ReaderInfo& r) { return r.cardPresent; });
}

QString describe(const ReaderSnapshot& snapshot) {
    switch (snapshot.service) {
    case ReaderSnapshot::Service::Unknown:
        return QStringLiteral("pcscd not asked yet");
    case ReaderSnapshot::Service::Unreachable:
        return QStringLiteral("pcscd unreachable: %1").arg(snapshot.detail);
    case ReaderSnapshot::Service::Running:
        break;
    }
    QStringList parts{QStringLiteral("pcscd running; %1 reader(s)").arg(snapshot.readers.size())};
    for (const ReaderInfo& r : snapshot.readers) {
        parts << QStringLiteral("%1: %2").arg(
            r.name, r.cardPresent ? QStringLiteral("card %1").arg(QString::fromLatin1(r.atr.toHex().toUpper()))
                                  : QStringLiteral("empty"));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace madoguchi::card
