// What the counter screens need besides the visit: staff sign-in, the sync state, and opening PDFs for printing.
#pragma once

#include "staff/Authorization.h"

#include <QObject>
#include <QString>

namespace madoguchi::counter {

struct SignIn {
    bool ok = false;
    QString staffId;
    QString displayName;
    QString message;            // translated, when refused
    staff::Principal principal; // who acts in the core from now on (role included)
};

class StaffDirectory {
public:
    virtual ~StaffDirectory() = default;
    // The password is compared and dropped; never stored or logged. Sign-in and refusal are audited.
    virtual SignIn signIn(const QString& login, const QString& password) = 0;
    // The signed-in clerk's session ends (reason: "signed out", "idle lock"…); audited.
    virtual void signOut(const QString& reason) = 0;
};

// Online / offline with n visits waiting to reach the central store: always visible on the clerk's screen.
class SyncState : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual bool online() const = 0;
    virtual int waiting() const = 0;
    virtual void syncNow() = 0;

Q_SIGNALS:
    void changed();
};

} // namespace madoguchi::counter
