// propdesk_screenshots: the documentation's screenshots (docs/images, docs/user-guide.md), taken from the real
// main window and dialogs over a fresh demo database at a fixed time (Tuesday 2026-11-17 14:30, Shanghai) with
// three calls of the last two hours added, so that every run shows the same orders, deadlines and countdowns. Run it
// under a display (scripts/screenshots.sh uses xvfb-run):
//
//   propdesk_screenshots OUTPUT_DIR [--language en|zh_CN]...
//
// writes OUTPUT_DIR/<screen>-<language>.png for each language (default: both) and the dispatch slip as
// slip-a5-<language>.pdf and slip-a4-<language>.pdf, which the script turns into PNG with pdftoppm.
//
// Dialogs are opened without blocking (show() or the actions' own open()) and closed again without writing:
// the database holds only the demo site, its accounts and the three calls (and, for the backup page, two
// backups). The two boxes the application shows with exec() (About, the print preview) are grabbed from a
// timer inside their event loop. The window is the supervisor 李静's (lijing), as the demo's sign-in screen
// offers it; the users and backup pages are the administrator's.

#include "domain/clock.h"
#include "domain/user.h"
#include "gui/appsession.h"
#include "gui/backuppage.h"
#include "gui/complaintboardmodel.h"
#include "gui/complaintboardview.h"
#include "gui/complaintintakeform.h"
#include "gui/complaintspage.h"
#include "gui/databasecheckjob.h"
#include "gui/desktop.h"
#include "gui/dispatchboardview.h"
#include "gui/dispatchdialog.h"
#include "gui/dispatchslip.h"
#include "gui/escalationnotice.h"
#include "gui/eventdialog.h"
#include "gui/eventtimeedit.h"
#include "gui/exportdialog.h"
#include "gui/firstadmindialog.h"
#include "gui/frontdeskpage.h"
#include "gui/historymodel.h"
#include "gui/historyview.h"
#include "gui/importdialog.h"
#include "gui/intakeform.h"
#include "gui/mainwindow.h"
#include "gui/preferences.h"
#include "gui/qtconvert.h"
#include "gui/recoverydialog.h"
#include "gui/revisitdialog.h"
#include "gui/revisitqueuemodel.h"
#include "gui/revisitqueueview.h"
#include "gui/settingspage.h"
#include "gui/signindialog.h"
#include "gui/sitedialog.h"
#include "gui/startup.h"
#include "gui/translations.h"
#include "gui/userdialog.h"
#include "gui/usermodel.h"
#include "gui/userspage.h"
#include "gui/workorderactions.h"
#include "gui/workorderspage.h"
#include "services/demodata.h"
#include "services/intakeservice.h"
#include "services/workorderlists.h"
#include "services/workorderservice.h"
#include "services/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

using namespace propdesk;
using gui::MainWindow;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

// Tuesday 2026-11-17 14:30 in Shanghai (06:30 UTC): a working afternoon whose demo board has late orders.
class FixedClock final : public domain::Clock
{
public:
    domain::Instant now() const override
    {
        using namespace std::chrono;
        return domain::Instant{sys_days{year{2026} / November / 17} + hours{6} + minutes{30}};
    }
};

const QSize kWindowSize(1440, 900);

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "propdesk_screenshots: %s\n", qPrintable(message));
    std::exit(EXIT_FAILURE);
}

// Lets the event loop lay out, run the form's preview timers and paint.
void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

template <typename T>
T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        fail(QStringLiteral("no widget '%1' under %2").arg(QLatin1String(name), parent->objectName()));
    }
    return found;
}

// The visible top-level widget of type T (a dialog the application opened), waiting briefly for it.
template <typename T>
T* visibleWindow()
{
    for (int i = 0; i < 100; ++i) {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* found = qobject_cast<T*>(widget); found && found->isVisible()) {
                return found;
            }
        }
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    fail(QStringLiteral("no visible %1").arg(QLatin1String(T::staticMetaObject.className())));
}

class Shooter
{
public:
    Shooter(QDir output, QString language) : m_output(std::move(output)), m_language(std::move(language)) {}

    QString fileName(const QString& screen, const QString& extension = QStringLiteral("png")) const
    {
        return m_output.filePath(QStringLiteral("%1-%2.%3").arg(screen, m_language, extension));
    }

    void grab(QWidget* widget, const QString& screen) const
    {
        settle();
        const QString name = fileName(screen);
        if (!widget->grab().save(name, "PNG")) {
            fail(QStringLiteral("cannot write %1").arg(name));
        }
        std::printf("%s\n", qPrintable(name));
    }

    // For the boxes the application runs with exec(): grabs the box from inside its event loop, closes it.
    template <typename T>
    void grabModal(const QString& screen, QSize size, const std::function<void()>& open) const
    {
        bool taken = false;
        QTimer::singleShot(0, [&] {
            auto* box = visibleWindow<T>();
            if (size.isValid()) {
                box->resize(size);
            }
            settle(800);
            grab(box, screen);
            taken = true;
            box->reject();
        });
        open();
        if (!taken) {
            fail(QStringLiteral("%1 was not shown").arg(screen));
        }
    }

private:
    QDir m_output;
    QString m_language;
};

// A few rows of an import with the mistakes people make: an unknown category, an arrival before the call, a
// missing place, a day that does not exist.
QString writeImportFile(const QDir& folder)
{
    const QString name = folder.filePath(QStringLiteral("repairs-from-old-system.csv"));
    QFile file(name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(QStringLiteral("cannot write %1").arg(name));
    }
    file.write(
        R"(id,site,location,category,urgency,reported_at,arrived_at,completed_at,reporter,phone,technician,description
OLD-0101,DEMO,5-1-1201,plumbing,normal,2026-11-18 09:10,2026-11-18 09:40,2026-11-18 11:00,陈先生,13800138000,王师傅,卫生间地漏堵塞
OLD-0102,DEMO,5-2-0803,electrical,emergency,2026-11-18 20:05,2026-11-18 20:20,2026-11-18 21:10,周女士,13911112222,李师傅,厨房插座跳闸
OLD-0103,DEMO,6-1-0302,水管,normal,2026-11-19 08:30,,,吴先生,13722223333,,阳台水管滴水
OLD-0104,DEMO,6-2-1101,elevator,normal,2026-11-19 08:00,2026-11-19 07:50,,郑女士,13633334444,赵师傅,电梯按钮失灵
OLD-0105,DEMO,,lighting,normal,2026-11-19 10:00,,,孙先生,13544445555,,楼道灯不亮
OLD-0106,DEMO,7-1-0501,doors_windows,normal,2026-11-31 09:00,,,钱女士,13455556666,,窗户关不严
OLD-0107,DEMO,7-2-1603,hvac,normal,2026-11-19 14:00,2026-11-19 15:10,2026-11-19 16:30,冯先生,13366667777,王师傅,空调不制冷
)");
    return name;
}

// Three calls of the last two hours on top of the demo, so that the board shows every colour: one nearly due
// (amber), one on hold (grey), one just logged and not dispatched yet. Through the same use cases as the desk.
void stageCalls(services::Workspace& ws, domain::Instant now)
{
    const auto check = [](const auto& result) {
        if (!result) {
            fail(gui::qs(result.error().describe()));
        }
        return result->header.id;
    };
    const auto call = [&](const char* location, domain::Category category, const char* reporter, const char* phone,
                          const char* description, domain::Instant reported) {
        services::NewWorkOrder order;
        order.siteCode = "DEMO";
        order.location = location;
        order.category = category;
        order.reporter = reporter;
        order.phone = phone;
        order.description = description;
        order.reportedAt = reported;
        return check(ws.workOrders().log(order));
    };
    auto technicians = ws.staff().technicians("DEMO");
    if (!technicians || technicians->empty()) {
        fail(QStringLiteral("the demo site has no technicians"));
    }
    const std::string& technician = technicians->front();

    call("8栋2单元1102", domain::Category::Plumbing, "何丽", "13671234567", "卫生间马桶水箱一直流水",
         now - minutes(24));
    const auto held = call("3栋1单元0602", domain::Category::Electrical, "郭强", "13912345678",
                           "厨房插座没电，空开合不上", now - minutes(120));
    check(ws.workOrders().dispatch(held, technician, now - minutes(116)));
    check(ws.workOrders().arrive(held, now - minutes(98)));
    check(ws.workOrders().hold(held, "等配件：空气开关缺货", now - minutes(80)));
    call("12栋3单元2304", domain::Category::DoorsWindows, "马文", "15898765432", "入户门锁芯卡死，钥匙拧不动",
         now - minutes(2));
}

struct Picks
{
    domain::WorkOrderId overdue;                   // the board's most urgent order
    std::optional<domain::WorkOrderId> logged;     // not dispatched yet: Dispatch…
    std::optional<domain::WorkOrderId> inProgress; // technician there: Complete…
    std::optional<domain::WorkOrderId> dispatched; // Hold… with a time before its last event
    std::optional<domain::WorkOrderSnapshot> recent;
};

Picks pick(gui::AppSession& session)
{
    auto board = session.workspace().workOrderLists().board(session.site()->code);
    if (!board || board->empty()) {
        fail(QStringLiteral("the demo site has no open orders"));
    }
    const auto now = session.clock().now();
    Picks picks;
    bool overdue = false;
    for (const auto& entry : *board) {
        const auto state = services::deadlineState(entry, now);
        const auto status = entry.order.timeline.status();
        if (!overdue && state == services::DeadlineState::Overdue) {
            picks.overdue = entry.order.header.id;
            overdue = true;
        }
        if (!picks.logged && status == domain::WorkOrderStatus::Logged) {
            picks.logged = entry.order.header.id;
        }
        if (!picks.inProgress && status == domain::WorkOrderStatus::InProgress) {
            picks.inProgress = entry.order.header.id;
        }
        if (!picks.dispatched && status == domain::WorkOrderStatus::Dispatched) {
            picks.dispatched = entry.order.header.id;
        }
        if (!picks.recent && entry.order.header.reportedAt > now - hours(24) &&
            entry.order.header.category == domain::Category::Plumbing) {
            picks.recent = entry.order;
        }
    }
    if (!overdue) {
        picks.overdue = board->front().order.header.id;
    }
    return picks;
}

// A place the desk knows, with its last caller, where no plumbing order is open: the form shows the rule and
// the deadlines without a duplicate warning.
domain::KnownLocation quietPlace(gui::AppSession& session)
{
    auto& intake = session.workspace().intake();
    auto places = intake.knownLocations(session.site()->code);
    if (!places) {
        fail(gui::qs(places.error().describe()));
    }
    for (const auto& place : *places) {
        if (place.reporter.empty() || place.phone.empty()) {
            continue;
        }
        services::NewWorkOrder order;
        order.siteCode = session.site()->code;
        order.location = place.location;
        order.category = domain::Category::Plumbing;
        auto duplicates = intake.possibleDuplicates(order);
        if (duplicates && duplicates->empty()) {
            return place;
        }
    }
    fail(QStringLiteral("no known place without an open plumbing order"));
}

void setCategory(gui::IntakeForm* form, domain::Category category)
{
    auto* combo = child<QComboBox>(form, "categoryCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(category)));
}

void describe(gui::IntakeForm* form, const QString& text)
{
    auto* description = child<QPlainTextEdit>(form, "descriptionEdit");
    description->clear();
    description->insertPlainText(text);
}

// The order in the history with the most to show in the detail pane: revisited after a hold, or else any
// revisited one, or else the first row.
int richestRow(const gui::HistoryModel& model)
{
    int revisited = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto& timeline = model.order(row).timeline;
        if (timeline.status() != domain::WorkOrderStatus::Revisited) {
            continue;
        }
        if (!timeline.holds.empty()) {
            return row;
        }
        if (revisited < 0) {
            revisited = row;
        }
    }
    return std::max(revisited, 0);
}

void closeDialog(QDialog* dialog)
{
    dialog->reject();
    settle(100);
}

// Signs a demo account in, as the sign-in dialog does, and lets the window follow.
void signIn(gui::AppSession& session, const char* name)
{
    for (const auto& account : services::demoAccounts()) {
        if (std::string_view(account.name) == name) {
            if (auto signedIn = session.workspace().users().signIn(account.name, account.password); !signedIn) {
                fail(gui::qs(signedIn.error().describe()));
            }
            session.reloadUser();
            // The previous user's pages go now: outside an event loop's exec() nothing else deletes them.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return;
        }
    }
    fail(QStringLiteral("no demo account %1").arg(QLatin1String(name)));
}

// What comes before the window: the demo's sign-in screen, a new database's first administrator, and the
// offer to restore a backup when the database is damaged.
void shootSignIn(gui::AppSession& session, const Shooter& shooter, const QDir& work, const domain::Clock& clock)
{
    {
        gui::SignInDialog dialog(session.workspace());
        dialog.setCancelText(QCoreApplication::translate("Main", "Quit PropDesk"));
        dialog.show();
        settle(100);
        // The supervisor's row clicked: the name and password filled in.
        auto* table = child<QTableWidget>(&dialog, "demoTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("lijing")) {
                table->selectRow(row);
                emit table->cellClicked(row, 0);
            }
        }
        shooter.grab(&dialog, QStringLiteral("signin"));
        dialog.reject();
    }
    {
        const QString fileName = work.filePath(QStringLiteral("new-site.db"));
        QFile::remove(fileName);
        auto fresh =
            services::Workspace::open(gui::toPath(fileName), services::OpenMode::CreateIfMissing, clock, gui::nobody());
        if (!fresh) {
            fail(gui::qs(fresh.error().describe()));
        }
        gui::FirstAdminDialog dialog(**fresh);
        dialog.setCancelText(QCoreApplication::translate("Main", "Quit PropDesk"));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("admin"));
        child<QLineEdit>(&dialog, "displayNameEdit")->setText(QStringLiteral("周建国"));
        dialog.show();
        shooter.grab(&dialog, QStringLiteral("first-admin"));
        dialog.reject();
    }
    {
        const auto database = session.workspace().path();
        const auto backups = session.workspace().backups().backups();
        std::optional<services::BackupFile> newest;
        if (!backups.empty()) {
            newest = backups.front();
        }
        const QStringList problems{
            QStringLiteral("*** in database main ***"),
            QStringLiteral("On tree page 2817 cell 24: Rowid 5374248273442940325 out of order"),
            QStringLiteral("On tree page 2817 cell 24: invalid page number -1515870811"),
            QStringLiteral("Multiple uses for byte 1192 of page 2817"),
        };
        gui::RecoveryDialog dialog(database, problems, newest, gui::RecoveryDialog::Damage::FailsCheck);
        dialog.show();
        shooter.grab(&dialog, QStringLiteral("recovery"));
        dialog.reject();
    }
}

void shootLanguage(const QString& language, gui::AppSession& session, const QDir& output, const QDir& work)
{
    gui::saveLanguage(language);
    if (!gui::installTranslators(gui::localeFor(language))) {
        fail(QStringLiteral("no catalogue for %1").arg(language));
    }
    const Shooter shooter(output, language);
    signIn(session, "lijing");
    shootSignIn(session, shooter, work, session.clock());
    const auto picks = pick(session);

    // Built after the translators, so that every tr() is in this language.
    auto window = gui::createMainWindow(session);
    window->resize(kWindowSize);
    window->show();
    window->activateWindow();
    window->showModule(MainWindow::Module::FrontDesk);
    settle(600);

    auto* frontDesk = qobject_cast<gui::FrontDeskPage*>(window->page(MainWindow::Module::FrontDesk));
    auto* intake = frontDesk->intakeForm();
    auto* board = frontDesk->board();

    // A call from a known place: the caller comes back, the water words suggest an emergency.
    const auto place = quietPlace(session);
    auto* location = child<QLineEdit>(intake, "locationEdit");
    location->setText(gui::qs(place.location));
    emit location->editingFinished(); // as leaving the field does: fills in the last caller
    setCategory(intake, domain::Category::Plumbing);
    describe(intake, QStringLiteral("楼上漏水，天花板渗水"));
    intake->updatePreview();
    child<QPlainTextEdit>(intake, "descriptionEdit")->setFocus();
    shooter.grab(window.get(), QStringLiteral("frontdesk"));

    // The same place and category as an order still open from this morning.
    intake->clear();
    if (picks.recent) {
        const auto& h = picks.recent->header;
        location->setText(gui::qs(h.location));
        child<QLineEdit>(intake, "reporterEdit")->setText(QStringLiteral("刘先生"));
        child<QLineEdit>(intake, "phoneEdit")->setText(QStringLiteral("139 1234 5678"));
        setCategory(intake, h.category);
        describe(intake, QStringLiteral("又来电催问，师傅什么时候到"));
        intake->updatePreview();
        shooter.grab(window.get(), QStringLiteral("frontdesk-duplicate"));
    } else {
        std::fprintf(stderr, "propdesk_screenshots: no plumbing order of the last 24 hours is open: "
                             "no frontdesk-duplicate\n");
    }

    intake->clear();
    board->selectOrder(picks.overdue);
    board->table()->setFocus();
    shooter.grab(window.get(), QStringLiteral("board"));

    auto* actions = board->actions();
    if (picks.logged) {
        board->selectOrder(*picks.logged);
        actions->dispatchAction()->trigger();
        auto* dialog = visibleWindow<gui::DispatchDialog>();
        shooter.grab(dialog, QStringLiteral("dispatch-dialog"));
        closeDialog(dialog);
    }
    if (picks.inProgress) {
        board->selectOrder(*picks.inProgress);
        actions->completeAction()->trigger();
        auto* dialog = visibleWindow<gui::EventDialog>();
        child<QPlainTextEdit>(dialog, "noteEdit")->insertPlainText(QStringLiteral("更换三角阀，试水半小时无渗漏"));
        shooter.grab(dialog, QStringLiteral("complete-dialog"));
        closeDialog(dialog);
    }
    if (const auto held = picks.dispatched ? picks.dispatched : picks.inProgress) {
        auto order = session.workspace().workOrders().get(*held);
        if (!order) {
            fail(gui::qs(order.error().describe()));
        }
        board->selectOrder(*held);
        actions->holdAction()->trigger();
        auto* dialog = visibleWindow<gui::EventDialog>();
        // Entered after the fact, but earlier than the order's last event: refused, with the reason.
        child<gui::EventTimeEdit>(dialog, "timeEdit")->setInstant(order->lastEventAt() - minutes(30));
        child<QPlainTextEdit>(dialog, "noteEdit")->insertPlainText(QStringLiteral("等配件：业主自购水龙头"));
        dialog->accept();
        if (!dialog->isVisible()) {
            fail(QStringLiteral("the hold before the last event was accepted"));
        }
        shooter.grab(dialog, QStringLiteral("hold-refused"));
        closeDialog(dialog);
    }

    // The slip of the order on the board, in the preview the File menu opens.
    board->selectOrder(picks.overdue);
    board->table()->setFocus();
    shooter.grabModal<QPrintPreviewDialog>(QStringLiteral("slip-preview"), QSize(1100, 860),
                                           [&] { window->printAction()->trigger(); });
    auto slip = gui::DispatchSlip::load(session, picks.overdue);
    if (!slip) {
        fail(gui::qs(slip.error().describe()));
    }
    for (const auto& [size, name] : {std::pair{QPageSize::A5, "slip-a5"}, std::pair{QPageSize::A4, "slip-a4"}}) {
        const QString pdf = shooter.fileName(QString::fromLatin1(name), QStringLiteral("pdf"));
        if (auto written = slip->writePdf(pdf, size); !written) {
            fail(gui::qs(written.error().describe()));
        }
        std::printf("%s\n", qPrintable(pdf));
    }

    auto* orders = qobject_cast<gui::WorkOrdersPage*>(window->page(MainWindow::Module::WorkOrders));
    window->showModule(MainWindow::Module::WorkOrders);
    orders->showRevisitQueue();
    auto* queue = orders->revisitQueue();
    settle();
    if (queue->model()->rowCount() > 0) {
        const auto first = queue->model()->orderId(queue->model()->index(0, 0));
        queue->selectOrder(*first);
        queue->table()->setFocus();
        shooter.grab(window.get(), QStringLiteral("revisit-queue"));

        queue->actions()->revisitAction()->trigger();
        auto* dialog = visibleWindow<gui::RevisitDialog>();
        // 不满意 without a reason: the dialog asks for one next to the comment.
        child<QRadioButton>(dialog, "rating2")->click();
        dialog->accept();
        shooter.grab(dialog, QStringLiteral("revisit-dialog"));
        closeDialog(dialog);
    } else {
        std::fprintf(stderr, "propdesk_screenshots: the revisit queue is empty\n");
    }

    orders->showHistory();
    auto* history = orders->history();
    child<QLineEdit>(history, "searchEdit")->setText(QStringLiteral("漏水"));
    history->applyFilter();
    settle();
    if (history->model()->rowCount() > 0) {
        history->selectOrder(history->model()->orderId(richestRow(*history->model())));
    }
    shooter.grab(window.get(), QStringLiteral("history"));

    // The complaints: a resident's complaint being taken, the board with the demo's complaint that is past
    // its 15-minute response deadline selected (its banner above the board), and the status bar's notice.
    window->showModule(MainWindow::Module::Complaints);
    auto* complaints = qobject_cast<gui::ComplaintsPage*>(window->page(MainWindow::Module::Complaints));
    if (!complaints || !complaints->intakeForm()) {
        fail(QStringLiteral("the supervisor has no complaints page with an intake form"));
    }
    {
        auto* form = complaints->intakeForm();
        auto* where = child<QLineEdit>(form, "locationEdit");
        where->setText(gui::qs(place.location));
        emit where->editingFinished(); // the place's last caller
        auto* category = child<QComboBox>(form, "categoryCombo");
        category->setCurrentIndex(category->findData(static_cast<int>(domain::ComplaintCategory::Noise)));
        auto* department = child<QComboBox>(form, "departmentCombo");
        department->setCurrentIndex(department->findData(static_cast<int>(domain::Department::Security)));
        auto* text = child<QPlainTextEdit>(form, "descriptionEdit");
        text->clear();
        text->insertPlainText(QStringLiteral("楼上晚上十点后还在装修，电钻声很大"));
        form->updatePreview();
    }
    window->escalationNotice()->reload();
    const auto escalated = complaints->board()->model()->escalatedComplaints();
    if (escalated.empty() || window->escalationNotice()->isHidden()) {
        fail(QStringLiteral("no escalated complaint on the demo's complaint board"));
    }
    complaints->selectComplaint(escalated.front());
    complaints->board()->table()->setFocus();
    shooter.grab(window.get(), QStringLiteral("complaints"));

    window->showModule(MainWindow::Module::Settings);
    shooter.grab(window.get(), QStringLiteral("settings"));
    {
        gui::SiteDialog dialog(session, window.get());
        dialog.show();
        shooter.grab(&dialog, QStringLiteral("site-dialog"));
        dialog.reject();
    }
    window->showModule(MainWindow::Module::FrontDesk);

    {
        gui::ImportDialog dialog(session, window.get());
        dialog.resize(980, 600);
        if (!dialog.setFile(writeImportFile(work))) {
            fail(QStringLiteral("the import file was not checked"));
        }
        dialog.show();
        shooter.grab(&dialog, QStringLiteral("import"));
        dialog.reject();
    }
    {
        gui::ExportDialog dialog(session, window.get());
        dialog.setSite(session.site()->code);
        dialog.setMonth(2026, 10);
        dialog.setFile(work.filePath(QStringLiteral("DEMO-2026-10.csv")));
        dialog.show();
        shooter.grab(&dialog, QStringLiteral("export"));
        dialog.reject();
    }

    QAction* about = nullptr;
    for (auto* action : window->findChildren<QAction*>()) {
        if (action->menuRole() == QAction::AboutRole) {
            about = action;
        }
    }
    if (!about) {
        fail(QStringLiteral("no About action"));
    }
    shooter.grabModal<QMessageBox>(QStringLiteral("about"), QSize(), [&] { about->trigger(); });

    // The administrator's window: Settings with Users and Backup, and the audit trail.
    signIn(session, "admin");
    window->showModule(MainWindow::Module::Settings);
    auto* settings = qobject_cast<gui::SettingsPage*>(window->page(MainWindow::Module::Settings));
    if (!settings || !settings->usersPage() || !settings->backupPage()) {
        fail(QStringLiteral("the administrator has no Users or Backup tab"));
    }
    settings->tabs()->setCurrentWidget(settings->usersPage());
    // The front desk's account selected: the buttons for it enabled.
    for (int row = 0; row < settings->usersPage()->model()->rowCount(); ++row) {
        const auto& account = settings->usersPage()->model()->account(row);
        if (account.role == domain::Role::FrontDesk) {
            settings->usersPage()->selectAccount(account.id);
        }
    }
    settle();
    shooter.grab(window.get(), QStringLiteral("users"));
    {
        auto* users = settings->usersPage();
        users->addUser();
        auto* dialog = visibleWindow<gui::UserDialog>();
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("chenmin"));
        child<QLineEdit>(dialog, "displayNameEdit")->setText(QStringLiteral("陈敏"));
        auto* sites = child<QListWidget>(dialog, "sitesList");
        for (int row = 0; row < sites->count(); ++row) {
            sites->item(row)->setCheckState(Qt::Checked);
        }
        shooter.grab(dialog, QStringLiteral("user-dialog"));
        closeDialog(dialog);
    }
    auto* backup = settings->backupPage();
    settings->tabs()->setCurrentWidget(backup);
    backup->selectBackup(0);
    backup->checkDatabase();
    for (int i = 0; i < 600 && backup->checkJob()->isRunning(); ++i) {
        settle(50);
    }
    shooter.grab(window.get(), QStringLiteral("backup"));

    signIn(session, "lijing");
    window->close();
    settle(100);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PropDesk"));
    QApplication::setApplicationName(QStringLiteral("PropDesk"));
    spdlog::set_level(spdlog::level::warn);

    QStringList arguments = QApplication::arguments().mid(1);
    QStringList languages;
    QString outputName;
    while (!arguments.isEmpty()) {
        const QString argument = arguments.takeFirst();
        if (argument == QLatin1String("--language") && !arguments.isEmpty()) {
            languages << arguments.takeFirst();
        } else if (outputName.isEmpty() && !argument.startsWith(QLatin1Char('-'))) {
            outputName = argument;
        } else {
            fail(QStringLiteral("usage: propdesk_screenshots OUTPUT_DIR [--language en|zh_CN]..."));
        }
    }
    if (outputName.isEmpty()) {
        fail(QStringLiteral("usage: propdesk_screenshots OUTPUT_DIR [--language en|zh_CN]..."));
    }
    if (languages.isEmpty()) {
        languages = {QStringLiteral("en"), QStringLiteral("zh_CN")};
    }
    QDir output(outputName);
    if (!output.mkpath(QStringLiteral("."))) {
        fail(QStringLiteral("cannot create %1").arg(outputName));
    }

    // A fixed folder rather than a random one: the status bar and the About box show the database's path, and
    // the same path keeps the images the same from one run to the next.
    QDir work(QDir::temp().filePath(QStringLiteral("propdesk-screenshots")));
    work.removeRecursively();
    if (!work.mkpath(QStringLiteral("settings"))) {
        fail(QStringLiteral("cannot create %1").arg(work.path()));
    }
    // Never the user's own settings (window geometry, language, remembered database).
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, work.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.filePath(QStringLiteral("settings")));
    QSettings().clear();

    const FixedClock clock;
    // As the app's first start: the demo made by PropDesk itself, then the supervisor signs in.
    auto opened = services::Workspace::open(gui::toPath(work.filePath(QStringLiteral("propdesk.db"))),
                                            services::OpenMode::CreateIfMissing, clock,
                                            domain::User{"PropDesk", domain::Role::System});
    if (!opened) {
        fail(gui::qs(opened.error().describe()));
    }
    if (auto demo = services::createDemoSite(**opened); !demo) {
        fail(gui::qs(demo.error().describe()));
    }
    if (auto accounts = services::createDemoAccounts(**opened); !accounts) {
        fail(gui::qs(accounts.error().describe()));
    }
    // The backups the backup page lists: the day's automatic one and one by hand.
    if (auto daily = (*opened)->backups().dailyBackup(); !daily) {
        fail(gui::qs(daily.error().describe()));
    }
    if (auto made = (*opened)->backups().backupNow(
            gui::toPath(work.filePath(QStringLiteral("backups/propdesk-20261116-091500.db"))));
        !made) {
        fail(gui::qs(made.error().describe()));
    }
    if (auto signedIn = (*opened)->users().signIn("lijing", "supervisor-demo"); !signedIn) {
        fail(gui::qs(signedIn.error().describe()));
    }
    stageCalls(**opened, clock.now());
    {
        gui::AppSession session(clock, gui::nobody());
        session.adopt(std::move(*opened));
        for (const QString& language : languages) {
            shootLanguage(language, session, output, work);
        }
    }
    work.removeRecursively();
    return EXIT_SUCCESS;
}
