// The one door to a card: open a session, send C-APDUs, get R-APDUs, end the session with the card unpowered.
#include "CardTransport.h"

namespace madoguchi::card {

CardTransport::~CardTransport() = default;

} // namespace madoguchi::card
