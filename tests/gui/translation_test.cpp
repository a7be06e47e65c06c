// The zh_CN catalogue is complete: every message of the GUI's sources has a finished Chinese translation,
// and the source tree holds no tr() text that the catalogue lacks.

#include "guifixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace propdesk;

namespace {

const QString kSourceDir = QStringLiteral(PROPDESK_SOURCE_DIR);
const QString kCatalogue = kSourceDir + QStringLiteral("/resources/translations/propdesk_zh_CN.ts");

struct Catalogue
{
    int messages = 0;
    // "context: source (why)" for each message a user would see untranslated.
    QStringList untranslated;
};

Catalogue readCatalogue(const QString& fileName)
{
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    Catalogue catalogue;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                continue; // no longer in the sources: lrelease leaves it out
            }
            ++catalogue.messages;
            // Plural forms nest <numerusform> elements; every one of them must be filled.
            QString text;
            bool emptyForm = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    emptyForm = emptyForm || form.trimmed().isEmpty();
                    text += form;
                }
            }
            const QString where = QStringLiteral("%1: \"%2\"").arg(context, source);
            if (type == QLatin1String("unfinished")) {
                catalogue.untranslated << where + QStringLiteral(" (unfinished)");
            } else if (text.trimmed().isEmpty() || emptyForm) {
                catalogue.untranslated << where + QStringLiteral(" (empty)");
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return catalogue;
}

} // namespace

TEST_CASE("every message of the zh_CN catalogue is translated")
{
    const Catalogue catalogue = readCatalogue(kCatalogue);
    CHECK(catalogue.messages > 50);
    INFO("untranslated:\n" << catalogue.untranslated.join(QLatin1Char('\n')).toStdString());
    CHECK(catalogue.untranslated.isEmpty());
}

TEST_CASE("the zh_CN catalogue holds every text of the GUI's sources and forms")
{
    // lupdate over a copy adds what the sources say and the catalogue lacks as "unfinished", and marks a
    // message the catalogue has as vanished when no source says it any more.
    tests::GuiFixture fixture(tests::GuiFixture::Contents::Empty);
    const QString copy = QDir(QString::fromStdString(fixture.dir.path().string())).filePath(QStringLiteral("zh.ts"));
    REQUIRE(QFile::copy(kCatalogue, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProgram(QStringLiteral(PROPDESK_LUPDATE));
    lupdate.setArguments({QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                          kSourceDir + QStringLiteral("/src/gui"), kSourceDir + QStringLiteral("/src/app"),
                          kSourceDir + QStringLiteral("/ui"), QStringLiteral("-ts"), copy});
    lupdate.start();
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);

    const Catalogue updated = readCatalogue(copy);
    INFO("in the sources but not translated in resources/translations/propdesk_zh_CN.ts (run `cmake --build "
         "<build> --target update_translations`, then translate):\n"
         << updated.untranslated.join(QLatin1Char('\n')).toStdString());
    CHECK(updated.untranslated.isEmpty());
}

TEST_CASE("Qt's own buttons and dialogs are translated too")
{
    // From qtbase_zh_CN.qm of qt6-translations-l10n: without it message boxes would say "OK" and "Cancel".
    tests::LanguageScope chinese(QStringLiteral("zh_CN"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("取消"));
}
