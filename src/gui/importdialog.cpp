#include "importdialog.h"

#include "appsession.h"
#include "errortext.h"
#include "guilog.h"
#include "importissuemodel.h"
#include "qtconvert.h"
#include "ui_importdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <fstream>

namespace propdesk::gui {

namespace {

const QString kFolderKey = QStringLiteral("import/folder");

QString number(int n)
{
    return QLocale().toString(n);
}

QString startFolder()
{
    const QString saved = QSettings().value(kFolderKey).toString();
    return saved.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : saved;
}

} // namespace

ImportDialog::ImportDialog(AppSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_ui(std::make_unique<Ui::ImportDialog>()),
      m_issues(new ImportIssueModel(this))
{
    m_ui->setupUi(this);
    m_ui->issueView->setModel(m_issues);
    m_ui->issueView->horizontalHeader()->setSectionResizeMode(ImportIssueModel::Line, QHeaderView::ResizeToContents);
    m_ui->issueView->horizontalHeader()->setSectionResizeMode(ImportIssueModel::Field, QHeaderView::ResizeToContents);

    m_importButton = m_ui->buttonBox->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_rejectsButton = m_ui->buttonBox->addButton(tr("Save rejected rows…"), QDialogButtonBox::ActionRole);
    m_rejectsButton->setObjectName(QStringLiteral("rejectsButton"));
    m_rejectsButton->setToolTip(tr("Save the rows with problems, and why, as a CSV file to correct and import"));
    m_rejectsButton->hide();
    m_nothingButton = m_ui->buttonBox->addButton(tr("Import nothing"), QDialogButtonBox::RejectRole);
    m_nothingButton->setObjectName(QStringLiteral("importNothingButton"));
    // Enter must not import by accident.
    m_importButton->setAutoDefault(false);
    m_nothingButton->setDefault(true);

    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::importValid);
    connect(m_rejectsButton, &QPushButton::clicked, this, &ImportDialog::chooseRejectsFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->siteCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && !m_data.empty()) {
            check();
        }
    });
    fillSites();
    m_ui->summaryLabel->setText(tr("Choose the CSV file to import."));
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::fillSites()
{
    m_filling = true;
    m_ui->siteCombo->clear();
    m_ui->siteCombo->addItem(tr("The site named in each row"), QString());
    for (const auto& site : m_session.sites()) {
        m_ui->siteCombo->addItem(tr("%1 (%2)").arg(qs(site.name), qs(site.code)), qs(site.code));
    }
    m_filling = false;
}

void ImportDialog::setSiteOverride(const std::optional<std::string>& siteCode)
{
    const int index = siteCode ? m_ui->siteCombo->findData(qs(*siteCode)) : 0;
    m_ui->siteCombo->setCurrentIndex(std::max(index, 0));
}

std::optional<std::string> ImportDialog::siteOverride() const
{
    const QString code = m_ui->siteCombo->currentData().toString();
    return code.isEmpty() ? std::nullopt : std::optional(utf8(code));
}

void ImportDialog::chooseFile()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import work orders"), startFolder(),
                                                          tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty()) {
        return;
    }
    QSettings().setValue(kFolderKey, QFileInfo(fileName).absolutePath());
    setFile(fileName);
}

bool ImportDialog::setFile(const QString& fileName)
{
    m_fileName = fileName;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(fileName));
    m_data.clear();
    m_plan.reset();
    m_issues->clear();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return false;
    }
    m_data = file.readAll().toStdString();
    check();
    return m_plan.has_value();
}

void ImportDialog::check()
{
    m_plan.reset();
    m_issues->clear();
    if (!m_session.isOpen()) {
        showError(tr("No database is open."));
        return;
    }
    m_ui->summaryLabel->setText(tr("Checking %1…").arg(QFileInfo(m_fileName).fileName()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan =
        m_session.workspace().workOrderCsv().prepare(m_data, utf8(QFileInfo(m_fileName).fileName()), siteOverride());
    QApplication::restoreOverrideCursor();
    if (!plan) {
        showError(tr("The file could not be checked: %1").arg(errorText(plan.error())));
        return;
    }
    const bool namesSites = std::find(plan->header.begin(), plan->header.end(), "site") != plan->header.end();
    if (!namesSites && !siteOverride() && m_session.site()) {
        // A file without a site column is meant for one site: the one being worked on, unless the user
        // picks another. Checking again with it gives the real list of problems.
        if (const int index = m_ui->siteCombo->findData(qs(m_session.site()->code)); index > 0) {
            m_filling = true;
            m_ui->siteCombo->setCurrentIndex(index);
            m_filling = false;
            check();
            return;
        }
    }
    m_plan = std::move(*plan);
    showPlan();
}

void ImportDialog::showPlan()
{
    const auto& plan = *m_plan;
    m_issues->setPlan(plan);
    const int valid = static_cast<int>(plan.valid.size());
    const int rejected = static_cast<int>(plan.rejected.size());
    const int issues = m_issues->rowCount();
    QString summary;
    if (!plan.importable()) {
        summary = tr("This file cannot be imported: see the problems below.");
    } else {
        summary = tr("%1, %2.", "import summary: rows ready, errors")
                      .arg(valid == 1 ? tr("1 row ready to import") : tr("%1 rows ready to import").arg(number(valid)),
                           issues == 1 ? tr("1 error") : tr("%1 errors").arg(number(issues)));
        if (valid == 0) {
            summary += QLatin1Char(' ') + tr("Nothing can be imported: correct the rows and choose the file again.");
        }
    }
    m_ui->summaryLabel->setText(summary);
    const bool canImport = plan.importable() && valid > 0;
    m_importButton->setText(valid == 1 ? tr("Import 1 valid row") : tr("Import %1 valid rows").arg(number(valid)));
    m_importButton->setEnabled(canImport);
    m_importButton->setVisible(true);
    m_rejectsButton->setVisible(plan.importable() && rejected > 0);
}

void ImportDialog::showError(const QString& text)
{
    logger()->warn("import: {}", utf8(text));
    m_ui->summaryLabel->setText(text);
    m_importButton->setEnabled(false);
    m_rejectsButton->hide();
}

bool ImportDialog::importValid()
{
    if (m_done || !m_plan || !m_plan->importable() || m_plan->valid.empty()) {
        return false;
    }
    const int total = static_cast<int>(m_plan->valid.size());
    QProgressDialog progress(tr("Importing %1 work orders…").arg(number(total)), tr("Cancel"), 0, total, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setValue(0);
    bool cancelled = false;
    const auto written = m_session.workspace().workOrderCsv().commit(*m_plan, [&](std::size_t done, std::size_t) {
        progress.setValue(static_cast<int>(done));
        QCoreApplication::processEvents();
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.reset();
    if (!written) {
        if (cancelled) {
            m_ui->summaryLabel->setText(tr("The import was cancelled. Nothing was written."));
        } else {
            showError(tr("The import failed and nothing was written: %1").arg(errorText(written.error())));
        }
        logger()->info("import of {} not done: {}", utf8(m_fileName), written.error().describe());
        return false;
    }
    finished(static_cast<int>(*written));
    return true;
}

void ImportDialog::finished(int count)
{
    m_done = true;
    m_ui->summaryLabel->setText(
        (count == 1 ? tr("Imported 1 work order.") : tr("Imported %1 work orders.").arg(number(count))) +
        (m_plan->rejected.empty()
             ? QString()
             : QLatin1Char(' ') +
                   tr("Rejected rows not imported: %1.").arg(number(static_cast<int>(m_plan->rejected.size())))));
    m_importButton->hide();
    m_nothingButton->setText(tr("Close"));
    m_ui->browseButton->setEnabled(false);
    m_ui->siteCombo->setEnabled(false);
    m_session.notifyOrdersChanged();
    emit imported(count);
}

void ImportDialog::chooseRejectsFile()
{
    const QFileInfo source(m_fileName);
    const QString suggested =
        source.absoluteDir().filePath(source.completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (!fileName.isEmpty()) {
        saveRejects(fileName);
    }
}

bool ImportDialog::saveRejects(const QString& fileName)
{
    if (!m_plan) {
        return false;
    }
    const auto path = toPath(fileName);
    auto part = path;
    part += ".part";
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        m_session.workspace().workOrderCsv().writeRejects(*m_plan, out);
        out.close();
        std::error_code error;
        if (out.fail()) {
            std::filesystem::remove(part, error);
            m_ui->summaryLabel->setText(tr("%1 could not be written.").arg(QDir::toNativeSeparators(fileName)));
            return false;
        }
        std::filesystem::rename(part, path, error);
        if (error) {
            std::filesystem::remove(part, error);
            m_ui->summaryLabel->setText(tr("%1 could not be written.").arg(QDir::toNativeSeparators(fileName)));
            return false;
        }
    }
    m_ui->summaryLabel->setText(tr("Saved the rejected rows (%1) to %2.")
                                    .arg(number(static_cast<int>(m_plan->rejected.size())))
                                    .arg(QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace propdesk::gui
