// propdesk_gui_bench: the desktop app's speed on a large database (docs/performance.md). Prints JSON.
//
//   propdesk_gui_bench [--database FILE] [--runs N]
//
// FILE defaults to the 1,000,000-order database that propdesk_bench builds and caches
// ($PROPDESK_BENCH_DIR or the temp folder, /propdesk-bench/kpi-1m-v1.db): run propdesk_bench once first.
// Run it under xvfb-run (or a desktop) for a real window system; QT_QPA_PLATFORM=offscreen works too.
//
// startup_ms: from the start of main() to a shown, painted main window whose front-desk page has its
// dispatch board loaded, as the app does it (logging, translators, opening the database, all pages).
// history_first_page_ms: switching to the work-order history, which reads its first page and count.
// filter_ms / search_ms: one filter or search typed into the history's bar, until the table is painted.

#include "domain/clock.h"
#include "gui/appsession.h"
#include "gui/desktop.h"
#include "gui/historymodel.h"
#include "gui/historyview.h"
#include "gui/mainwindow.h"
#include "gui/translations.h"
#include "gui/workorderspage.h"
#include "services/logging.h"
#include "services/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace propdesk;
using Stopwatch = std::chrono::steady_clock;

namespace {

double ms(Stopwatch::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

fs::path defaultDatabase()
{
    const char* dir = std::getenv("PROPDESK_BENCH_DIR");
    const fs::path base = dir && *dir ? fs::path(dir) : fs::temp_directory_path();
    return base / "propdesk-bench" / "kpi-1m-v1.db";
}

// Lets every posted event (timers at 0 ms, layout, paint) run, so that what follows sees a settled window.
void settle()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// Applies a change to the history's filter bar and returns the time until the table has been repainted.
// The combo boxes apply as they change; typed text waits for a pause, so a search is applied at once as
// Enter would.
double timeHistory(gui::HistoryView& view, const std::function<void()>& change, bool typed)
{
    auto* table = view.findChild<QTableView*>(QStringLiteral("table"));
    const auto t0 = Stopwatch::now();
    change();
    if (typed) {
        view.applyFilter();
    }
    table->viewport()->repaint();
    settle();
    return ms(Stopwatch::now() - t0);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto start = Stopwatch::now();
    fs::path database = defaultDatabase();
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--database" && i + 1 < argc) {
            database = argv[++i];
        } else if (arg == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        }
    }
    if (!fs::exists(database)) {
        std::cerr << "propdesk_gui_bench: " << database << " does not exist: run propdesk_bench first\n";
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PropDesk-bench"));
    QApplication::setApplicationName(QStringLiteral("PropDesk-bench"));
    services::configureLogging(fs::temp_directory_path() / "propdesk-bench" / "logs", spdlog::level::warn);
    gui::installTranslators(gui::localeFor(QStringLiteral("zh_CN")));

    domain::SystemClock clock;
    gui::AppSession session(clock, domain::User{"bench", domain::Role::Manager});
    if (auto opened = session.open(database, services::OpenMode::OpenExisting); !opened) {
        std::cerr << "propdesk_gui_bench: " << opened.error().describe() << '\n';
        return 1;
    }
    auto window = gui::createMainWindow(session);
    window->resize(1400, 900);
    window->showModule(gui::MainWindow::Module::FrontDesk);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        std::cerr << "propdesk_gui_bench: the window was never shown\n";
        return 1;
    }
    window->repaint();
    settle();
    const double startup = ms(Stopwatch::now() - start);

    const auto firstPage0 = Stopwatch::now();
    window->showModule(gui::MainWindow::Module::WorkOrders);
    auto* page = qobject_cast<gui::WorkOrdersPage*>(window->page(gui::MainWindow::Module::WorkOrders));
    page->showHistory();
    auto& view = *page->history();
    view.findChild<QTableView*>(QStringLiteral("table"))->viewport()->repaint();
    settle();
    const double firstPage = ms(Stopwatch::now() - firstPage0);
    const int firstRows = view.model()->rowCount();

    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    auto* category = view.findChild<QComboBox*>(QStringLiteral("categoryFilter"));
    const auto reset = [&] {
        search->clear();
        status->setCurrentIndex(0);
        category->setCurrentIndex(0);
    };
    struct Case
    {
        std::string name;
        std::function<void()> change;
    };
    const std::vector<Case> filters{
        {"status_on_hold",
         [&] {
             status->setCurrentIndex(status->findData(static_cast<int>(domain::WorkOrderStatus::OnHold)));
         }},
        {"status_open",
         [&] {
             status->setCurrentIndex(1);
         }},
        {"category",
         [&] {
             category->setCurrentIndex(1);
         }},
    };
    const std::vector<Case> searches{
        {"漏水",
         [&] {
             search->setText(QStringLiteral("漏水"));
         }},
        {"1803",
         [&] {
             search->setText(QStringLiteral("1803"));
         }},
        {"8000 7",
         [&] {
             search->setText(QStringLiteral("8000 7"));
         }},
        {"xyzq",
         [&] {
             search->setText(QStringLiteral("xyzq"));
         }},
    };
    std::map<std::string, double> filterMs;
    std::map<std::string, double> searchMs;
    std::map<std::string, double> firstMs; // the first run: nothing of this filter cached anywhere
    std::map<std::string, QString> counts;
    for (const auto* cases : {&filters, &searches}) {
        for (const auto& c : *cases) {
            std::vector<double> times;
            for (int r = 0; r < runs; ++r) {
                timeHistory(view, reset, true);
                times.push_back(timeHistory(view, c.change, cases == &searches));
            }
            (cases == &filters ? filterMs : searchMs)[c.name] = median(times);
            firstMs[c.name] = times.front();
            view.model()->countMatches();
            counts[c.name] = view.model()->countText();
        }
    }

    fmt::print("{{\n  \"database\": \"{}\",\n  \"startup_ms\": {:.1f},\n  \"history_first_page_ms\": {:.1f},\n"
               "  \"history_first_page_rows\": {},\n",
               database.string(), startup, firstPage, firstRows);
    const auto printMap = [&](const char* name, const std::map<std::string, double>& values, bool last) {
        fmt::print("  \"{}\": {{", name);
        bool first = true;
        for (const auto& [key, value] : values) {
            fmt::print("{}\n    \"{}\": {{\"ms\": {:.1f}, \"first_ms\": {:.1f}, \"matches\": \"{}\"}}",
                       first ? "" : ",", key, value, firstMs[key], counts[key].toStdString());
            first = false;
        }
        fmt::print("\n  }}{}\n", last ? "" : ",");
    };
    printMap("filter_ms", filterMs, false);
    printMap("search_ms", searchMs, false);
    fmt::print("  \"runs\": {}\n}}\n", runs);
    window.reset();
    return 0;
}
