#pragma once

#include "domain/ids.h"

#include <QWidget>

#include <optional>

class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace propdesk::gui {

class AppSession;
class ComplaintRevisitQueueModel;

// The complaint revisit queue (回访): the current site's replied complaints waiting for their revisit call,
// the longest waiting first. Double-click or Enter (or the button) opens the revisit dialog; the selection
// is announced, so that the page can show the complaint beside the queue.
class ComplaintRevisitQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintRevisitQueueView(AppSession& session, QWidget* parent = nullptr);
    ~ComplaintRevisitQueueView() override;

    ComplaintRevisitQueueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    std::optional<domain::ComplaintId> currentComplaint() const;
    void selectComplaint(domain::ComplaintId id);
    // Opens the revisit dialog for the complaint in this row (as a double-click does).
    void openRevisit(const QModelIndex& index);

signals:
    void complaintSelected(propdesk::domain::ComplaintId id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void currentChanged();
    void updateSummary();

    AppSession& m_session;
    ComplaintRevisitQueueModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_revisitButton = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace propdesk::gui
