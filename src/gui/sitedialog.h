#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SiteDialog;
}

namespace propdesk::gui {

class AppSession;
class FieldErrors;

// Adds a site to the open database. OK stores it through the site service; a refusal keeps the dialog
// open with the service's reason next to the field it names. A stored site becomes the current one.
class SiteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SiteDialog(AppSession& session, QWidget* parent = nullptr); // precondition: session.isOpen()
    ~SiteDialog() override;

public slots:
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    AppSession& m_session;
    std::unique_ptr<Ui::SiteDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace propdesk::gui
