// The interpreter at hand: starts the city's interpreting service for the resident's language from either screen.
#pragma once

#include "Interpreters.h"
#include "visit/VisitWorkflow.h"

#include <QObject>
#include <QPointer>

class QProcess;

namespace madoguchi::ui {

// Starts the city's video or phone interpreting service (counter::InterpreterServices) for the visit's language: a
// URL through the desktop (QDesktopServices), a command as a child process (QProcess, never waited for on the GUI
// thread). The visit records and audits the call; a command that ends ends the call, and so does the clerk.
class InterpreterCall final : public QObject {
    Q_OBJECT
public:
    InterpreterCall(visit::VisitWorkflow& visit, counter::InterpreterServices services, QObject* parent = nullptr);
    ~InterpreterCall() override;

    // A service is set up for the visit's language and the visit is where one may be called.
    bool available() const;
    bool active() const { return m_visit.interpreterActive(); }
    bool starting() const; // the service command was started and has not answered yet
    // The service for the visit's language, for the clerk; empty when there is none.
    QString serviceName() const;
    // Starts the call (the visit records and audits it once the service is up); false (and failed() with the reason)
    // when it cannot be started.
    bool start();
    // Ends the call: the visit counts its minutes; a service command still running is asked to stop.
    void end();
    // Starts or ends (the clerk's Ctrl+I).
    void toggle();

Q_SIGNALS:
    void changed();
    void failed(const QString& message); // for the clerk, translated

private:
    void stopProcess();

    visit::VisitWorkflow& m_visit;
    const counter::InterpreterServices m_services;
    QPointer<QProcess> m_process;
};

} // namespace madoguchi::ui
