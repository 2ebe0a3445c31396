// A thin client of the CUPS scheduler over libcups: submit a PDF with its tray, read job and printer state.
#include "CupsClient.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cups/cups.h>

#include <memory>

namespace madoguchi::printer {

namespace {
struct IppDeleter {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using Ipp = std::unique_ptr<ipp_t, IppDeleter>;

QString lastError() {
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(cupsLastErrorString()),
                                         QString::fromLatin1(ippErrorString(cupsLastError())));
}

QStringList strings(ipp_t* response, const char* name) {
    QStringList values;
    if (ipp_attribute_t* attr = ippFindAttribute(response, name, IPP_TAG_ZERO)) {
        for (int i = 0; i < ippGetCount(attr); ++i) {
            const char* text = ippGetString(attr, i, nullptr);
            if (text && qstrcmp(text, "none") != 0)
                values << QString::fromUtf8(text);
        }
    }
    return values;
}

QString printerUri(const QString& queue) {
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0, "/printers/%s",
                     queue.toUtf8().constData());
    return QString::fromUtf8(uri);
}

Ipp request(ipp_op_t op) {
    Ipp req(ippNewRequest(op));
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    return req;
}
} // namespace

CupsClient::CupsClient(QString server)
    : m_server(std::move(server)) {}

CupsClient::~CupsClient() {
    if (m_http)
        httpClose(m_http);
}

QString CupsClient::server() const {
    return m_server.isEmpty() ? QString::fromUtf8(cupsServer()) : m_server;
}

bool CupsClient::connect(QString* detail) {
    if (m_http)
        return true;
    QString host = server();
    int port = ippPort();
    if (!host.startsWith(QLatin1Char('/'))) {
        const int colon = static_cast<int>(host.lastIndexOf(QLatin1Char(':')));
        if (colon > 0 && !host.contains(QLatin1Char(']'), Qt::CaseSensitive)) {
            bool ok = false;
            const int p = host.mid(colon + 1).toInt(&ok);
            if (ok) {
                port = p;
                host = host.left(colon);
            }
        }
    }
    m_http = httpConnect2(host.toUtf8().constData(), port, nullptr, AF_UNSPEC, cupsEncryption(), 1, 5000, nullptr);
    if (!m_http) {
        if (detail)
            *detail = QStringLiteral("cannot connect to the CUPS server %1: %2").arg(server(), lastError());
        return false;
    }
    httpSetTimeout(m_http, 10.0, nullptr, nullptr);
    return true;
}

bool CupsClient::ensure() {
    return connect(nullptr);
}

Submission CupsClient::submit(const QString& queue, const QString& pdfPath, const QString& title, int copies,
                              const QString& trayOption, const QString& tray) {
    Submission result;
    QString detail;
    if (!connect(&detail)) {
        result.detail = detail;
        result.ippStatus = IPP_STATUS_ERROR_SERVICE_UNAVAILABLE;
        return result;
    }
    cups_option_t* options = nullptr;
    int count = 0;
    count = cupsAddOption("document-format", "application/pdf", count, &options);
    if (copies > 1)
        count = cupsAddOption("copies", QByteArray::number(copies).constData(), count, &options);
    // Qt's QPrinter never passes a paper source to CUPS (recipes §8): the tray goes as the queue's own option.
    if (!tray.isEmpty())
        count = cupsAddOption(trayOption.isEmpty() ? "InputSlot" : trayOption.toUtf8().constData(),
                              tray.toUtf8().constData(), count, &options);
    result.jobId = cupsPrintFile2(m_http, queue.toUtf8().constData(), QFile::encodeName(pdfPath).constData(),
                                  title.toUtf8().constData(), count, options);
    cupsFreeOptions(count, options);
    if (result.jobId == 0) {
        result.ippStatus = cupsLastError();
        result.detail = QStringLiteral("CUPS refused the job for %1: %2").arg(queue, lastError());
        if (cupsLastError() >= IPP_STATUS_ERROR_INTERNAL) { // the connection may be gone: reconnect next time
            httpClose(m_http);
            m_http = nullptr;
        }
    }
    return result;
}

QueueState CupsClient::queue(const QString& name) {
    QueueState state;
    if (!connect(&state.detail))
        return state;
    Ipp req = request(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 printerUri(name).toUtf8().constData());
    static const char* const wanted[] = {"printer-state", "printer-state-reasons", "printer-state-message",
                                         "printer-is-accepting-jobs"};
    ippAddStrings(req.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, wanted);
    Ipp response(cupsDoRequest(m_http, req.release(), "/"));
    const ipp_status_t status = cupsLastError();
    if (!response || status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE || status == IPP_STATUS_ERROR_INTERNAL) {
        state.detail = lastError();
        httpClose(m_http);
        m_http = nullptr;
        return state;
    }
    state.reachable = true;
    if (status == IPP_STATUS_ERROR_NOT_FOUND || status > IPP_STATUS_OK_EVENTS_COMPLETE) {
        state.detail = lastError();
        return state;
    }
    state.exists = true;
    if (ipp_attribute_t* a = ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM))
        state.state = ippGetInteger(a, 0);
    if (ipp_attribute_t* a = ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        state.accepting = ippGetBoolean(a, 0) != 0;
    state.reasons = strings(response.get(), "printer-state-reasons");
    const QStringList message = strings(response.get(), "printer-state-message");
    state.message = message.isEmpty() ? QString() : message.first();
    return state;
}

std::optional<JobState> CupsClient::job(int jobId) {
    if (!ensure())
        return std::nullopt;
    Ipp req = request(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, "ipp://localhost/");
    ippAddInteger(req.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    static const char* const wanted[] = {"job-state", "job-state-reasons", "job-printer-state-message"};
    ippAddStrings(req.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, wanted);
    Ipp response(cupsDoRequest(m_http, req.release(), "/"));
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE) {
        if (cupsLastError() >= IPP_STATUS_ERROR_INTERNAL) {
            httpClose(m_http);
            m_http = nullptr;
        }
        return std::nullopt;
    }
    JobState state;
    if (ipp_attribute_t* a = ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM))
        state.state = ippGetInteger(a, 0);
    state.reasons = strings(response.get(), "job-state-reasons");
    const QStringList message = strings(response.get(), "job-printer-state-message");
    state.message = message.isEmpty() ? QString() : message.first();
    return state;
}

QString CupsClient::jobAttribute(int jobId, const QString& name) {
    if (!ensure())
        return {};
    Ipp req = request(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, "ipp://localhost/");
    ippAddInteger(req.get(), IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    const QByteArray attribute = name.toUtf8();
    const char* wanted[] = {attribute.constData()};
    ippAddStrings(req.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 1, nullptr, wanted);
    Ipp response(cupsDoRequest(m_http, req.release(), "/"));
    if (!response)
        return {};
    const QStringList values = strings(response.get(), attribute.constData());
    return values.join(QLatin1Char(','));
}

std::optional<Trays> CupsClient::trays(const QString& queue) {
    if (!ensure())
        return std::nullopt;
    // A queue with a PPD (driver or generated by CUPS for a driverless printer): its InputSlot choices.
    QTemporaryFile file;
    if (!file.open())
        return std::nullopt;
    const QByteArray resource = QStringLiteral("/printers/%1.ppd").arg(queue).toUtf8();
    const http_status_t status = cupsGetFd(m_http, resource.constData(), file.handle());
    if (status == HTTP_STATUS_OK) {
        file.seek(0);
        Trays trays{QStringLiteral("InputSlot"), {}};
        static const QRegularExpression choice(QStringLiteral("^\\*InputSlot\\s+([^/:\\s]+)"));
        const QString ppd = QString::fromLatin1(file.readAll());
        for (const QString& line : ppd.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = choice.match(line);
            if (m.hasMatch())
                trays.choices << m.captured(1);
        }
        return trays;
    }
    // No PPD (an IPP Everywhere queue): the printer's own media-source keywords.
    Ipp req = request(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(req.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 printerUri(queue).toUtf8().constData());
    const char* wanted[] = {"media-source-supported"};
    ippAddStrings(req.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 1, nullptr, wanted);
    Ipp response(cupsDoRequest(m_http, req.release(), "/"));
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return std::nullopt;
    return Trays{QStringLiteral("media-source"), strings(response.get(), "media-source-supported")};
}

bool CupsClient::cancel(int jobId) {
    if (!ensure())
        return false;
    return cupsCancelJob2(m_http, nullptr, jobId, 0) == IPP_STATUS_OK;
}

} // namespace madoguchi::printer
