// Runs card operations on a worker thread and reports by signal, so PC/SC never blocks the GUI thread.
#include "AsyncCardReader.h"

#include "CardTransport.h"

#include <QPointer>
#include <QThread>

namespace madoguchi::card {

struct AsyncCardReader::Worker {
    TransportFactory factory;
    QThread* thread = nullptr;
    bool busy = false; // on the owner's thread: set by start, cleared when the result is delivered
};

AsyncCardReader::AsyncCardReader(TransportFactory factory, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>()) {
    qRegisterMetaType<CardResult<TriesLeft>>();
    qRegisterMetaType<CardResult<CardData>>();
    m_worker->factory = std::move(factory);
}

AsyncCardReader::~AsyncCardReader() {
    waitForIdle();
}

bool AsyncCardReader::isBusy() const {
    return m_worker->busy;
}

void AsyncCardReader::waitForIdle() {
    if (m_worker->thread == nullptr)
        return;
    m_worker->thread->wait();
    delete m_worker->thread;
    m_worker->thread = nullptr;
}

bool AsyncCardReader::start(std::function<void(MyNumberCard&)> operation,
                            std::function<void(CardError)> onTransportError) {
    if (isBusy())
        return false;
    waitForIdle(); // the previous thread has delivered its result and is ending
    m_worker->busy = true;
    m_worker->thread = QThread::create([factory = m_worker->factory, operation = std::move(operation),
                                        onTransportError = std::move(onTransportError)] {
        CardResult<std::unique_ptr<CardTransport>> transport = factory();
        if (!transport.ok()) {
            onTransportError(transport.error());
            return;
        }
        MyNumberCard card(*transport.value());
        operation(card);
    });
    m_worker->thread->setObjectName(QStringLiteral("CardRead"));
    m_worker->thread->start();
    return true;
}

bool AsyncCardReader::readTriesLeft() {
    QPointer<AsyncCardReader> self(this);
    auto deliver = [self](CardResult<TriesLeft> result) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (self) {
                    self->m_worker->busy = false;
                    Q_EMIT self->triesLeftRead(result);
                }
            },
            Qt::QueuedConnection);
    };
    return start([deliver](MyNumberCard& card) { deliver(card.readTriesLeft()); },
                 [deliver](CardError error) { deliver(std::move(error)); });
}

namespace {
// The secret moves into the operation and is wiped when the operation has used it, on the worker thread.
std::function<void(MyNumberCard&)> readOperation(std::shared_ptr<CardSecret> secret, ReadOptions options,
                                                 std::function<void(CardResult<CardData>)> deliver) {
    return [secret, options, deliver](MyNumberCard& card) {
        if (secret->kind() == CardSecret::Kind::Pin)
            deliver(card.readWithPin(std::move(*secret), options));
        else
            deliver(card.readWithCodeB(std::move(*secret), options));
    };
}
} // namespace

bool AsyncCardReader::readWithPin(CardSecret pin, const ReadOptions& options) {
    if (isBusy())
        return false;
    QPointer<AsyncCardReader> self(this);
    auto deliver = [self](CardResult<CardData> result) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (self) {
                    self->m_worker->busy = false;
                    Q_EMIT self->cardRead(result);
                }
            },
            Qt::QueuedConnection);
    };
    auto secret = std::make_shared<CardSecret>(std::move(pin));
    return start(readOperation(secret, options, deliver), [deliver, secret](CardError error) {
        secret->wipe();
        deliver(std::move(error));
    });
}

bool AsyncCardReader::readWithCodeB(CardSecret codeB, const ReadOptions& options) {
    return readWithPin(std::move(codeB), options); // the secret's kind picks the path
}

} // namespace madoguchi::card
