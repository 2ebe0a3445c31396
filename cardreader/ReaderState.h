// What PC/SC can see at one moment: is the service there, which readers, which of them hold a card.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace madoguchi::card {

struct ReaderInfo {
    QString name;
    bool cardPresent = false;
    bool cardInUse = false; // another process holds the card exclusively
    bool mute = false;      // a card is in but does not answer (inserted the wrong way, damaged)
    QByteArray atr;

    friend bool operator==(const ReaderInfo&, const ReaderInfo&) = default;
};

struct ReaderSnapshot {
    enum class Service {
        Unknown,     // nothing asked yet
        Unreachable, // pcscd is not running or not answering
        Running,
    };
    Service service = Service::Unknown;
    QList<ReaderInfo> readers;
    QString detail; // technical detail for the log (PC/SC return code), never shown as the only message

    const ReaderInfo* reader(const QString& name) const;
    bool anyCardPresent() const;

    friend bool operator==(const ReaderSnapshot&, const ReaderSnapshot&) = default;
};

// One line for the log, e.g. "pcscd running; 2 readers; Virtual PCD 00 00: card 3BE000FF...".
QString describe(const ReaderSnapshot& snapshot);

} // namespace madoguchi::card

Q_DECLARE_METATYPE(madoguchi::card::ReaderSnapshot)
