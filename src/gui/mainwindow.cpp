#include "mainwindow.h"

#include "appsession.h"
#include "complaintspage.h"
#include "dispatchboardview.h"
#include "escalationnotice.h"
#include "frontdeskpage.h"
#include "guilog.h"
#include "historyview.h"
#include "labels.h"
#include "propdeskversion.h"
#include "qtconvert.h"
#include "services/workorderservice.h"
#include "shortcuttooltip.h"
#include "translations.h"
#include "workorderspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
const QString kModuleKey = QStringLiteral("mainwindow/module");

constexpr int kModuleRole = Qt::UserRole;

QString moduleKey(MainWindow::Module module)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Module>().valueToKey(static_cast<int>(module)));
}

std::optional<MainWindow::Module> moduleFromKey(const QString& key)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<MainWindow::Module>().keyToValue(key.toLatin1().constData(), &ok);
    if (!ok) {
        return std::nullopt;
    }
    return static_cast<MainWindow::Module>(value);
}

QIcon themeIcon(const char* name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(AppSession& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();
    showShortcutsInToolTips(this);

    connect(&m_session, &AppSession::userChanged, this, &MainWindow::updateUser);
    connect(&m_session, &AppSession::workspaceChanged, this, &MainWindow::updateDatabase);
    connect(&m_session, &AppSession::sitesChanged, this, &MainWindow::updateSites);
    connect(&m_session, &AppSession::siteChanged, this, &MainWindow::updateSite);
    connect(&m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer.start(1000);
    updateDatabase();
    updateSites();
    updateUser();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1180, 760);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_savedModule = moduleFromKey(settings.value(kModuleKey).toString());
}

MainWindow::~MainWindow() = default;

QString MainWindow::moduleTitle(Module module)
{
    switch (module) {
    case Module::FrontDesk:
        return tr("Front desk");
    case Module::WorkOrders:
        return tr("Work orders");
    case Module::Complaints:
        return tr("Complaints");
    case Module::Patrol:
        return tr("Security");
    case Module::Inspections:
        return tr("Inspections");
    case Module::Reports:
        return tr("KPI & reports");
    case Module::Settings:
        return tr("Settings");
    case Module::Audit:
        return tr("Audit trail");
    }
    return moduleKey(module);
}

QIcon MainWindow::moduleIcon(Module module)
{
    switch (module) {
    case Module::FrontDesk:
        return themeIcon("call-start", QStyle::SP_FileIcon);
    case Module::WorkOrders:
        return themeIcon("view-list-details", QStyle::SP_FileDialogDetailedView);
    case Module::Complaints:
        return themeIcon("dialog-warning", QStyle::SP_MessageBoxWarning);
    case Module::Patrol:
        return themeIcon("security-high", QStyle::SP_DirHomeIcon);
    case Module::Inspections:
        return themeIcon("checkbox-checked", QStyle::SP_DialogApplyButton);
    case Module::Reports:
        return themeIcon("x-office-spreadsheet", QStyle::SP_FileDialogContentsView);
    case Module::Settings:
        return themeIcon("preferences-system", QStyle::SP_ComputerIcon);
    case Module::Audit:
        return themeIcon("document-open-recent", QStyle::SP_FileDialogInfoView);
    }
    return {};
}

void MainWindow::addPage(Module module, QWidget* page, const QString& title, const QIcon& icon)
{
    Q_ASSERT(page);
    // Titles are plain text; in an action's text '&' marks a mnemonic.
    QString actionText = title;
    actionText.replace(QLatin1Char('&'), QStringLiteral("&&"));
    if (auto found = m_entries.find(module); found != m_entries.end()) {
        Entry& entry = found->second;
        const bool current = m_pages->currentWidget() == entry.page;
        const int index = m_pages->indexOf(entry.page);
        m_pages->removeWidget(entry.page);
        retire(entry.page);
        m_pages->insertWidget(index, page);
        if (current) {
            m_pages->setCurrentWidget(page);
        }
        entry.page = page;
        entry.item->setText(title);
        entry.item->setIcon(icon);
        entry.action->setText(actionText);
        entry.action->setIcon(icon);
    } else {
        const auto before = m_entries.lower_bound(module);
        const int row = static_cast<int>(std::distance(m_entries.begin(), before));
        auto* item = new QListWidgetItem(icon, title);
        item->setData(kModuleRole, static_cast<int>(module));
        m_navigation->insertItem(row, item);
        m_pages->insertWidget(row, page);

        auto* action = new QAction(icon, actionText, this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(module))));
        action->setStatusTip(tr("Show %1").arg(title));
        m_moduleActions->addAction(action);
        m_viewMenu->insertAction(before == m_entries.end() ? nullptr : before->second.action, action);
        connect(action, &QAction::triggered, this, [this, module] { showModule(module); });
        m_entries.emplace(module, Entry{page, item, action});
    }
    Entry& entry = m_entries.at(module);
    showShortcutInToolTip(entry.action);
    entry.item->setToolTip(entry.action->toolTip());

    // Wide enough for the longest title in the current language, never narrower than a comfortable minimum.
    int width = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        width = std::max(width, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    }
    m_navigation->setFixedWidth(std::max(160, width + m_navigation->iconSize().width() + 56));

    if (m_shown && !m_navigation->currentItem()) {
        showModule(module);
    }
}

void MainWindow::retire(QWidget* page)
{
    // Deleted later, since the call that led here may come from the page itself; until then it must not react
    // to the session any more (another user, or no database at all).
    page->hide();
    m_session.disconnect(page);
    for (QObject* child : page->findChildren<QObject*>()) {
        m_session.disconnect(child);
    }
    page->deleteLater();
}

void MainWindow::removePage(Module module)
{
    const auto found = m_entries.find(module);
    if (found == m_entries.end()) {
        return;
    }
    Entry entry = found->second;
    m_entries.erase(found);
    const bool current = m_navigation->currentItem() == entry.item;
    {
        // Taking the current row out must not show (and emit) a neighbour before the choice below.
        const QSignalBlocker blocker(m_navigation);
        delete m_navigation->takeItem(m_navigation->row(entry.item));
    }
    m_pages->removeWidget(entry.page);
    retire(entry.page);
    m_moduleActions->removeAction(entry.action);
    m_viewMenu->removeAction(entry.action);
    entry.action->deleteLater();
    if (current || !m_navigation->currentItem()) {
        m_navigation->setCurrentRow(-1);
        if (!m_entries.empty()) {
            showModule(m_entries.begin()->first);
        }
    }
}

void MainWindow::showModule(Module module)
{
    const auto found = m_entries.find(module);
    if (found == m_entries.end()) {
        logger()->warn("no page for module {}", moduleKey(module).toStdString());
        return;
    }
    m_navigation->setCurrentItem(found->second.item);
}

std::optional<MainWindow::Module> MainWindow::currentModule() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    if (!item) {
        return std::nullopt;
    }
    return static_cast<Module>(item->data(kModuleRole).toInt());
}

QWidget* MainWindow::page(Module module) const
{
    const auto found = m_entries.find(module);
    return found == m_entries.end() ? nullptr : found->second.page;
}

void MainWindow::openComplaint(domain::ComplaintId id)
{
    auto* complaints = qobject_cast<ComplaintsPage*>(page(Module::Complaints));
    if (!complaints) {
        logger()->warn("no Complaints module to show complaint {}", id.value);
        return;
    }
    showModule(Module::Complaints);
    complaints->selectComplaint(id);
}

void MainWindow::openWorkOrder(domain::WorkOrderId id)
{
    if (auto* desk = qobject_cast<FrontDeskPage*>(page(Module::FrontDesk))) {
        desk->board()->selectOrder(id);
        if (desk->board()->currentOrder() == id) {
            showModule(Module::FrontDesk);
            return;
        }
    }
    auto* orders = qobject_cast<WorkOrdersPage*>(page(Module::WorkOrders));
    if (!orders) {
        logger()->warn("no Work orders module to show work order {}", id.value);
        return;
    }
    showModule(Module::WorkOrders);
    orders->showHistory();
    HistoryView* history = orders->history();
    if (history->selectOrder(id)) {
        return;
    }
    // Not among the loaded rows: search the history for its code.
    auto order = m_session.workspace().workOrders().get(id);
    if (!order) {
        logger()->warn("cannot show work order {}: {}", id.value, order.error().describe());
        return;
    }
    if (auto* search = history->findChild<QLineEdit*>(QStringLiteral("searchEdit"))) {
        search->setText(qs(order->header.code));
    }
    history->applyFilter();
    history->selectOrder(id);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shown) {
        return;
    }
    m_shown = true;
    if (!m_navigation->currentItem() && !m_entries.empty()) {
        showModule(m_savedModule && m_entries.contains(*m_savedModule) ? *m_savedModule : m_entries.begin()->first);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    m_importAction = new QAction(tr("&Import work orders…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import work orders from a CSV file"));
    m_importAction->setVisible(false);

    m_exportAction = new QAction(tr("&Export work orders…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export work orders to a CSV file"));
    m_exportAction->setVisible(false);

    m_printAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&Print dispatch slip…"), this);
    m_printAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_printAction->setStatusTip(tr("Print the dispatch slip of the selected work order"));
    m_printAction->setVisible(false);

    m_switchUserAction = new QAction(tr("&Switch user…"), this);
    m_switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switchUserAction->setStatusTip(tr("Lock PropDesk: sign out and let somebody sign in"));
    m_switchUserAction->setVisible(false);

    m_passwordAction = new QAction(tr("Change my pass&word…"), this);
    m_passwordAction->setStatusTip(tr("Change the password you sign in with"));
    m_passwordAction->setVisible(false);

    m_quitAction = new QAction(tr("&Quit"), this);
    // Spelled out: QKeySequence::Quit has no binding on Windows.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close PropDesk"));
    // Closing the windows (rather than quitting the event loop) lets each save its geometry.
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_aboutAction = new QAction(tr("&About PropDesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_moduleActions = new QActionGroup(this);
    m_moduleActions->setExclusive(true);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_printAction);
    file->addSeparator();
    file->addAction(m_switchUserAction);
    file->addAction(m_passwordAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Site"));
    bar->setObjectName(QStringLiteral("siteToolBar"));
    bar->setMovable(false);

    auto* siteLabel = new QLabel(tr("&Site:"), bar);
    siteLabel->setContentsMargins(6, 0, 6, 0);
    m_siteSelector = new QComboBox(bar);
    m_siteSelector->setObjectName(QStringLiteral("siteSelector"));
    m_siteSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_siteSelector->setMinimumContentsLength(14);
    m_siteSelector->setPlaceholderText(tr("No site"));
    m_siteSelector->setToolTip(tr("The site you are working on: every page shows its orders and its time"));
    siteLabel->setBuddy(m_siteSelector);
    bar->addWidget(siteLabel);
    bar->addWidget(m_siteSelector);
    connect(m_siteSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            m_session.selectSite(utf8(m_siteSelector->itemData(index).toString()));
        }
    });
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Modules"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); }"
                                               "QListWidget#navigation::item { padding: 8px 6px; }"));
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_navigation->setFont(font);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::navigationRowChanged);

    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));

    layout->addWidget(m_navigation);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(statusBar());
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path is cut off rather than widening the window; the tooltip has all of it.
    m_databaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_databaseLabel, 1);

    // Before the user: the first thing a supervisor's eye meets at the right of the status bar.
    m_escalationNotice = new EscalationNotice(m_session, statusBar());
    statusBar()->addPermanentWidget(m_escalationNotice);
    connect(m_escalationNotice, &EscalationNotice::complaintRequested, this, &MainWindow::openComplaint);

    m_userLabel = new QLabel(statusBar());
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_userLabel);

    m_clockLabel = new QLabel(statusBar());
    m_clockLabel->setObjectName(QStringLiteral("clockLabel"));
    statusBar()->addPermanentWidget(m_clockLabel);
}

void MainWindow::updateSites()
{
    {
        const QSignalBlocker blocker(m_siteSelector);
        m_siteSelector->clear();
        for (const domain::Site& site : m_session.sites()) {
            m_siteSelector->addItem(QStringLiteral("%1 (%2)").arg(qs(site.name), qs(site.code)), qs(site.code));
        }
        m_siteSelector->setEnabled(m_siteSelector->count() > 0);
    }
    updateSite();
}

void MainWindow::updateSite()
{
    const auto& site = m_session.site();
    {
        const QSignalBlocker blocker(m_siteSelector);
        m_siteSelector->setCurrentIndex(site ? m_siteSelector->findData(qs(site->code)) : -1);
    }
    setWindowTitle(site ? tr("%1 – PropDesk").arg(qs(site->name)) : QStringLiteral("PropDesk"));
    updateClock();
}

void MainWindow::updateUser()
{
    const domain::User& user = m_session.user();
    if (user.role == domain::Role::None) {
        m_userLabel->setText(tr("Not signed in"));
        m_userLabel->setToolTip({});
        return;
    }
    m_userLabel->setText(tr("%1 (%2)", "user name (role)").arg(qs(user.name), roleLabel(user.role)));
    m_userLabel->setToolTip(tr("Signed in as %1 (%2). File ▸ Switch user (%3) lets somebody else sign in.")
                                .arg(qs(user.name), roleLabel(user.role),
                                     m_switchUserAction->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::updateDatabase()
{
    if (!m_session.isOpen()) {
        m_databaseLabel->setText(tr("No database open"));
        m_databaseLabel->setToolTip({});
        return;
    }
    const QString path = QDir::toNativeSeparators(fromPath(m_session.workspace().path()));
    m_databaseLabel->setText(tr("Database: %1").arg(path));
    m_databaseLabel->setToolTip(path);
}

void MainWindow::updateClock()
{
    const domain::TimeZone zone = m_session.zone();
    const QString zoneName = qs(zone.name());
    m_clockLabel->setText(QStringLiteral("%1  %2").arg(formatInstant(m_session.clock().now(), zone), zoneName));
    const auto& site = m_session.site();
    m_clockLabel->setToolTip(site ? tr("The time at %1 (%2)").arg(qs(site->name), zoneName)
                                  : tr("The time in %1").arg(zoneName));
}

void MainWindow::navigationRowChanged(int row)
{
    const QListWidgetItem* item = m_navigation->item(row);
    if (!item) {
        return;
    }
    const auto module = static_cast<Module>(item->data(kModuleRole).toInt());
    const Entry& entry = m_entries.at(module);
    m_pages->setCurrentWidget(entry.page);
    entry.action->setChecked(true);
    emit moduleChanged(module);
}

// Where the interface's catalogue came from, for the About box: the installed folder, the copy compiled into
// the program (a resource path), or none for English.
QString MainWindow::translationsText()
{
    const QString source = translationsSource();
    if (source.isEmpty()) {
        return tr("none (English)");
    }
    if (source.startsWith(QLatin1Char(':'))) {
        return tr("built into the program");
    }
    return QDir::toNativeSeparators(source).toHtmlEscaped();
}

void MainWindow::showAbout()
{
    const QString database =
        m_session.isOpen() ? QDir::toNativeSeparators(fromPath(m_session.workspace().path())) : tr("none");
    const QString text =
        QStringLiteral("<h3>PropDesk %1</h3><p>%2</p><p>%3</p><p>%4<br>%5</p><p>%6</p>")
            .arg(QStringLiteral(PROPDESK_VERSION),
                 tr("Repair requests, their deadlines and the KPIs of a property-service centre: the front desk "
                    "logs them, supervisors dispatch and close them, managers report on the service contract."),
                 tr("Copyright © the PropDesk authors. Released under the MIT licence. Holiday data from "
                    "NateScarlet/holiday-cn "
                    "under the MIT licence. Qt is used under the LGPL version 3."),
                 tr("Database: %1").arg(database.toHtmlEscaped()), tr("Translations: %1").arg(translationsText()),
                 tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    QMessageBox::about(this, tr("About PropDesk"), text);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (const auto module = currentModule()) {
        settings.setValue(kModuleKey, moduleKey(*module));
    }
}

} // namespace propdesk::gui
