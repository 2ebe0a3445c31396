// Staff accounts (職員アカウント) in the central store: added only by an admin, or the very first admin by bootstrap.
#pragma once

#include "Authorization.h"

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::staff {

struct NewAccount {
    QString login;       // 2–32 of a-z 0-9 . _ -, starting with a letter or digit
    QString displayName; // 1–64 characters, no control characters
    domain::Role role = domain::Role::Clerk;
};

// Field checks for a new account; the message says what to change.
Outcome validateAccount(const NewAccount& account);
// 8–256 characters, not only spaces.
Outcome validatePassword(const QString& password);

// True when the central store has no staff account at all: then, and only then, the first admin may be created
// without signing in (the bootstrap of a new installation).
bool staffTableEmpty(const store::Connection& central, bool* ok = nullptr);

struct AddedAccount {
    QString id;
    bool bootstrap = false; // created as the first admin, without a signed-in admin
};

// Adds the account (the password is hashed with Argon2id and wiped). `who` must be an admin (Action::ManageStaff);
// when nobody is signed in, only the first admin of an empty staff table is accepted.
Result<AddedAccount> addAccount(const store::Connection& central, const Principal& who, const NewAccount& account,
                                QString& password);

} // namespace madoguchi::staff
