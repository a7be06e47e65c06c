// propdesk: the desktop application. Reads the command line, sets up logging and the interface language,
// opens the database (on the first start creating it with the demo site and its accounts, like
// `propdesk-cli init --demo`), makes the day's backup, has somebody sign in and shows the main window. The
// database's quick check runs meanwhile on a thread of its own; a damaged database gets the offer to restore
// a backup, at start or once the check has finished.

#include "domain/clock.h"
#include "gui/appsession.h"
#include "gui/databasecheckjob.h"
#include "gui/desktop.h"
#include "gui/errortext.h"
#include "gui/mainwindow.h"
#include "gui/preferences.h"
#include "gui/qtconvert.h"
#include "gui/reportprint.h"
#include "gui/signin.h"
#include "gui/startup.h"
#include "gui/translations.h"
#include "propdeskversion.h"
#include "reports/monthlyreport.h"
#include "services/demodata.h"
#include "services/logging.h"
#include "services/paths.h"
#include "services/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QMetaEnum>
#include <QStatusBar>
#include <QTimer>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

using namespace propdesk;
using gui::MainWindow;

namespace {

// Qt's own messages (and qDebug() in our code) go to the same log as everything else.
void logQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto log = spdlog::get("gui");
    if (!log) {
        log = spdlog::default_logger();
    }
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        level = spdlog::level::debug;
        break;
    case QtInfoMsg:
        level = spdlog::level::info;
        break;
    case QtWarningMsg:
        level = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        level = spdlog::level::err;
        break;
    case QtFatalMsg:
        level = spdlog::level::critical;
        break;
    }
    const bool named = context.category && std::strcmp(context.category, "default") != 0;
    log->log(level, named ? fmt::format("{}: {}", context.category, message.toStdString()) : message.toStdString());
    if (type == QtFatalMsg) {
        log->flush();
        std::abort();
    }
}

int failure(const QString& text, const QString& reason)
{
    QMessageBox box(QMessageBox::Critical, QStringLiteral("PropDesk"), text, QMessageBox::Ok);
    box.setInformativeText(reason);
    box.exec();
    return EXIT_FAILURE;
}

int usage(const QString& message)
{
    std::fprintf(stderr, "propdesk: %s\n", qPrintable(message));
    return EXIT_FAILURE;
}

struct DatabaseChoice
{
    QString fileName;
    // Only the default database (or $PROPDESK_DB) is created, with the demo site, when it is missing; a
    // file named on the command line or remembered from Settings must exist.
    bool createIfMissing = false;
};

DatabaseChoice chooseDatabase(const QCommandLineParser& parser, const QCommandLineOption& databaseOption)
{
    if (parser.isSet(databaseOption)) {
        return {parser.value(databaseOption), false};
    }
    const QString defaultName = gui::fromPath(services::defaultDatabasePath());
    if (!qEnvironmentVariableIsEmpty("PROPDESK_DB")) {
        return {defaultName, true};
    }
    const QString remembered = gui::rememberedDatabase();
    if (remembered.isEmpty()) {
        return {defaultName, true};
    }
    if (QFileInfo::exists(remembered)) {
        return {remembered, false};
    }
    QMessageBox::warning(nullptr, QStringLiteral("PropDesk"),
                         QCoreApplication::translate(
                             "Main",
                             "The database %1 that you opened last time no longer exists. PropDesk opens the default "
                             "database %2 instead.")
                             .arg(QDir::toNativeSeparators(remembered), QDir::toNativeSeparators(defaultName)));
    gui::forgetDatabase();
    return {defaultName, true};
}

QString quitText()
{
    return QCoreApplication::translate("Main", "Quit PropDesk");
}

// The first start: the new database with the demo site and the demo's accounts, made by PropDesk itself.
// A failure is said and the (empty) database is used all the same.
void createDemo(const std::filesystem::path& path, const domain::Clock& clock, const QString& fileName)
{
    auto created = services::Workspace::open(path, services::OpenMode::CreateIfMissing, clock,
                                             domain::User{"PropDesk", domain::Role::System});
    if (!created) {
        return; // opening it again names the reason
    }
    auto demo = services::createDemoSite(**created);
    if (demo) {
        spdlog::get("gui")->info("created the demo site {} with {} work orders", demo->site.code, demo->orders);
    }
    auto accounts = demo ? services::createDemoAccounts(**created) : domain::Result<void>{};
    if (!demo || !accounts) {
        QMessageBox::warning(
            nullptr, QStringLiteral("PropDesk"),
            QCoreApplication::translate("Main", "PropDesk created the database %1 but not its demo site: %2")
                .arg(QDir::toNativeSeparators(fileName), gui::errorText(demo ? accounts.error() : demo.error())));
    }
}

// --render-report: the monthly report document (JSON, as `propdesk-cli report --json` writes it) drawn as a
// PDF without a window, for `propdesk-cli report --pdf`. 0 when written, 3 with the reason on stderr.
int renderReport(const QString& documentFile, const QString& pdfFile, const QString& languageKey)
{
    constexpr int kFailure = 3;
    const auto language = reports::parseLanguage(languageKey.isEmpty() ? "zh_CN" : languageKey.toStdString());
    if (!language) {
        return usage(QStringLiteral("unknown report language '%1': use en or zh_CN").arg(languageKey));
    }
    if (pdfFile.isEmpty()) {
        return usage(QStringLiteral("--render-report needs --pdf FILE"));
    }
    QFile file(documentFile);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "propdesk: cannot read %s: %s\n", qPrintable(documentFile),
                     qPrintable(file.errorString()));
        return kFailure;
    }
    const QByteArray json = file.readAll();
    auto document = reports::fromJson(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    if (!document) {
        std::fprintf(stderr, "propdesk: %s: %s\n", qPrintable(documentFile), document.error().describe().c_str());
        return kFailure;
    }
    if (auto written = gui::ReportPrint(std::move(*document), *language).writePdf(pdfFile); !written) {
        std::fprintf(stderr, "propdesk: %s\n", written.error().describe().c_str());
        return kFailure;
    }
    return EXIT_SUCCESS;
}

// --user NAME: the sign-in of propdesk-cli (the password from $PROPDESK_PASSWORD, never an argument), with
// the same lockout and audit as the dialog. 0 when signed in, 2 with the reason on stderr.
int signInFromEnvironment(services::Workspace& workspace, const QString& name)
{
    constexpr int kRefused = 2;
    const QByteArray password = qgetenv("PROPDESK_PASSWORD");
    if (name.isEmpty() || password.isEmpty()) {
        std::fprintf(stderr, "propdesk: --user needs a name and the password in PROPDESK_PASSWORD\n");
        return kRefused;
    }
    auto signedIn = workspace.users().signIn(name.toStdString(), password.toStdString());
    if (!signedIn) {
        std::fprintf(stderr, "propdesk: %s\n", signedIn.error().describe().c_str());
        return kRefused;
    }
    return EXIT_SUCCESS;
}

} // namespace

int main(int argc, char* argv[])
{
    // Rendering a report for the command line needs no display: no window is ever shown.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--render-report") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PropDesk"));
    QApplication::setApplicationName(QStringLiteral("PropDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROPDESK_VERSION));
    // The installed .desktop entry (resources/desktop), so that a Wayland compositor matches the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.propdesk.PropDesk"));
    QIcon icon;
    for (const int size : {16, 32, 48, 256}) {
        icon.addFile(QStringLiteral(":/icons/propdesk-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PropDesk: work orders, deadlines and KPIs of a property-service "
                                                    "centre."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Open this database file, which must exist (default: $PROPDESK_DB, else the one last "
                       "opened in Settings, else propdesk.db in the per-user data folder, created on first start)."),
        QStringLiteral("PATH"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language for this run: en or zh_CN (default: "
                                                           "the Settings choice, else the system's)."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption moduleOption(QStringLiteral("module"),
                                          QStringLiteral("Start on this module, e.g. Settings or WorkOrders."),
                                          QStringLiteral("MODULE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once it is shown, then quit (for the documentation)."),
        QStringLiteral("FILE"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QStringLiteral("Sign in as NAME with the password in $PROPDESK_PASSWORD, as propdesk-cli does, instead of "
                       "the sign-in dialog (for a kiosk or a scripted check); a refusal quits with status 2."),
        QStringLiteral("NAME"));
    const QCommandLineOption renderOption(
        QStringLiteral("render-report"),
        QStringLiteral("Draw the monthly report document FILE.json (propdesk-cli report --json) as a PDF named by "
                       "--pdf, in the --language given (zh_CN by default), without a window; then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"), QStringLiteral("With --render-report: the PDF file to write."), QStringLiteral("FILE"));
    parser.addOptions(
        {databaseOption, languageOption, moduleOption, userOption, screenshotOption, renderOption, pdfOption});
    parser.process(app);
    if (parser.isSet(renderOption)) {
        return renderReport(parser.value(renderOption), parser.value(pdfOption), parser.value(languageOption));
    }

    services::configureLogging(services::dataDirectory() / "logs", spdlog::level::warn);
    qInstallMessageHandler(logQtMessage);

    QString language = gui::savedLanguage();
    if (parser.isSet(languageOption)) {
        language = parser.value(languageOption);
        if (language.isEmpty() || !gui::isKnownLanguage(language)) {
            return usage(QStringLiteral("unknown language '%1': use en or zh_CN").arg(language));
        }
    }
    gui::installTranslators(gui::localeFor(language));

    std::optional<MainWindow::Module> startModule;
    if (parser.isSet(moduleOption)) {
        bool ok = false;
        const int value = QMetaEnum::fromType<MainWindow::Module>().keyToValue(
            parser.value(moduleOption).toLatin1().constData(), &ok);
        if (!ok) {
            return usage(QStringLiteral("unknown module '%1'").arg(parser.value(moduleOption)));
        }
        startModule = static_cast<MainWindow::Module>(value);
    }

    const domain::SystemClock clock;
    // Nobody acts until somebody signs in; a database opened later from Settings asks for a sign-in too.
    gui::AppSession session(clock, gui::nobody());
    const DatabaseChoice database = chooseDatabase(parser, databaseOption);
    const std::filesystem::path path = gui::toPath(database.fileName);
    if (database.createIfMissing && !QFileInfo::exists(database.fileName)) {
        createDemo(path, clock, database.fileName);
    }

    auto opened = services::Workspace::open(path, services::OpenMode::OpenExisting, clock, gui::nobody());
    if (!opened && gui::looksDamaged(path)) {
        // A file that cannot even be opened: restore the newest good backup, or quit.
        if (!gui::recoverUnopenable(path, opened.error(), clock, nullptr)) {
            return EXIT_FAILURE;
        }
        opened = services::Workspace::open(path, services::OpenMode::OpenExisting, clock, gui::nobody());
    }
    if (!opened) {
        return failure(QCoreApplication::translate("Main", "PropDesk cannot open the database %1.")
                           .arg(QDir::toNativeSeparators(database.fileName)),
                       gui::errorText(opened.error()));
    }
    const QString backupNote = gui::makeDailyBackup(**opened);
    // The quick check reads the whole file: the window does not wait for it.
    gui::DatabaseCheckJob check;
    check.start(path, true, (*opened)->backups().folder());
    if (parser.isSet(userOption)) {
        if (const int status = signInFromEnvironment(**opened, parser.value(userOption)); status != EXIT_SUCCESS) {
            return status;
        }
    } else if (!gui::signInModal(**opened, nullptr, quitText())) {
        return EXIT_SUCCESS;
    }
    session.adopt(std::move(*opened));
    // Another database opened from Settings is signed in to before it replaces this one.
    session.setSignIn(
        [](services::Workspace& workspace) { return gui::signInModal(workspace, QApplication::activeWindow()); });

    const auto mainWindow = gui::createMainWindow(session);
    MainWindow& window = *mainWindow;
    window.show();
    if (startModule) {
        window.showModule(*startModule);
    }
    if (!backupNote.isEmpty()) {
        window.statusBar()->showMessage(backupNote, 15000);
    }
    // The check's verdict, now or when it comes: a damaged database gets the offer to restore a backup.
    const auto checked = [&check, &session, &window] {
        if (check.failed() && !gui::offerRecovery(session, check, &window)) {
            QApplication::closeAllWindows();
        }
    };
    if (check.result()) {
        QTimer::singleShot(0, &window, checked);
    } else {
        QObject::connect(&check, &gui::DatabaseCheckJob::finished, &window, checked);
    }
    if (parser.isSet(screenshotOption)) {
        // After the event loop has laid out and painted the window once.
        QTimer::singleShot(500, &window, [&window, &parser, &screenshotOption] {
            const QString fileName = parser.value(screenshotOption);
            if (!window.grab().save(fileName, "PNG")) {
                usage(QStringLiteral("cannot write %1").arg(fileName));
                QApplication::exit(EXIT_FAILURE);
                return;
            }
            QApplication::exit(EXIT_SUCCESS);
        });
    }
    return QApplication::exec();
}
