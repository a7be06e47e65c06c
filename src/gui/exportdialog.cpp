#include "exportdialog.h"

#include "appsession.h"
#include "domain/clock.h"
#include "errortext.h"
#include "guilog.h"
#include "qtconvert.h"
#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <fstream>

namespace propdesk::gui {

namespace {

const QString kFolderKey = QStringLiteral("export/folder");
constexpr int kMonths = 24;

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

} // namespace

ExportDialog::ExportDialog(AppSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* close = m_ui->buttonBox->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_ui->monthCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::monthChosen);
    for (auto* check : {m_ui->fromCheck, m_ui->toCheck}) {
        connect(check, &QCheckBox::toggled, this, &ExportDialog::rangeEdited);
    }
    for (auto* edit : {m_ui->fromDate, m_ui->toDate}) {
        connect(edit, &QDateEdit::dateChanged, this, &ExportDialog::rangeEdited);
    }
    fillSites();
    fillMonths();
    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    m_ui->fromDate->setDate(QDate(today.year(), today.month(), 1));
    m_ui->toDate->setDate(today);
    updateButtons();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::fillSites()
{
    auto* combo = m_ui->siteCombo;
    combo->addItem(tr("All sites"), QString());
    for (const auto& site : m_session.sites()) {
        combo->addItem(tr("%1 (%2)").arg(qs(site.name), qs(site.code)), qs(site.code));
    }
    if (m_session.site()) {
        combo->setCurrentIndex(std::max(combo->findData(qs(m_session.site()->code)), 0));
    }
}

void ExportDialog::fillMonths()
{
    m_filling = true;
    auto* combo = m_ui->monthCombo;
    combo->addItem(tr("Any time or the dates below"), QDate());
    const QDate today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    QDate month(today.year(), today.month(), 1);
    const QLocale locale;
    for (int i = 0; i < kMonths; ++i, month = month.addMonths(-1)) {
        combo->addItem(locale.toString(month, tr("MMMM yyyy", "month quick-pick")), month);
    }
    m_filling = false;
}

void ExportDialog::setSite(const std::optional<std::string>& siteCode)
{
    m_ui->siteCombo->setCurrentIndex(std::max(siteCode ? m_ui->siteCombo->findData(qs(*siteCode)) : 0, 0));
}

void ExportDialog::setMonth(int year, int month)
{
    const QDate first(year, month, 1);
    const int index = m_ui->monthCombo->findData(first);
    if (index >= 0) {
        m_ui->monthCombo->setCurrentIndex(index);
        return;
    }
    // Older than the quick-pick reaches: set the dates directly.
    m_filling = true;
    m_ui->fromCheck->setChecked(true);
    m_ui->toCheck->setChecked(true);
    m_ui->fromDate->setDate(first);
    m_ui->toDate->setDate(first.addMonths(1).addDays(-1));
    m_ui->monthCombo->setCurrentIndex(0);
    m_filling = false;
    updateButtons();
}

void ExportDialog::monthChosen()
{
    if (m_filling) {
        return;
    }
    const QDate first = m_ui->monthCombo->currentData().toDate();
    m_filling = true;
    if (first.isValid()) {
        m_ui->fromCheck->setChecked(true);
        m_ui->toCheck->setChecked(true);
        m_ui->fromDate->setDate(first);
        m_ui->toDate->setDate(first.addMonths(1).addDays(-1));
    } else {
        m_ui->fromCheck->setChecked(false);
        m_ui->toCheck->setChecked(false);
    }
    m_filling = false;
    updateButtons();
}

void ExportDialog::rangeEdited()
{
    if (m_filling) {
        return;
    }
    // The dates no longer say "that month".
    m_filling = true;
    m_ui->monthCombo->setCurrentIndex(0);
    m_filling = false;
    updateButtons();
}

void ExportDialog::setFile(const QString& fileName)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(fileName));
}

services::ExportFilter ExportDialog::exportFilter() const
{
    services::ExportFilter filter;
    if (const QString code = m_ui->siteCombo->currentData().toString(); !code.isEmpty()) {
        filter.siteCode = utf8(code);
    }
    if (m_ui->fromCheck->isChecked()) {
        filter.from = toDate(m_ui->fromDate->date());
    }
    if (m_ui->toCheck->isChecked()) {
        filter.to = toDate(m_ui->toDate->date());
    }
    return filter;
}

QString ExportDialog::suggestedName() const
{
    const auto filter = exportFilter();
    QString name = QStringLiteral("workorders");
    name += QLatin1Char('-') + (filter.siteCode ? qs(*filter.siteCode) : QStringLiteral("all"));
    if (const QDate month = m_ui->monthCombo->currentData().toDate(); month.isValid()) {
        name += month.toString(QStringLiteral("-yyyy-MM"));
    } else if (filter.from || filter.to) {
        name += QLatin1Char('-') + (filter.from ? m_ui->fromDate->date().toString(Qt::ISODate) : QString()) +
                QStringLiteral("_") + (filter.to ? m_ui->toDate->date().toString(Qt::ISODate) : QString());
    }
    return name + QStringLiteral(".csv");
}

void ExportDialog::chooseFile()
{
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export work orders"), QDir(folder).filePath(suggestedName()), tr("CSV files (*.csv)"));
    if (fileName.isEmpty()) {
        return;
    }
    QSettings().setValue(kFolderKey, QFileInfo(fileName).absolutePath());
    setFile(fileName);
}

void ExportDialog::updateButtons()
{
    const bool backwards =
        m_ui->fromCheck->isChecked() && m_ui->toCheck->isChecked() && m_ui->fromDate->date() > m_ui->toDate->date();
    m_exportButton->setEnabled(!m_ui->fileEdit->text().trimmed().isEmpty() && !backwards);
    if (backwards) {
        m_ui->summaryLabel->setText(tr("The range ends before it starts."));
    } else if (m_ui->summaryLabel->text() == tr("The range ends before it starts.")) {
        m_ui->summaryLabel->clear();
    }
}

std::optional<std::size_t> ExportDialog::exportNow()
{
    const QString fileName = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    if (fileName.isEmpty() || !m_exportButton->isEnabled()) {
        return std::nullopt;
    }
    if (!m_session.isOpen()) {
        m_ui->summaryLabel->setText(tr("No database is open."));
        return std::nullopt;
    }
    const auto filter = exportFilter();
    const auto path = toPath(fileName);
    auto part = path;
    part += ".part";
    std::ofstream out(part, std::ios::binary | std::ios::trunc);
    if (!out) {
        m_ui->summaryLabel->setText(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(fileName)));
        return std::nullopt;
    }

    QProgressDialog progress(tr("Exporting work orders…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setValue(0);
    bool cancelled = false;
    const QLocale locale;
    auto written = m_session.workspace().workOrderCsv().exportTo(out, filter, [&](std::size_t done, std::size_t total) {
        // The total is the current site's: exact for one site, a busy bar for all of them.
        if (filter.siteCode) {
            progress.setMaximum(static_cast<int>(std::max(done, total)));
        }
        progress.setLabelText(tr("Exporting work orders… %1 written").arg(locale.toString(qulonglong(done))));
        progress.setValue(static_cast<int>(done));
        QCoreApplication::processEvents();
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.reset();
    out.close();
    std::error_code error;
    if (written && out.fail()) {
        written = domain::fail(domain::ErrorCode::Io, "could not write the file");
    }
    if (written) {
        std::filesystem::rename(part, path, error);
        if (error) {
            written = domain::fail(domain::ErrorCode::Io, error.message());
        }
    }
    if (!written) {
        std::filesystem::remove(part, error);
        const QString name = QDir::toNativeSeparators(fileName);
        m_ui->summaryLabel->setText(
            cancelled ? tr("The export was cancelled; %1 was not written.").arg(name)
                      : tr("The export failed; %1 was not written: %2").arg(name, errorText(written.error())));
        logger()->info("export to {} not done: {}", utf8(fileName), written.error().describe());
        return std::nullopt;
    }
    const int count = static_cast<int>(*written);
    m_ui->summaryLabel->setText(
        (count == 1
             ? tr("Wrote 1 work order to %1.").arg(QDir::toNativeSeparators(fileName))
             : tr("Wrote %1 work orders to %2.").arg(locale.toString(count), QDir::toNativeSeparators(fileName))));
    logger()->info("exported {} work orders to {}", count, utf8(fileName));
    emit exported(count);
    return *written;
}

} // namespace propdesk::gui
