// What the counter screens need besides the visit: staff sign-in, the sync state, and opening PDFs for printing.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"
#include "supervisor/VoidRequests.h"

#include <QObject>
#include <QString>

#include <functional>

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
    // The screen locked after inactivity: the session and the visit stay behind it; audited (staff.screen_locked).
    virtual void lock() = 0;
    // Opens the lock for the same staff member, or a supervisor (who then acts from here on); audited
    // (staff.screen_unlocked). Anyone else is refused (staff.unlock_refused) and the screen stays locked. The same
    // back-off and lockout as a sign-in; the password is compared and dropped.
    virtual SignIn unlock(const QString& login, const QString& password) = 0;
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

// Issued certificates at the counter (取消・再交付): found at the centre by serial or by the QR code printed on them,
// a void requested, a direct void, a reissue under a new serial — as the signed-in person, who may or may not do
// it: the core (supervisor::VoidDesk, staff::authorize) decides and audits, never the screen. The answers come on
// `context`'s thread; nothing here blocks the caller.
class DocumentDesk {
public:
    virtual ~DocumentDesk() = default;
    virtual void find(QObject* context, const QString& serialOrScan,
                      std::function<void(Result<supervisor::DocumentInfo>)> done) = 0;
    virtual void requestVoid(QObject* context, const QString& serial, const QString& reason,
                             std::function<void(Result<QString>)> done) = 0;
    virtual void voidDirectly(QObject* context, const QString& serial, const QString& reason,
                              std::function<void(Outcome)> done) = 0;
    virtual void reissue(QObject* context, const QString& serial, const QString& reason,
                         std::function<void(Result<supervisor::Reissued>)> done) = 0;
};

} // namespace madoguchi::counter
