#pragma once

#include <QWidget>

class QSplitter;

namespace propdesk::gui {

class AppSession;
class DispatchBoardView;
class IntakeForm;

// The front desk: the intake form for the call at hand beside the dispatch board, on which a newly logged
// order appears (selected) at once. The splitter position is kept in QSettings ("frontdesk/splitter").
class FrontDeskPage : public QWidget
{
    Q_OBJECT

public:
    explicit FrontDeskPage(AppSession& session, QWidget* parent = nullptr);
    ~FrontDeskPage() override;

    IntakeForm* intakeForm() const { return m_intake; }
    DispatchBoardView* board() const { return m_board; }

private:
    QSplitter* m_splitter = nullptr;
    IntakeForm* m_intake = nullptr;
    DispatchBoardView* m_board = nullptr;
};

} // namespace propdesk::gui
