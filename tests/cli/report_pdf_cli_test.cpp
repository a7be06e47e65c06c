// `propdesk-cli report --pdf` through the real binaries (issue #8): the CLI has the desktop application draw
// the PDF without a window, and says so when the application cannot be found.

#include "clirunner.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

using propdesk::tests::CliRunner;

namespace {

// The desktop application of the same build tree: src/cli/propdesk-cli → src/app/propdesk.
std::filesystem::path builtApp()
{
    return std::filesystem::path(PROPDESK_CLI).parent_path().parent_path() / "app" / "propdesk";
}

void setUpHq(const CliRunner& cli)
{
    REQUIRE(cli.run({"init"}).exitCode == 0);
    REQUIRE(cli.run({"site", "add", "HQ", "--name", "总部大厦"}).exitCode == 0);
}

// The PDF's text through pdftotext, white space as it comes; empty when the tool is missing.
std::string pdfText(const std::string& file)
{
    if (!std::filesystem::exists("/usr/bin/pdftotext")) {
        return {};
    }
    const std::string command = "/usr/bin/pdftotext '" + file + "' -";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    REQUIRE(pipe);
    std::string text;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) {
        text.append(buffer, n);
    }
    return text;
}

} // namespace

TEST_CASE("report --pdf has the desktop application draw the report", "[report]")
{
    if (!std::filesystem::exists(builtApp())) {
        WARN("the desktop application is not built: report --pdf is not run");
        return;
    }
    CliRunner cli;
    setUpHq(cli);
    const std::string pdf = cli.path("march-en.pdf");
    const auto r = cli.run({"report", "--site", "HQ", "--month", "2025-03", "--as-of", "2025-04-05 00:00", "--language",
                            "en", "--pdf", pdf},
                           {{"PROPDESK_APP", builtApp().string()}});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Wrote " + pdf) != std::string::npos);
    std::ifstream in(pdf, std::ios::binary);
    std::string head(4, '\0');
    in.read(head.data(), 4);
    CHECK(head == "%PDF");
    const std::string text = pdfText(pdf);
    if (text.empty()) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
        return;
    }
    CHECK(text.find("Monthly KPI report") != std::string::npos);
    CHECK(text.find("总部大厦") != std::string::npos);
    CHECK(text.find("Head of the service centre (signature)") != std::string::npos);
}

TEST_CASE("report --pdf fails with exit 3 when the desktop application is missing", "[report]")
{
    CliRunner cli;
    setUpHq(cli);
    const std::string pdf = cli.path("march.pdf");
    const auto r = cli.run({"report", "--site", "HQ", "--month", "2025-03", "--pdf", pdf},
                           {{"PROPDESK_APP", cli.path("no-such-propdesk")}});
    CHECK(r.exitCode == 3);
    CHECK(r.err.find("desktop application propdesk, which was not found") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(pdf));
}

TEST_CASE("report takes one output: --pdf with --xlsx is a usage error", "[report]")
{
    CliRunner cli;
    setUpHq(cli);
    const auto r = cli.run(
        {"report", "--site", "HQ", "--month", "2025-03", "--pdf", cli.path("a.pdf"), "--xlsx", cli.path("a.xlsx")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("one of --xlsx FILE, --json FILE or --pdf FILE") != std::string::npos);
}
