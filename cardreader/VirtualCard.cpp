// A card that exists only in software: answers APDUs the way a physical card would. Used by demo mode and tests.
#include "VirtualCard.h"
