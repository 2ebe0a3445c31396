// Turning PC/SC return codes into text for the log.
#pragma once

#include <QString>

namespace madoguchi::card {

// The pcsc-lite name and description of a return code, e.g. "SCARD_E_NO_SERVICE (0x8010001D): Service not available".
QString pcscErrorText(long code);

// True when the code means the PC/SC service itself is gone and the context must be re-established.
bool pcscServiceLost(long code);

} // namespace madoguchi::card
