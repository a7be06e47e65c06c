#pragma once

#include "domain/inspection.h"

#include <QWidget>

#include <optional>
#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace propdesk::gui {

class AppSession;

// The pest-control visit log (消杀登记) of a month: who came from which contractor with which licence, when
// they signed in and out, where and what they treated. Signs an operator in and out.
class PestVisitView : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        SignedIn,
        SignedOut,
        Contractor,
        Operator,
        Licence,
        Areas,
        Treatment,
        Notes,
        ColumnCount
    };

    explicit PestVisitView(AppSession& session, QWidget* parent = nullptr);
    ~PestVisitView() override;

    QDateEdit* monthEdit() const { return m_month; } // its year and month count
    QTableWidget* table() const { return m_table; }
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* signOutButton() const { return m_signOut; }
    std::optional<domain::PestControlVisit> visit(int row) const;

    // What the buttons do: the sign-in dialog; signing the selected visit out now.
    void signIn();
    void signOut();
    void reload();

private:
    void updateActions();

    AppSession& m_session;
    QDateEdit* m_month = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
    std::vector<domain::PestControlVisit> m_visits;
    std::vector<domain::Contractor> m_contractors;
};

} // namespace propdesk::gui
