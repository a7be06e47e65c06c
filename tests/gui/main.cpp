// The GUI suite's main: the widgets need a QApplication, and QSettings must touch neither the user's files
// nor another test process's.

#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

int main(int argc, char* argv[])
{
    // Offscreen unless told otherwise (QT_QPA_PLATFORM=xcb to watch), so that ctest can list and run the
    // tests without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PropDesk"));
    QApplication::setApplicationName(QStringLiteral("PropDesk"));
    // ctest runs test cases in parallel processes: each gets its own settings folder.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    spdlog::set_level(spdlog::level::warn);
    return Catch::Session().run(argc, argv);
}
