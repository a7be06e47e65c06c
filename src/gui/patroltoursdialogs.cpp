#include "patroltoursdialogs.h"

#include "appsession.h"
#include "dialogfit.h"
#include "errortext.h"
#include "eventtimeedit.h"
#include "fielderrors.h"
#include "qtconvert.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace propdesk::gui {

namespace {

QLabel* errorLabel(QWidget* parent)
{
    return new QLabel(parent);
}

} // namespace

RecordScanDialog::RecordScanDialog(AppSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Record scan"));
    setMinimumWidth(460);
    m_checkpoint = new QComboBox(this);
    m_checkpoint->setObjectName(QStringLiteral("checkpointCombo"));
    m_guard = new QLineEdit(this);
    m_guard->setObjectName(QStringLiteral("guardEdit"));
    m_guard->setPlaceholderText(tr("The guard's name or card number"));
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    auto* hint = new QLabel(tr("Now, or when the checkpoint was passed. A checkpoint counts once per round: "
                               "a second scan changes nothing."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* formError = errorLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    auto* checkpointError = errorLabel(this);
    auto* guardError = errorLabel(this);
    auto* timeError = errorLabel(this);
    m_errors = std::make_unique<FieldErrors>(formError);
    m_errors->add({"checkpoint"}, checkpointError);
    m_errors->add({"guard"}, guardError);
    m_errors->add({"at", "time"}, timeError);

    const auto zone = m_session.zone();
    const auto now = m_session.clock().now();
    m_time->setZone(zone);
    m_time->setDefault(now);

    if (const auto& site = m_session.site()) {
        auto& ws = m_session.workspace();
        if (auto routes = ws.security().routes(site->code)) {
            for (const auto* route : domain::routesInForce(*routes, zone.localDate(now))) {
                for (const auto& checkpoint : route->checkpoints) {
                    m_checkpoint->addItem(
                        QStringLiteral("%1 — %2 (%3)").arg(qs(checkpoint.code), qs(checkpoint.name), qs(route->name)),
                        qs(checkpoint.code));
                }
            }
        }
        if (auto staff = ws.staff().list(site->code)) {
            QStringList names;
            for (const auto& member : *staff) {
                if (member.active) {
                    names << qs(member.name);
                }
            }
            m_guard->setCompleter(new QCompleter(names, m_guard));
        }
    }
    m_checkpoint->setPlaceholderText(tr("No route in force today"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Checkpoint:"), m_checkpoint);
    form->addRow(QString(), checkpointError);
    form->addRow(tr("&Guard:"), m_guard);
    form->addRow(QString(), guardError);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(QString(), hint);
    form->addRow(QString(), timeError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordScanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordScanDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(formError);
    layout->addWidget(buttons);
}

RecordScanDialog::~RecordScanDialog() = default;

bool RecordScanDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void RecordScanDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    const auto at = m_time->chosen();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    auto scan = m_session.workspace().security().recordScan(site->code, utf8(m_checkpoint->currentData().toString()),
                                                            utf8(m_guard->text().trimmed()), *at);
    if (!scan) {
        m_errors->show(scan.error());
        return;
    }
    m_result = std::move(*scan);
    m_session.notifySecurityChanged();
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------------------

PatrolImportDialog::PatrolImportDialog(AppSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import guard-tour device file"));
    resize(720, 480);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV export of the guard-tour device"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    const char* names[3] = {"checkpointColumn", "guardColumn", "timeColumn"};
    for (int i = 0; i < 3; ++i) {
        m_columns[i] = new QComboBox(this);
        m_columns[i]->setObjectName(QString::fromLatin1(names[i]));
        m_columns[i]->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_columns[i], &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling && !m_data.empty()) {
                check();
            }
        });
    }
    fillColumns({});
    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("Checkpoint &code column:"), m_columns[0]);
    form->addRow(tr("&Guard or card column:"), m_columns[1]);
    form->addRow(tr("&Time column:"), m_columns[2]);

    m_summary = new QLabel(tr("Choose the file the device exported."), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_issues = new QTableWidget(0, 3, this);
    m_issues->setObjectName(QStringLiteral("issuesTable"));
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import valid rows"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatrolImportDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &PatrolImportDialog::importValid);
    connect(browse, &QPushButton::clicked, this, &PatrolImportDialog::chooseFile);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);
}

PatrolImportDialog::~PatrolImportDialog() = default;

void PatrolImportDialog::chooseFile()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("Guard-tour device file"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!name.isEmpty()) {
        setFile(name);
    }
}

void PatrolImportDialog::fillColumns(const std::vector<std::string>& header)
{
    m_filling = true;
    for (auto* combo : m_columns) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(tr("(by its usual name)"), QString());
        for (const auto& name : header) {
            combo->addItem(qs(name), qs(name));
        }
        const int keep = combo->findData(current);
        combo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_filling = false;
}

bool PatrolImportDialog::setFile(const QString& fileName)
{
    QFile file(fileName);
    m_plan.reset();
    m_result.reset();
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        m_importButton->setEnabled(false);
        return false;
    }
    m_data = file.readAll().toStdString();
    m_fileName = utf8(QFileInfo(fileName).fileName());
    m_file->setText(QDir::toNativeSeparators(fileName));
    fillColumns({});
    check();
    if (m_plan) {
        fillColumns(m_plan->header);
    }
    return m_plan.has_value();
}

void PatrolImportDialog::check()
{
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    services::PatrolColumns columns;
    columns.checkpoint = utf8(m_columns[0]->currentData().toString());
    columns.guard = utf8(m_columns[1]->currentData().toString());
    columns.time = utf8(m_columns[2]->currentData().toString());
    auto plan = m_session.workspace().patrolCsv().prepare(m_data, m_fileName, site->code, columns);
    m_result.reset();
    if (!plan) {
        m_plan.reset();
        m_issues->setRowCount(0);
        m_summary->setText(errorText(plan.error()));
        m_importButton->setEnabled(false);
        return;
    }
    m_plan = std::move(*plan);
    showPlan();
}

void PatrolImportDialog::showPlan()
{
    const auto& plan = *m_plan;
    m_issues->setRowCount(0);
    const auto addIssue = [this](int line, const std::string& column, const std::string& reason) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        m_issues->setItem(row, 0, new QTableWidgetItem(line > 0 ? QString::number(line) : tr("file")));
        m_issues->setItem(row, 1, new QTableWidgetItem(fieldText(column)));
        m_issues->setItem(row, 2, new QTableWidgetItem(messageText(reason)));
    };
    for (const auto& issue : plan.fileIssues) {
        addIssue(issue.line, issue.column, issue.reason);
    }
    for (const auto& rejected : plan.rejected) {
        for (const auto& issue : rejected.issues) {
            addIssue(issue.line > 0 ? issue.line : rejected.line, issue.column, issue.reason);
        }
    }
    m_issues->resizeColumnsToContents();
    if (!plan.importable()) {
        m_summary->setText(tr("Nothing can be imported from this file: see the problems below."));
        m_importButton->setEnabled(false);
        return;
    }
    QString text = tr("%1 rows read: %2 ready to import, %3 rejected.")
                       .arg(plan.rowCount())
                       .arg(plan.valid.size())
                       .arg(plan.rejected.size());
    if (plan.repeatedInFile > 0) {
        text += QLatin1Char(' ') + tr("%1 rows repeat an earlier row and are skipped.").arg(plan.repeatedInFile);
    }
    m_summary->setText(text);
    m_importButton->setEnabled(!plan.valid.empty() && m_session.user().can(domain::Permission::ImportPatrol));
}

bool PatrolImportDialog::importValid()
{
    if (!m_plan || !m_plan->importable() || m_plan->valid.empty()) {
        return false;
    }
    auto result = m_session.workspace().patrolCsv().commit(*m_plan);
    if (!result) {
        m_summary->setText(tr("Nothing was imported: %1").arg(errorText(result.error())));
        return false;
    }
    m_result = *result;
    m_importButton->setEnabled(false);
    m_summary->setText(tr("%1 scans imported; %2 were already stored and were skipped.")
                           .arg(result->stored)
                           .arg(result->alreadyStored));
    m_session.notifySecurityChanged();
    return true;
}

} // namespace propdesk::gui
