#include "settingspage.h"

#include "appsession.h"
#include "backuppage.h"
#include "errortext.h"
#include "preferences.h"
#include "qtconvert.h"
#include "services/paths.h"
#include "sitedialog.h"
#include "sitemodel.h"
#include "staffmodel.h"
#include "ui_settingspage.h"
#include "userspage.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace propdesk::gui {

namespace {

QString nativeName(const QString& fileName)
{
    return QDir::toNativeSeparators(fileName);
}

QString absoluteName(const QString& fileName)
{
    return QFileInfo(fileName).absoluteFilePath();
}

} // namespace

SettingsPage::SettingsPage(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_ui(std::make_unique<Ui::SettingsPage>())
{
    // The form is the General tab; an administrator gets Users and Backup beside it.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    auto* general = new QWidget(m_tabs);
    m_ui->setupUi(general);
    general->setObjectName(QStringLiteral("generalTab"));
    m_tabs->addTab(general, tr("General"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    const domain::User& user = m_session.user();
    if (user.can(domain::Permission::ManageUsers)) {
        m_usersPage = new UsersPage(m_session, m_tabs);
        m_tabs->addTab(m_usersPage, tr("Users"));
    }
    if (user.can(domain::Permission::Backup)) {
        m_backupPage = new BackupPage(m_session, m_tabs);
        m_tabs->addTab(m_backupPage, tr("Backup"));
    }
    // A single tab needs no tab bar: the page looks as it always did.
    m_tabs->tabBar()->setVisible(m_tabs->count() > 1);

    connect(m_ui->openDatabaseButton, &QPushButton::clicked, this, &SettingsPage::chooseDatabase);
    connect(m_ui->newDatabaseButton, &QPushButton::clicked, this, &SettingsPage::chooseNewDatabase);
    connect(&m_session, &AppSession::workspaceChanged, this, &SettingsPage::updateDatabase);
    updateDatabase();

    // Each language is named in itself, so that a user who cannot read the current one still finds theirs.
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_ui->languageCombo->addItem(
        systemLanguage.isEmpty() ? tr("System language") : tr("System language (%1)").arg(systemLanguage), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(savedLanguage())));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);

    m_sites = new SiteModel(m_session, this);
    m_ui->sitesView->setModel(m_sites);
    m_ui->sitesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->sitesView->horizontalHeader()->setSectionResizeMode(SiteModel::Name, QHeaderView::Stretch);
    m_ui->sitesView->horizontalHeader()->setStretchLastSection(false);
    connect(m_ui->addSiteButton, &QPushButton::clicked, this, &SettingsPage::addSite);

    m_staff = new StaffModel(m_session, this);
    m_ui->staffView->setModel(m_staff);
    QHeaderView* staffHeader = m_ui->staffView->horizontalHeader();
    staffHeader->setStretchLastSection(false);
    staffHeader->setSectionResizeMode(QHeaderView::Interactive);
    staffHeader->setSectionResizeMode(StaffModel::Trade, QHeaderView::Stretch);
    staffHeader->setSectionResizeMode(StaffModel::Active, QHeaderView::ResizeToContents);
    m_ui->staffView->setColumnWidth(StaffModel::Name, 200);
    m_ui->staffView->setColumnWidth(StaffModel::Phone, 200);
    m_ui->staffError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_ui->staffError->hide();
    connect(m_ui->addStaffButton, &QPushButton::clicked, this, &SettingsPage::addStaffMember);
    for (QLineEdit* edit : {m_ui->staffName, m_ui->staffPhone, m_ui->staffTrade}) {
        connect(edit, &QLineEdit::returnPressed, this, &SettingsPage::addStaffMember);
    }
    connect(m_staff, &StaffModel::refused, this, &SettingsPage::showStaffError);
    connect(&m_session, &AppSession::siteChanged, this, &SettingsPage::updateStaffGroup);
    updateStaffGroup();

    // Pages are built for one user (the window builds them again for the next): what this one may not
    // change is not offered.
    const bool records = user.can(domain::Permission::ReadRecords);
    m_ui->sitesGroup->setVisible(records);
    m_ui->addSiteButton->setVisible(user.can(domain::Permission::ManageSites));
    m_ui->staffGroup->setVisible(records);
    const bool staff = user.can(domain::Permission::ManageStaff);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_ui->staffName, m_ui->staffPhone, m_ui->staffTrade,
                                                           m_ui->addStaffButton, m_ui->staffNote}) {
        widget->setVisible(staff);
    }
    if (!records) {
        m_ui->pageLayout->addStretch(1);
    }
}

SettingsPage::~SettingsPage() = default;

bool SettingsPage::openDatabase(const QString& fileName)
{
    if (auto opened = m_session.open(toPath(fileName), services::OpenMode::OpenExisting); !opened) {
        // Nobody signed in to it: the user gave up, and the open database stays.
        if (!AppSession::isSignInCancelled(opened.error())) {
            showError(tr("PropDesk cannot open the database %1.").arg(nativeName(fileName)), errorText(opened.error()));
        }
        return false;
    }
    remember(fileName);
    return true;
}

bool SettingsPage::createDatabase(const QString& fileName)
{
    if (QFileInfo::exists(fileName)) {
        showError(tr("PropDesk cannot create the database %1.").arg(nativeName(fileName)),
                  tr("The file exists already. Choose a new name, or open the file instead."));
        return false;
    }
    if (auto created = m_session.open(toPath(fileName), services::OpenMode::CreateIfMissing); !created) {
        if (AppSession::isSignInCancelled(created.error())) {
            // Nobody became its administrator: the new file is of no use to anyone.
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(fileName + suffix);
            }
        } else {
            showError(tr("PropDesk cannot create the database %1.").arg(nativeName(fileName)),
                      errorText(created.error()));
        }
        return false;
    }
    remember(fileName);
    return true;
}

void SettingsPage::chooseDatabase()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open database"), startFolder(),
                                                          tr("PropDesk databases (*.db);;All files (*)"));
    if (!fileName.isEmpty()) {
        openDatabase(fileName);
    }
}

void SettingsPage::chooseNewDatabase()
{
    // The overwrite question would be misleading: an existing file is refused, never overwritten.
    QString fileName =
        QFileDialog::getSaveFileName(this, tr("New empty database"), startFolder(), tr("PropDesk databases (*.db)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (fileName.isEmpty()) {
        return;
    }
    if (QFileInfo(fileName).suffix().isEmpty()) {
        fileName += QStringLiteral(".db");
    }
    createDatabase(fileName);
}

void SettingsPage::addSite()
{
    if (!m_session.isOpen()) {
        return;
    }
    // The dialog selects the new site itself; the sites table follows the session's sitesChanged().
    auto* dialog = new SiteDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString SettingsPage::startFolder()
{
    return QFileInfo(fromPath(m_session.isOpen() ? m_session.workspace().path() : services::defaultDatabasePath()))
        .path();
}

void SettingsPage::languageChosen(int index)
{
    saveLanguage(m_ui->languageCombo->itemData(index).toString());
}

void SettingsPage::updateDatabase()
{
    m_ui->addSiteButton->setEnabled(m_session.isOpen() && m_session.user().can(domain::Permission::ManageSites));
    m_ui->databasePathLabel->setText(m_session.isOpen()
                                         ? tr("Open: %1").arg(nativeName(fromPath(m_session.workspace().path())))
                                         : tr("No database is open."));
}

void SettingsPage::showError(const QString& text, const QString& reason)
{
    // Window-modal and not blocking: the page stays usable behind it, and tests can read and close it.
    auto* box = new QMessageBox(QMessageBox::Warning, QStringLiteral("PropDesk"), text, QMessageBox::Ok, this);
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SettingsPage::addStaffMember()
{
    auto added = m_staff->add(m_ui->staffName->text(), m_ui->staffPhone->text(), m_ui->staffTrade->text());
    if (!added) {
        showStaffError(errorText(added.error()));
        (added.error().field == "phone" ? m_ui->staffPhone : m_ui->staffName)->setFocus();
        return;
    }
    m_ui->staffError->hide();
    m_ui->staffName->clear();
    m_ui->staffPhone->clear();
    m_ui->staffTrade->clear();
    m_ui->staffName->setFocus();
}

void SettingsPage::showStaffError(const QString& reason)
{
    m_ui->staffError->setText(reason);
    m_ui->staffError->show();
}

void SettingsPage::updateStaffGroup()
{
    const auto& site = m_session.site();
    m_ui->staffGroup->setTitle(site ? tr("Staff of %1").arg(qs(site->name)) : tr("Staff"));
    m_ui->staffGroup->setEnabled(site.has_value());
    m_ui->staffError->hide();
}

void SettingsPage::remember(const QString& fileName)
{
    // The default database needs no remembering; forgetting lets $PROPDESK_DB and the default apply again.
    const QString absolute = absoluteName(fileName);
    if (absolute == absoluteName(fromPath(services::defaultDatabasePath()))) {
        forgetDatabase();
    } else {
        rememberDatabase(absolute);
    }
}

} // namespace propdesk::gui
