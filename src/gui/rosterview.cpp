#include "rosterview.h"

#include "appsession.h"
#include "domain/clock.h"
#include "errortext.h"
#include "guilog.h"
#include "qtconvert.h"
#include "rosterconflictmodel.h"
#include "rosterdialogs.h"
#include "rostermodel.h"
#include "rostersheet.h"
#include "securitylabels.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kSplitterKey = QStringLiteral("security/rosterSplitter");
const QString kPdfFolderKey = QStringLiteral("security/pdfFolder");

QPushButton* button(const QString& text, const char* name, const QString& tip)
{
    auto* b = new QPushButton(text);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolTip(tip);
    return b;
}

} // namespace

RosterView::RosterView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("rosterView"));
    m_model = new RosterModel(this);
    m_conflictModel = new RosterConflictModel(*m_model, this);

    m_month = new QDateEdit;
    m_month->setObjectName(QStringLiteral("rosterMonth"));
    m_month->setDisplayFormat(tr("MMMM yyyy", "roster month picker"));
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    m_month->setCalendarPopup(false);
    m_month->setMinimumWidth(130);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("rosterStatus"));
    m_status->setTextFormat(Qt::RichText);

    m_generate = button(tr("Generate"), "rosterGenerate", tr("Make the month's roster from the squads' rotation"));
    m_swap = button(tr("Swap…"), "rosterSwap", tr("Exchange the guards of the two selected cells"));
    m_leave = button(tr("Leave…"), "rosterLeave", tr("The guard of the selected cell is on leave"));
    m_substitute = button(tr("Substitute…"), "rosterSubstitute", tr("Another guard works the selected cell"));
    m_publish = button(tr("Publish…"), "rosterPublish", tr("Hand the roster to the squads"));
    m_print = button(tr("Print…"), "rosterPrint", tr("Print the month's sheet on A4 landscape"));
    m_export = button(tr("Export PDF…"), "rosterExportPdf", tr("Save the month's sheet as a PDF file"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:")));
    bar->addWidget(m_month);
    bar->addWidget(m_status, 1);
    for (auto* b : {m_generate, m_swap, m_leave, m_substitute, m_publish, m_print, m_export}) {
        bar->addWidget(b);
    }

    m_grid = new QTableView;
    m_grid->setObjectName(QStringLiteral("rosterGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(56);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    m_grid->setWordWrap(false);

    m_conflicts = new QTableView;
    m_conflicts->setObjectName(QStringLiteral("rosterConflicts"));
    m_conflicts->setModel(m_conflictModel);
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->setAlternatingRowColors(true);
    m_conflictSummary = new QLabel;
    m_conflictSummary->setObjectName(QStringLiteral("rosterConflictSummary"));
    m_conflictSummary->setWordWrap(true);

    auto* conflictsBox = new QGroupBox(tr("Conflicts"));
    conflictsBox->setObjectName(QStringLiteral("rosterConflictsBox"));
    auto* conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->addWidget(m_conflictSummary);
    conflictsLayout->addWidget(m_conflicts);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("rosterSplitter"));
    splitter->addWidget(m_grid);
    splitter->addWidget(conflictsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    if (!splitter->restoreState(QSettings().value(kSplitterKey).toByteArray())) {
        splitter->setSizes({900, 340});
    }
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(kSplitterKey, splitter->saveState()); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    const domain::Date today = m_session.zone().localDate(m_session.clock().now());
    setMonth(today.year() / today.month());

    connect(m_month, &QDateEdit::dateChanged, this, &RosterView::reload);
    connect(m_generate, &QPushButton::clicked, this, &RosterView::generate);
    connect(m_swap, &QPushButton::clicked, this, &RosterView::swap);
    connect(m_leave, &QPushButton::clicked, this, &RosterView::leave);
    connect(m_substitute, &QPushButton::clicked, this, &RosterView::substitute);
    connect(m_publish, &QPushButton::clicked, this, &RosterView::publish);
    connect(m_print, &QPushButton::clicked, this, &RosterView::printSheet);
    connect(m_export, &QPushButton::clicked, this, &RosterView::exportPdf);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterView::updateActions);
    connect(m_conflicts, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (const auto* conflict = m_conflictModel->conflict(index)) {
            selectSlot(conflict->slot);
        }
    });
    connect(m_grid, &QTableView::doubleClicked, this, [this] {
        if (m_substitute->isEnabled()) {
            substitute();
        }
    });
    connect(&m_session, &AppSession::securityChanged, this, &RosterView::reload);
    connect(&m_session, &AppSession::siteChanged, this, &RosterView::reload);
    connect(&m_session, &AppSession::staffChanged, this, &RosterView::reload);
    connect(&m_session, &AppSession::userChanged, this, &RosterView::updateActions);
    reload();
}

RosterView::~RosterView() = default;

date::year_month RosterView::month() const
{
    const QDate date = m_month->date();
    return date::year{date.year()} / date::month{static_cast<unsigned>(date.month())};
}

void RosterView::setMonth(date::year_month month)
{
    m_month->setDate(QDate(static_cast<int>(month.year()), static_cast<int>(static_cast<unsigned>(month.month())), 1));
}

void RosterView::reload()
{
    const auto& site = m_session.site();
    std::optional<services::RosterView> roster;
    domain::SecuritySetup setup;
    std::map<domain::StaffId, std::string> staff;
    m_activeGuards.clear();
    QString problem;
    if (m_session.isOpen() && site) {
        auto& ws = m_session.workspace();
        if (auto found = ws.security().setup(site->code)) {
            setup = std::move(*found);
        } else {
            problem = errorText(found.error());
        }
        if (auto members = ws.staff().list(site->code)) {
            for (const auto& member : *members) {
                staff.emplace(member.id, member.name);
                if (member.active) {
                    m_activeGuards.emplace_back(member.id, member.name);
                }
            }
        }
        if (auto found = ws.security().roster(site->code, month())) {
            roster = std::move(*found);
        } else if (problem.isEmpty()) {
            problem = errorText(found.error());
        }
    }
    m_model->setContent(std::move(setup), month(), std::move(roster), std::move(staff));
    m_conflicts->resizeColumnsToContents();

    const auto& r = m_model->roster();
    if (!problem.isEmpty()) {
        m_status->setText(QStringLiteral("<span style=\"color:#c62828;\">%1</span>").arg(problem.toHtmlEscaped()));
    } else if (!r) {
        m_status->setText(tr("No roster for this month yet: Generate makes one."));
    } else {
        const auto zone = m_session.zone();
        QString text = QStringLiteral("<b>%1</b>").arg(rosterStatusLabel(r->roster.status).toHtmlEscaped());
        if (r->roster.status == domain::RosterStatus::Published && r->roster.publishedAt) {
            text +=
                QStringLiteral(" · ") + tr("published by %1 at %2")
                                            .arg(qs(r->roster.publishedBy), formatInstant(*r->roster.publishedAt, zone))
                                            .toHtmlEscaped();
        } else {
            text +=
                QStringLiteral(" · ") + tr("generated by %1 at %2")
                                            .arg(qs(r->roster.generatedBy), formatInstant(r->roster.generatedAt, zone))
                                            .toHtmlEscaped();
        }
        m_status->setText(text);
    }

    const int count = m_conflictModel->rowCount();
    const int blocking = m_conflictModel->blockingCount();
    if (!r) {
        m_conflictSummary->setText(QString());
    } else if (count == 0) {
        m_conflictSummary->setText(tr("No conflicts."));
    } else if (blocking > 0) {
        m_conflictSummary->setText(tr("Conflicts: %1. Double bookings block publishing.").arg(count));
    } else {
        m_conflictSummary->setText(tr("Warnings: %1, shown before publishing.").arg(count));
    }
    updateActions();
}

void RosterView::updateActions()
{
    const bool may = m_session.isOpen() && m_session.site() && m_session.user().can(domain::Permission::EditRoster);
    const auto& r = m_model->roster();
    const auto selected = selectedSlots();
    for (auto* b : {m_generate, m_swap, m_leave, m_substitute, m_publish}) {
        b->setVisible(m_session.user().can(domain::Permission::EditRoster));
    }
    m_generate->setEnabled(may && (!r || r->roster.status == domain::RosterStatus::Draft) &&
                           !m_model->setup().squads.empty());
    m_swap->setEnabled(may && r && selected.size() == 2);
    m_leave->setEnabled(may && r && selected.size() == 1);
    m_substitute->setEnabled(may && r && selected.size() == 1);
    m_publish->setEnabled(may && r && r->roster.status == domain::RosterStatus::Draft);
    m_print->setEnabled(r.has_value());
    m_export->setEnabled(r.has_value());
}

std::vector<domain::SlotKey> RosterView::selectedSlots() const
{
    std::vector<domain::SlotKey> keys;
    auto indexes = m_grid->selectionModel()->selectedIndexes();
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex& a, const QModelIndex& b) {
        return std::pair(a.row(), a.column()) < std::pair(b.row(), b.column());
    });
    for (const QModelIndex& index : indexes) {
        if (m_model->slot(index)) {
            keys.push_back(m_model->slotKey(index));
        }
    }
    return keys;
}

bool RosterView::selectSlot(const domain::SlotKey& key)
{
    const QModelIndex index = m_model->indexOf(key);
    if (!index.isValid()) {
        return false;
    }
    m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_grid->scrollTo(index);
    return true;
}

std::optional<RosterSheet> RosterView::sheet() const
{
    const auto& site = m_session.site();
    if (!site || !m_model->roster()) {
        return std::nullopt;
    }
    return RosterSheet(*m_model, *site, m_session.clock().now(), m_session.user().name);
}

void RosterView::showRefusal(const QString& title, const domain::Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, errorText(error), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RosterView::generate()
{
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    const auto run = [this, code = site->code](bool replace) {
        auto result = m_session.workspace().security().generateRoster(code, month(), replace);
        if (!result) {
            logger()->warn("roster not generated: {}", result.error().describe());
            showRefusal(tr("Generate the roster"), result.error());
            return;
        }
        m_session.notifySecurityChanged();
    };
    if (!m_model->roster()) {
        run(false);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Generate the roster"),
                                tr("Replace the draft roster of %1 with a newly generated one?")
                                    .arg(QLocale().toString(m_month->date(), m_month->displayFormat())),
                                QMessageBox::Cancel, this);
    box->setInformativeText(tr("Every swap, leave and substitute entered in the draft is lost."));
    auto* replace = box->addButton(tr("Replace the draft"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [run, replace](QAbstractButton* clicked) {
        if (clicked == replace) {
            run(true);
        }
    });
    box->open();
}

void RosterView::edit(int kind)
{
    auto keys = selectedSlots();
    const auto k = static_cast<RosterEditDialog::Kind>(kind);
    if (keys.size() != (k == RosterEditDialog::Kind::Swap ? 2u : 1u)) {
        return;
    }
    RosterEditDialog dialog(m_session, *m_model, k, std::move(keys), m_activeGuards, this);
    dialog.exec();
}

void RosterView::swap()
{
    edit(static_cast<int>(RosterEditDialog::Kind::Swap));
}

void RosterView::leave()
{
    edit(static_cast<int>(RosterEditDialog::Kind::Leave));
}

void RosterView::substitute()
{
    edit(static_cast<int>(RosterEditDialog::Kind::Substitute));
}

void RosterView::publish()
{
    const auto& site = m_session.site();
    const auto& r = m_model->roster();
    if (!site || !r) {
        return;
    }
    const QString title = tr("Publish the roster");
    const QString monthText = QLocale().toString(m_month->date(), m_month->displayFormat());
    if (m_conflictModel->blockingCount() > 0) {
        auto* box = new QMessageBox(QMessageBox::Warning, title,
                                    tr("The roster of %1 cannot be published: double bookings (%2).")
                                        .arg(monthText)
                                        .arg(m_conflictModel->blockingCount()),
                                    QMessageBox::Ok, this);
        box->setInformativeText(tr("Resolve the double bookings listed under Conflicts first."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    const auto& conflicts = r->conflicts;
    auto* box = new QMessageBox(QMessageBox::Question, title, tr("Publish the roster of %1?").arg(monthText),
                                QMessageBox::Cancel, this);
    if (conflicts.empty()) {
        box->setInformativeText(tr("There are no conflicts. Later edits stay possible and are flagged on the sheet."));
    } else {
        constexpr std::size_t kShown = 12;
        QStringList lines;
        lines << tr("Warnings (%1):").arg(conflicts.size());
        for (std::size_t i = 0; i < std::min(kShown, conflicts.size()); ++i) {
            const auto& c = conflicts[i];
            QString line = QStringLiteral("• %1: %2").arg(rosterConflictLabel(c.kind), m_model->slotText(c.slot));
            if (c.guard) {
                line += QStringLiteral(" — ") + m_model->guardName(c.guard);
            }
            if (c.kind == domain::RosterConflictKind::ShortRest) {
                line += QStringLiteral(" (%1)").arg(formatDuration(c.rest));
            }
            lines << line;
        }
        if (conflicts.size() > kShown) {
            lines << tr("… and %1 more.").arg(conflicts.size() - kShown);
        }
        box->setInformativeText(lines.join(QLatin1Char('\n')));
    }
    auto* publishButton =
        box->addButton(conflicts.empty() ? tr("Publish") : tr("Publish with warnings"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, publishButton, code = site->code, accept = !conflicts.empty(), title](QAbstractButton* clicked) {
                if (clicked != publishButton) {
                    return;
                }
                auto result = m_session.workspace().security().publish(code, month(), accept);
                if (!result) {
                    logger()->warn("roster not published: {}", result.error().describe());
                    showRefusal(title, result.error());
                    return;
                }
                m_session.notifySecurityChanged();
            });
    box->open();
}

void RosterView::printSheet()
{
    auto s = sheet();
    if (!s) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(RosterSheet::pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(s->title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) { s->print(target); });
    dialog.exec();
}

void RosterView::exportPdf()
{
    auto s = sheet();
    if (!s) {
        return;
    }
    const QString folder = QSettings().value(kPdfFolderKey).toString();
    const QString suggested = QStringLiteral("%1-roster-%2.pdf")
                                  .arg(qs(m_session.site()->code), m_month->date().toString(QStringLiteral("yyyy-MM")));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the roster as PDF"), folder.isEmpty() ? suggested : folder + QLatin1Char('/') + suggested,
        tr("PDF files (*.pdf)"));
    if (file.isEmpty()) {
        return;
    }
    QSettings().setValue(kPdfFolderKey, QFileInfo(file).absolutePath());
    if (auto written = s->writePdf(file); !written) {
        showRefusal(tr("Export the roster as PDF"), written.error());
    }
}

} // namespace propdesk::gui
