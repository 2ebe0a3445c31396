// A software model of the My Number card (個人番号カード) with fictitious holder data, for demo mode and tests.
#pragma once

#include "VirtualCard.h"

namespace madoguchi::card {

class VirtualMyNumberCard final : public VirtualCard {
public:
    QByteArray atr() const override;
    void powerOn() override;
    void powerOff() override;
    QByteArray transmit(const QByteArray& commandApdu) override;

private:
    enum class Application { None, TextAp, JpkiAp };
    Application m_selected = Application::None;
};

} // namespace madoguchi::card
