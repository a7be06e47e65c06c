#include "desktop.h"

#include "appsession.h"
#include "auditview.h"
#include "complaintspage.h"
#include "dispatchboardview.h"
#include "dispatchslip.h"
#include "exportdialog.h"
#include "frontdeskpage.h"
#include "importdialog.h"
#include "inspectionspage.h"
#include "kpipage.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "securitypage.h"
#include "settingspage.h"
#include "signin.h"
#include "workorderspage.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>

namespace propdesk::gui {

namespace {

// The order the user is looking at on the visible page, for the dispatch slip.
std::optional<domain::WorkOrderId> currentOrder(const MainWindow& window)
{
    const auto module = window.currentModule();
    if (module == MainWindow::Module::FrontDesk) {
        if (auto* page = qobject_cast<FrontDeskPage*>(window.page(*module))) {
            return page->board()->currentOrder();
        }
    }
    if (module == MainWindow::Module::WorkOrders) {
        if (auto* page = qobject_cast<WorkOrdersPage*>(window.page(*module))) {
            return page->currentOrder();
        }
    }
    return std::nullopt;
}

// The pages and File actions of the signed-in user's role, built anew: a new user starts on fresh pages
// that show nothing of the previous user's work, and nobody (signed out) gets no page at all.
void buildPages(MainWindow& window, AppSession& session)
{
    using Module = MainWindow::Module;
    using domain::Permission;
    // With no database open (a damaged one closed to be replaced) nobody may do anything.
    const domain::User user = session.isOpen() ? session.user() : domain::User{};
    const auto offer = [&](Module module, bool allowed, const auto& make) {
        if (allowed) {
            window.addPage(module, make(), MainWindow::moduleTitle(module), MainWindow::moduleIcon(module));
        } else {
            window.removePage(module);
        }
    };
    offer(Module::FrontDesk, user.can(Permission::LogWorkOrder), [&] { return new FrontDeskPage(session); });
    offer(Module::WorkOrders, user.can(Permission::ReadRecords), [&] { return new WorkOrdersPage(session); });
    offer(Module::Complaints, user.can(Permission::ReadRecords), [&] {
        auto* page = new ComplaintsPage(session);
        QObject::connect(page, &ComplaintsPage::workOrderRequested, &window, &MainWindow::openWorkOrder);
        return page;
    });
    offer(Module::Patrol, user.can(Permission::ReadRecords), [&] { return new SecurityPage(session); });
    offer(Module::Inspections, user.can(Permission::ReadRecords), [&] { return new InspectionsPage(session); });
    offer(Module::Reports, user.can(Permission::ViewReports) || user.can(Permission::EnterFigures),
          [&] { return new KpiPage(session); });
    offer(Module::Settings, user.role != domain::Role::None, [&] { return new SettingsPage(session); });
    offer(Module::Audit, user.can(Permission::ViewAudit), [&] { return new AuditView(session); });

    window.importAction()->setVisible(user.can(Permission::ImportWorkOrders));
    window.exportAction()->setVisible(user.can(Permission::ExportWorkOrders));
    window.printAction()->setVisible(user.can(Permission::ReadRecords));
    window.switchUserAction()->setVisible(session.isOpen());
    // Only a stored account has a password (not PropDesk itself, nor the tests' and tools' fixed users).
    window.passwordAction()->setVisible(user.account.has_value());
}

// Signs the user out and has somebody sign in; the dialog cannot be put aside: giving up quits PropDesk.
void switchUser(AppSession& session, MainWindow& window)
{
    if (!session.isOpen()) {
        return;
    }
    session.signOut();
    if (signInModal(session.workspace(), &window, MainWindow::tr("Quit PropDesk"))) {
        session.reloadUser();
        return;
    }
    // Nobody is signed in: the window closes (saving its geometry) and PropDesk ends.
    QApplication::closeAllWindows();
}

} // namespace

std::unique_ptr<MainWindow> createMainWindow(AppSession& session)
{
    auto window = std::make_unique<MainWindow>(session);
    MainWindow* w = window.get();
    buildPages(*w, session);
    QObject::connect(&session, &AppSession::userChanged, w, [&session, w] { buildPages(*w, session); });

    QObject::connect(w->importAction(), &QAction::triggered, w, [&session, w] {
        ImportDialog dialog(session, w);
        dialog.exec();
    });
    QObject::connect(w->exportAction(), &QAction::triggered, w, [&session, w] {
        ExportDialog dialog(session, w);
        dialog.exec();
    });
    QObject::connect(w->printAction(), &QAction::triggered, w, [&session, w] {
        const auto id = currentOrder(*w);
        if (!id) {
            QMessageBox::information(w, MainWindow::tr("Print dispatch slip"),
                                     MainWindow::tr("Select an order on the dispatch board, in the revisit queue or "
                                                    "in the history first."));
            return;
        }
        previewSlip(session, *id, w);
    });
    QObject::connect(w->switchUserAction(), &QAction::triggered, w, [&session, w] { switchUser(session, *w); });
    QObject::connect(w->passwordAction(), &QAction::triggered, w, [&session, w] {
        PasswordDialog dialog(session.workspace(), PasswordDialog::Mode::ChangeOwn, w);
        dialog.exec();
    });
    return window;
}

} // namespace propdesk::gui
