#include "desktop.h"

#include "appsession.h"
#include "dispatchboardview.h"
#include "dispatchslip.h"
#include "exportdialog.h"
#include "frontdeskpage.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "settingspage.h"
#include "workorderspage.h"

#include <QAction>
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

} // namespace

std::unique_ptr<MainWindow> createMainWindow(AppSession& session)
{
    auto window = std::make_unique<MainWindow>(session);
    using Module = MainWindow::Module;
    const auto add = [&](Module module, QWidget* page) {
        window->addPage(module, page, MainWindow::moduleTitle(module), MainWindow::moduleIcon(module));
    };
    add(Module::FrontDesk, new FrontDeskPage(session));
    add(Module::WorkOrders, new WorkOrdersPage(session));
    add(Module::Settings, new SettingsPage(session));

    MainWindow* w = window.get();
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
    for (auto* action : {w->importAction(), w->exportAction(), w->printAction()}) {
        action->setVisible(true);
    }
    return window;
}

} // namespace propdesk::gui
