// The interpreter at hand: the city's service started for the resident's language.
#include "InterpreterCall.h"

#include "UiLogging.h"

#include <QDesktopServices>
#include <QProcess>

namespace madoguchi::ui {

using Step = visit::VisitWorkflow::Step;

InterpreterCall::InterpreterCall(visit::VisitWorkflow& visit, counter::InterpreterServices services, QObject* parent)
    : QObject(parent)
    , m_visit(visit)
    , m_services(std::move(services)) {
    connect(&m_visit, &visit::VisitWorkflow::changed, this, &InterpreterCall::changed);
    // The visit is over (finished, cancelled, timed out): the call goes with it.
    connect(&m_visit, &visit::VisitWorkflow::residentDataDropped, this, &InterpreterCall::stopProcess);
}

InterpreterCall::~InterpreterCall() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // after SIGKILL: at once
    }
}

bool InterpreterCall::available() const {
    const Step step = m_visit.step();
    if (step == Step::Idle || step == Step::Issuing || step == Step::Done)
        return false;
    return m_services.forLanguage(m_visit.language()).has_value();
}

QString InterpreterCall::serviceName() const {
    const auto service = m_services.forLanguage(m_visit.language());
    return service ? service->name : QString();
}

bool InterpreterCall::start() {
    if (active() || starting())
        return true;
    const auto service = m_services.forLanguage(m_visit.language());
    if (!service || !available()) {
        Q_EMIT failed(tr("No interpreting service is set up for this language, or the visit is not at a step where "
                         "one can be called."));
        return false;
    }
    qCInfo(lcUi) << "interpreter: calling the service for" << service->language;
    if (!service->url.isEmpty()) {
        // The desktop starts its handler (browser, softphone) as a process of its own and returns.
        if (!QDesktopServices::openUrl(service->url)) {
            Q_EMIT failed(tr("The interpreting service %1 could not be opened on this terminal.").arg(service->name));
            return false;
        }
        return m_visit.startInterpreter(); // the visit records and audits the call
    }
    auto* process = new QProcess(this);
    m_process = process;
    process->setProgram(service->command.first());
    process->setArguments(service->command.mid(1));
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    connect(process, &QProcess::started, this, [this, process] {
        if (m_process == process)
            m_visit.startInterpreter();
        Q_EMIT changed();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, name = service->name](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        qCWarning(lcUi) << "interpreter: the service command did not start:" << process->errorString();
        const QString why = process->errorString();
        if (m_process == process)
            m_process = nullptr;
        process->deleteLater();
        Q_EMIT failed(tr("The interpreting service %1 could not be started: %2").arg(name, why));
        Q_EMIT changed();
    });
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        qCInfo(lcUi) << "interpreter: the service command ended, code" << code << "status" << status;
        if (m_process == process) {
            m_process = nullptr;
            m_visit.endInterpreter();
        }
        process->deleteLater();
        Q_EMIT changed();
    });
    process->start(); // asynchronous: started() or errorOccurred() come later on this thread
    Q_EMIT changed();
    return true;
}

bool InterpreterCall::starting() const {
    return m_process && m_process->state() == QProcess::Starting;
}

void InterpreterCall::end() {
    m_visit.endInterpreter();
    stopProcess();
}

void InterpreterCall::toggle() {
    if (active() || starting())
        end();
    else
        start();
}

void InterpreterCall::stopProcess() {
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr; // its end no longer ends a call
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    process->terminate(); // it goes when it has ended (finished → deleteLater)
}

} // namespace madoguchi::ui
