// Cash reconciliation and closing the day (精算・締め) for the supervisor: per terminal the fees recorded per method
// against the cash counted by denomination, differences with a reason; closing the day (locked until a reopen with a
// reason) and the 窓口業務日報 (nippo) of each terminal with a PDF preview. Through supervisor::CashDesk on the worker.
#pragma once

#include "supervisor/CashDesk.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace madoguchi::supervisor {
class SupervisorBackground;
}

namespace madoguchi::ui {

class PdfPreview;
class SupervisorWindow;

class CashPage final : public QWidget {
    Q_OBJECT
public:
    CashPage(supervisor::SupervisorBackground& background, SupervisorWindow& window, QWidget* parent = nullptr);

    void setDay(const QDate& day);
    void reload();
    const supervisor::DayCash& cash() const { return m_cash; }
    QTableWidget* terminalTable() const { return m_table; }
    // The chosen terminal's cashless payments with their references, then its refunds.
    QTableWidget* cashlessTable() const { return m_cashless; }
    QSpinBox* pieces(int denomination) const { return m_pieces.value(denomination); }
    QLineEdit* differenceReason() const { return m_reason; }
    QLineEdit* reopenReason() const { return m_reopenReason; }
    QPushButton* countButton() const { return m_count; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* reopenButton() const { return m_reopen; }
    QString resultText() const;
    bool lastOk() const { return m_lastOk; }
    // The 日報 written at the last close, one per terminal.
    const QStringList& nippoFiles() const { return m_nippo; }
    PdfPreview* preview() const { return m_preview; }

Q_SIGNALS:
    void loaded();
    void answered(bool ok);

private:
    void showCash(const supervisor::DayCash& cash);
    void selectTerminal();
    void updateTotal();
    void recordCount();
    void closeDay();
    void reopenDay();
    void answer(const Outcome& outcome, const QString& done);
    QString selectedTerminal() const;

    supervisor::SupervisorBackground& m_background;
    SupervisorWindow& m_window;
    supervisor::DayCash m_cash;
    QDateEdit* m_date = nullptr;
    QLabel* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_cashless = nullptr;
    QMap<int, QSpinBox*> m_pieces;
    QLabel* m_total = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_count = nullptr;
    QPushButton* m_close = nullptr;
    QLineEdit* m_reopenReason = nullptr;
    QPushButton* m_reopen = nullptr;
    QLabel* m_result = nullptr;
    QComboBox* m_nippoChoice = nullptr;
    PdfPreview* m_preview = nullptr;
    QStringList m_nippo;
    bool m_lastOk = false;
};

} // namespace madoguchi::ui
