// Everything a counter needs, opened from the settings, with the visit workflow over it.
#pragma once

#include "CounterPorts.h"
#include "Outcome.h"
#include "visit/VisitWorkflow.h"

#include "AsyncCardReader.h"

#include <memory>

namespace madoguchi {
class Settings;
}

namespace madoguchi::counter {

class CounterPrinting;
class ReceptionQueue;
class ResidentLanguages;

// Everything a counter needs, opened from the settings: the stores and keys, the card (PC/SC or simulated), the
// registry, the catalogue, printing, issuance, audit, sync, staff sign-in, and the visit workflow over them.
class CounterServices final {
public:
    struct Options {
        // For tests and demos: where the card comes from instead of the settings' card/simulated choice.
        card::AsyncCardReader::TransportFactory cardTransport;
        // For tests: the clock the visit reads (inactivity, dates printed on forms). Null: the system clock.
        const visit::Clock* clock = nullptr;
        bool startSync = true;
        // Where the issued PDFs go instead of the settings' print/document_dir (scripted visits' --out).
        QString documentDir;
    };

    static Result<std::unique_ptr<CounterServices>> open(const Settings& settings, Options options);
    ~CounterServices();

    visit::VisitWorkflow& visit();
    ReceptionQueue& queue();
    StaffDirectory& staff();
    SyncState& sync();
    // Issued certificates: found by serial or QR code, void requests, voids and reissues (as the signed-in person).
    DocumentDesk& documents();
    const ResidentLanguages& languages() const;
    // The office's printers: issued documents are sent there; reprints are audited.
    CounterPrinting& printing();
    // The clerk who signed in acts in every audit event, registry read and issuance from now on.
    void setClerk(const SignIn& clerk);
    QString terminalId() const;
    // The central store answered when last asked (it is opened in the background, never delaying the start).
    bool centralOpen() const;
    QString documentDir() const;
    // Why the municipality's catalogue was refused at start and what the counter uses instead; empty when it was not.
    QString catalogueRefusal() const;
    // The guidance sheet written when the last visit reached Done (waits until it is written); empty before.
    QString lastGuidanceSheet();
    // Blocks until a running card read has answered (tests, shutdown).
    void waitForCard();

private:
    CounterServices();
    struct Parts;
    std::unique_ptr<Parts> m;
};

} // namespace madoguchi::counter
