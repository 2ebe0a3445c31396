// Reference data the centre publishes and terminals receive with every sync: the catalogue's version and its fees.
#pragma once

#include "Outcome.h"

namespace madoguchi::catalogue {
class Catalogue;
}

namespace madoguchi::store {

class Connection;

// Upserts `catalogue` (file versions) and `fees` (procedure id → {amount, per}) into the central reference_data.
Outcome publishCatalogue(const Connection& central, const catalogue::Catalogue& catalogue);

} // namespace madoguchi::store
