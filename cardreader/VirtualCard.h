// A card that exists only in software: answers APDUs the way a physical card would. Used by demo mode and tests.
#pragma once

#include <QByteArray>

namespace madoguchi::card {

class VirtualCard {
public:
    virtual ~VirtualCard() = default;

    virtual QByteArray atr() const = 0;
    // Power on (cold reset). Security state from an earlier session must not survive this.
    virtual void powerOn() = 0;
    virtual void powerOff() = 0;
    // One C-APDU in, one R-APDU (data + SW1 SW2) out.
    virtual QByteArray transmit(const QByteArray& commandApdu) = 0;
};

} // namespace madoguchi::card
