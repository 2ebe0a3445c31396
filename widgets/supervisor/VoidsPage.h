// Voids and reissues (取消・再交付) for the supervisor: the clerks' void requests to approve or refuse with a reason, a
// direct void, a reissue under a new serial — all through supervisor::VoidDesk on the worker, audited there.
#pragma once

#include "supervisor/VoidRequests.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace madoguchi::supervisor {
class SupervisorBackground;
}

namespace madoguchi::ui {

class SupervisorWindow;

class VoidsPage final : public QWidget {
    Q_OBJECT
public:
    VoidsPage(supervisor::SupervisorBackground& background, SupervisorWindow& window, QWidget* parent = nullptr);

    void reload();
    QTableWidget* requestTable() const { return m_requests; }
    const QList<supervisor::VoidRequest>& requests() const { return m_list; }
    QComboBox* stateFilter() const { return m_state; }
    QLineEdit* decisionReason() const { return m_decisionReason; }
    QLineEdit* serialEdit() const { return m_serial; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* refuseButton() const { return m_refuse; }
    QPushButton* voidButton() const { return m_void; }
    QPushButton* reissueButton() const { return m_reissue; }
    // The last answer (done or refused), as the supervisor reads it.
    QString resultText() const;
    bool lastOk() const { return m_lastOk; }
    // The serial and verification code of the last reissue.
    const supervisor::Reissued& lastReissue() const { return m_reissued; }

Q_SIGNALS:
    void listed();
    void answered(bool ok);

private:
    void decide(bool approve);
    void voidDirectly();
    void reissue();
    void showAnswer(const Outcome& outcome, const QString& done);

    supervisor::SupervisorBackground& m_background;
    SupervisorWindow& m_window;
    QList<supervisor::VoidRequest> m_list;
    QComboBox* m_state = nullptr;
    QTableWidget* m_requests = nullptr;
    QLineEdit* m_decisionReason = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_refuse = nullptr;
    QLineEdit* m_serial = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_reissue = nullptr;
    QLabel* m_result = nullptr;
    bool m_lastOk = false;
    supervisor::Reissued m_reissued;
};

} // namespace madoguchi::ui
