// Versioned migrations of the terminal's local store and of the central store (PostgreSQL or its SQLite stand-in).
#pragma once

#include "Connection.h"

namespace madoguchi::store {

enum class Schema { Local, Central };

class Migrations {
public:
    static int latestVersion(Schema schema);
    // 0 for an empty database.
    static int currentVersion(const Connection& connection);
    // Applies every missing version up to `target` (-1: the latest), each in its own transaction.
    static Outcome migrate(const Connection& connection, Schema schema, int target = -1);
};

} // namespace madoguchi::store
