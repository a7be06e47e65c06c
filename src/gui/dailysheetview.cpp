#include "dailysheetview.h"

#include "appsession.h"
#include "dailysheetdialogs.h"
#include "domain/clock.h"
#include "domain/timezone.h"
#include "errortext.h"
#include "fielderrors.h"
#include "inspectionlabels.h"
#include "qtconvert.h"
#include "sheetmodel.h"
#include "sheetprint.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QString kPhotoFolderKey = QStringLiteral("inspections/photoFolder");
const QString kPdfFolderKey = QStringLiteral("inspections/pdfFolder");

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

QDate toQDate(domain::Date day)
{
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

QString rateText(const domain::AreaScore& score)
{
    const auto rate = score.rate();
    if (!rate) {
        return QStringLiteral("—");
    }
    return QStringLiteral("%1 % (%2/%3)")
        .arg(QLocale().toString(*rate * 100.0, 'f', 1))
        .arg(score.met)
        .arg(score.inspected);
}

// The grid: after a note is written (Enter), the next line's result is where the keys act.
class SheetGrid : public QTableView
{
public:
    using QTableView::QTableView;

    bool isEditing() const { return state() == QAbstractItemView::EditingState; }

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        QTableView::closeEditor(editor, hint);
        if (hint == QAbstractItemDelegate::SubmitModelCache) {
            const QModelIndex current = currentIndex();
            if (current.isValid()) {
                const int row = std::min(current.row() + 1, model()->rowCount() - 1);
                setCurrentIndex(model()->index(row, SheetModel::Result));
            }
        }
    }
};

} // namespace

DailySheetView::DailySheetView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new SheetModel(this);

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("sheetAreaCombo"));
    for (const auto area : domain::allAreaTypes()) {
        m_area->addItem(areaTypeLabel(area), static_cast<int>(area));
    }
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("sheetLocationCombo"));
    m_location->setEditable(true);
    m_location->setInsertPolicy(QComboBox::NoInsert);
    m_location->setMinimumContentsLength(14);
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("sheetDateEdit"));
    m_date->setCalendarPopup(true);
    m_inspector = new QLineEdit(this);
    m_inspector->setObjectName(QStringLiteral("sheetInspectorEdit"));
    m_inspector->setMinimumWidth(110);
    m_start = new QPushButton(tr("&Start or open"), this);
    m_start->setObjectName(QStringLiteral("sheetStartButton"));
    m_start->setToolTip(tr("Start the sheet of this area, place and day, or open it when it exists"));

    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sheetError"));
    m_locationError = new QLabel(this);
    m_inspectorError = new QLabel(this);
    m_dateError = new QLabel(this);
    m_errors = std::make_unique<FieldErrors>(m_error);
    m_errors->add({"location", "area"}, m_locationError);
    m_errors->add({"inspector"}, m_inspectorError);
    m_errors->add({"day", "signed_at"}, m_dateError);
    for (auto* l : {m_locationError, m_inspectorError, m_dateError}) {
        l->setMinimumWidth(120);
    }

    auto* bar = new QGridLayout;
    bar->addWidget(label(tr("&Area:"), m_area), 0, 0);
    bar->addWidget(m_area, 0, 1);
    bar->addWidget(label(tr("&Place:"), m_location), 0, 2);
    bar->addWidget(m_location, 0, 3);
    bar->addWidget(label(tr("&Date:"), m_date), 0, 4);
    bar->addWidget(m_date, 0, 5);
    bar->addWidget(label(tr("&Inspector:"), m_inspector), 0, 6);
    bar->addWidget(m_inspector, 0, 7);
    bar->addWidget(m_start, 0, 8);
    bar->addWidget(m_locationError, 1, 3);
    bar->addWidget(m_dateError, 1, 5);
    bar->addWidget(m_inspectorError, 1, 7);
    bar->setColumnStretch(3, 2);
    bar->setColumnStretch(7, 1);
    bar->setColumnStretch(9, 1);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sheetTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sheetSummary"));
    m_summary->setWordWrap(true);
    m_hint = new QLabel(tr("Keys: P pass · F fail · N not applicable · Space cycles · S severe · C corrected on "
                           "the spot · Enter next line · type in the Note column to write a note"),
                        this);
    m_hint->setObjectName(QStringLiteral("sheetKeysHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #555555;"));

    m_grid = new SheetGrid(this);
    m_grid->setObjectName(QStringLiteral("sheetGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed);
    m_grid->setTabKeyNavigation(false);
    m_grid->setWordWrap(true);
    m_grid->verticalHeader()->hide();
    // A long standard or note wraps: the rows grow to show it (a sheet has a handful of lines).
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_grid->horizontalHeader()->setSectionResizeMode(SheetModel::Standard, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(SheetModel::Note, QHeaderView::Stretch);
    m_grid->installEventFilter(this);

    const auto button = [this](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        return b;
    };
    m_pass = button(tr("Pass"), "linePass", tr("The selected line meets the standard (P)"));
    m_fail = button(tr("Fail"), "lineFail", tr("The selected line fails the standard (F)"));
    m_notApplicable = button(tr("N/A"), "lineNotApplicable", tr("The selected line does not apply today (N)"));
    m_photo = button(tr("Attach &photo…"), "sheetAttachPhoto", tr("Attach a JPEG or PNG file to the selected line"));
    m_save = button(tr("Save &draft"), "sheetSave", tr("Keep the results so far; the sheet stays a draft"));
    m_sign = button(tr("Sign &off…"), "sheetSign",
                    tr("Sign the sheet off: it becomes read-only and every failure becomes a nonconformance"));
    m_amendButton = button(tr("&Amend…"), "sheetAmend", tr("Correct a line of the signed sheet, with a reason"));
    m_print = button(tr("P&rint…"), "sheetPrint", tr("Print this sheet on A4"));
    m_pdf = button(tr("Export PDF…"), "sheetExportPdf", tr("Save this sheet as a PDF file"));
    m_blank = button(tr("&Blank sheet…"), "sheetPrintBlank",
                     tr("Print an empty sheet of the chosen area to fill in by hand"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_pass);
    actions->addWidget(m_fail);
    actions->addWidget(m_notApplicable);
    actions->addWidget(m_photo);
    actions->addStretch(1);
    actions->addWidget(m_save);
    actions->addWidget(m_sign);
    actions->addWidget(m_amendButton);
    actions->addSpacing(12);
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    actions->addWidget(m_blank);

    m_photos = new QListWidget(this);
    m_photos->setObjectName(QStringLiteral("sheetPhotos"));
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(96, 72));
    m_photos->setFlow(QListView::LeftToRight);
    m_photos->setWrapping(false);
    m_photos->setFixedHeight(118);
    m_photos->setToolTip(tr("The photos of the selected line; double-click to enlarge"));
    m_amendmentsTitle = new QLabel(tr("Amendments"), this);
    m_amendmentsTitle->setFont(bold);
    m_amendments = new QTableWidget(0, 7, this);
    m_amendments->setObjectName(QStringLiteral("sheetAmendments"));
    m_amendments->setHorizontalHeaderLabels(
        {tr("When"), tr("By"), tr("Line"), tr("Before"), tr("After"), tr("Note"), tr("Reason")});
    m_amendments->verticalHeader()->hide();
    m_amendments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_amendments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_amendments->horizontalHeader()->setStretchLastSection(true);
    m_amendments->setMaximumHeight(130);

    auto* photosTitle = new QLabel(tr("Photos of the line"), this);
    photosTitle->setFont(bold);
    auto* bottom = new QGridLayout;
    bottom->addWidget(photosTitle, 0, 0);
    bottom->addWidget(m_photos, 1, 0);
    bottom->addWidget(m_amendmentsTitle, 0, 1);
    bottom->addWidget(m_amendments, 1, 1);
    bottom->setColumnStretch(0, 1);
    bottom->setColumnStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_hint);
    layout->addLayout(actions);
    layout->addLayout(bottom);

    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_area, &QComboBox::currentIndexChanged, this, &DailySheetView::reloadSetup);
    connect(m_pass, &QPushButton::clicked, this, [this] { handleGridKey(Qt::Key_P, {}); });
    connect(m_fail, &QPushButton::clicked, this, [this] { handleGridKey(Qt::Key_F, {}); });
    connect(m_notApplicable, &QPushButton::clicked, this, [this] { handleGridKey(Qt::Key_N, {}); });
    connect(m_photo, &QPushButton::clicked, this, &DailySheetView::attachPhotoToCurrent);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_sign, &QPushButton::clicked, this, &DailySheetView::signWithConfirmation);
    connect(m_amendButton, &QPushButton::clicked, this, &DailySheetView::amendCurrent);
    connect(m_print, &QPushButton::clicked, this, &DailySheetView::printSheet);
    connect(m_pdf, &QPushButton::clicked, this, &DailySheetView::exportPdf);
    connect(m_blank, &QPushButton::clicked, this, &DailySheetView::printBlank);
    connect(m_model, &SheetModel::edited, this, [this] {
        updateSummary();
        updateActions();
        showPhotos();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DailySheetView::showPhotos);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showPhotos();
        updateActions();
    });
    connect(m_grid, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == SheetModel::Result) {
            m_model->cycleResult(index.row());
        } else if (index.column() == SheetModel::Severity) {
            handleGridKey(Qt::Key_S, {});
        }
    });
    connect(m_photos, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        const QPixmap pixmap = item->data(Qt::UserRole).value<QPixmap>();
        if (pixmap.isNull()) {
            return;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(item->text());
        auto* picture = new QLabel(&dialog);
        picture->setPixmap(pixmap.width() > 1000 ? pixmap.scaledToWidth(1000, Qt::SmoothTransformation) : pixmap);
        auto* scroll = new QScrollArea(&dialog);
        scroll->setWidget(picture);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto* l = new QVBoxLayout(&dialog);
        l->addWidget(scroll);
        l->addWidget(buttons);
        dialog.resize(900, 700);
        dialog.exec();
    });

    connect(&m_session, &AppSession::siteChanged, this, [this] {
        m_sheet.reset();
        m_model->setSheet(std::nullopt);
        m_errors->clear();
        reloadSetup();
        showSheet();
    });
    connect(&m_session, &AppSession::userChanged, this, [this] {
        m_inspector->setText(qs(m_session.user().name));
        updateActions();
    });
    connect(&m_session, &AppSession::inspectionsChanged, this, [this] {
        reloadSetup();
        if (!m_model->isDirty()) {
            reloadSheet();
        }
    });

    const QDate today =
        m_session.isOpen() ? toDateTime(m_session.clock().now(), m_session.zone()).date() : QDate::currentDate();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_inspector->setText(qs(m_session.user().name));
    reloadSetup();
    showSheet();
}

DailySheetView::~DailySheetView() = default;

void DailySheetView::setArea(domain::AreaType area)
{
    m_area->setCurrentIndex(m_area->findData(static_cast<int>(area)));
}

void DailySheetView::setLocation(const QString& location)
{
    m_location->setEditText(location);
}

void DailySheetView::setDate(const QDate& day)
{
    m_date->setDate(day);
}

std::optional<domain::SheetId> DailySheetView::currentSheet() const
{
    return m_sheet;
}

QAbstractItemModel* DailySheetView::linesModel() const
{
    return m_model;
}

void DailySheetView::reloadSetup()
{
    // The places offered for the area type: the ground zones, the buildings, or the site as a whole.
    const QString typed = m_location->currentText();
    QStringList places;
    const auto& site = m_session.site();
    if (m_session.isOpen() && site) {
        auto setup = m_session.workspace().inspections().setup(site->code);
        const auto area = static_cast<domain::AreaType>(m_area->currentData().toInt());
        if (setup) {
            switch (area) {
            case domain::AreaType::Ground:
                for (const auto& zone : setup->groundZones) {
                    places << qs(zone.name.empty() ? zone.code : zone.name);
                }
                break;
            case domain::AreaType::Lobby:
            case domain::AreaType::StandardFloors:
            case domain::AreaType::Roofs:
            case domain::AreaType::StainlessSteel:
                for (const auto& b : setup->buildings) {
                    places << qs(b.name.empty() ? b.code : b.name);
                }
                break;
            case domain::AreaType::Offices:
                for (const auto& b : setup->buildings) {
                    if (b.kind == domain::BuildingKind::Office) {
                        places << qs(b.name.empty() ? b.code : b.name);
                    }
                }
                break;
            case domain::AreaType::Drains:
            case domain::AreaType::CarPark:
            case domain::AreaType::RefusePoints:
                break;
            }
        }
        if (places.isEmpty()) {
            places << qs(site->name);
        }
    }
    // What the user typed or picked stays, unless it was a place of another area type.
    const bool keep = !typed.isEmpty() && (places.contains(typed) || m_location->findText(typed) < 0);
    m_location->blockSignals(true);
    m_location->clear();
    m_location->addItems(places);
    m_location->setEditText(keep ? typed : (places.isEmpty() ? QString() : places.first()));
    m_location->blockSignals(false);
    updateActions();
}

bool DailySheetView::start()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        return false;
    }
    if (m_model->isEditable() && m_model->isDirty() && !save()) {
        return false;
    }
    const auto area = static_cast<domain::AreaType>(m_area->currentData().toInt());
    auto view = m_session.workspace().inspections().startDailySheet(site->code, toDate(m_date->date()), area,
                                                                    utf8(m_location->currentText().trimmed()),
                                                                    utf8(m_inspector->text().trimmed()));
    if (!view) {
        m_errors->show(view.error());
        return false;
    }
    m_sheet = view->sheet.id;
    m_model->setSheet(std::move(*view));
    showSheet();
    // A new sheet is a new record for the review and the plan (an existing one was only opened).
    m_session.notifyInspectionsChanged();
    m_grid->setCurrentIndex(m_model->index(0, SheetModel::Result));
    m_grid->setFocus();
    return true;
}

void DailySheetView::openSheet(domain::SheetId id)
{
    m_errors->clear();
    if (!m_session.isOpen()) {
        return;
    }
    if (m_sheet != id && m_model->isEditable() && m_model->isDirty()) {
        save();
    }
    auto view = m_session.workspace().inspections().sheet(id);
    if (!view) {
        m_errors->show(view.error());
        return;
    }
    if (!*view) {
        return;
    }
    const auto& sheet = (*view)->sheet;
    m_area->blockSignals(true);
    setArea(sheet.area);
    m_area->blockSignals(false);
    reloadSetup();
    m_location->setEditText(qs(sheet.location));
    if (toQDate(sheet.day) <= m_date->maximumDate()) {
        m_date->setDate(toQDate(sheet.day));
    }
    m_sheet = id;
    m_model->setSheet(std::move(**view));
    showSheet();
    m_grid->setCurrentIndex(m_model->index(0, SheetModel::Result));
}

void DailySheetView::reloadSheet()
{
    if (!m_sheet || !m_session.isOpen()) {
        return;
    }
    auto view = m_session.workspace().inspections().sheet(*m_sheet);
    if (!view || !*view) {
        // Discarded or gone: nothing to show.
        m_sheet.reset();
        m_model->setSheet(std::nullopt);
        showSheet();
        return;
    }
    const QModelIndex current = m_grid->currentIndex();
    m_model->setSheet(std::move(**view));
    showSheet();
    if (current.isValid()) {
        m_grid->setCurrentIndex(m_model->index(current.row(), current.column()));
    }
}

void DailySheetView::showSheet()
{
    m_model->setEditAllowed(m_session.user().can(domain::Permission::RecordInspection));
    const auto& view = m_model->sheet();
    if (!view) {
        m_title->setText(tr("No sheet open: choose the area, the place and the day, then Start."));
        m_amendments->setRowCount(0);
        m_amendments->hide();
        m_amendmentsTitle->hide();
        updateSummary();
        updateActions();
        return;
    }
    const auto& sheet = view->sheet;
    m_inspector->setText(qs(sheet.inspector));
    m_title->setText(QStringLiteral("%1 · %2 · %3 · %4")
                         .arg(sheetKindLabel(sheet.kind), areaTypeLabel(sheet.area), qs(sheet.location),
                              QLocale().toString(toQDate(sheet.day), QLocale::ShortFormat)));

    const auto zone = m_session.zone();
    m_amendments->setRowCount(0);
    for (const auto& a : view->amendments) {
        const int row = m_amendments->rowCount();
        m_amendments->insertRow(row);
        const auto line = static_cast<std::size_t>(a.line);
        const QString item = line < sheet.lines.size()
                                 ? QStringLiteral("%1 %2").arg(qs(sheet.lines[line].item.code),
                                                               checkItemTextLabel(sheet.lines[line].item))
                                 : QString::number(a.line + 1);
        m_amendments->setItem(row, 0, cell(formatInstant(a.at, zone)));
        m_amendments->setItem(row, 1, cell(qs(a.by)));
        m_amendments->setItem(row, 2, cell(item));
        m_amendments->setItem(row, 3, cell(itemResultLabel(a.before)));
        m_amendments->setItem(row, 4, cell(itemResultLabel(a.after)));
        m_amendments->setItem(row, 5, cell(qs(a.noteAfter)));
        m_amendments->setItem(row, 6, cell(qs(a.reason)));
    }
    m_amendments->resizeColumnsToContents();
    m_amendments->setVisible(!view->amendments.empty());
    m_amendmentsTitle->setVisible(!view->amendments.empty());

    // Room for the short columns; the standard and the note share what is left.
    m_grid->resizeColumnsToContents();
    for (const int column : {SheetModel::Code, SheetModel::Item, SheetModel::Weight, SheetModel::Result,
                             SheetModel::Severity, SheetModel::Photos, SheetModel::Nonconformance}) {
        m_grid->setColumnWidth(column, std::min(m_grid->columnWidth(column) + 14, 260));
    }
    m_grid->setColumnWidth(SheetModel::Result, std::max(m_grid->columnWidth(SheetModel::Result), 90));
    m_grid->setColumnWidth(SheetModel::Severity, std::max(m_grid->columnWidth(SheetModel::Severity), 70));
    m_grid->setColumnHidden(SheetModel::Nonconformance, sheet.status == domain::SheetStatus::Draft);
    updateSummary();
    updateActions();
}

void DailySheetView::updateSummary()
{
    const auto& view = m_model->sheet();
    if (!view) {
        m_summary->clear();
        m_summary->hide();
        return;
    }
    m_summary->show();
    const auto& sheet = view->sheet;
    const int lines = m_model->rowCount();
    const int checked = lines - m_model->pendingLines();
    QStringList parts;
    if (sheet.status == domain::SheetStatus::Signed && sheet.signedAt) {
        parts << tr("Signed off by %1 at %2").arg(qs(sheet.signedBy), formatInstant(*sheet.signedAt, m_session.zone()));
    } else {
        parts << (m_model->isDirty() ? tr("Draft, not saved") : sheetStatusLabel(sheet.status));
        parts << tr("%1 of %2 lines checked").arg(checked).arg(lines);
    }
    parts << tr("%1 failed").arg(m_model->failedLines());
    const auto cleaning = m_model->score(domain::InspectionService::Cleaning);
    const auto greening = m_model->score(domain::InspectionService::Greening);
    if (cleaning.inspected > 0) {
        parts << tr("cleaning rate %1").arg(rateText(cleaning));
    }
    if (greening.inspected > 0) {
        parts << tr("greening intact rate %1").arg(rateText(greening));
    }
    if (sheet.status == domain::SheetStatus::Signed) {
        int raised = 0;
        for (const auto& nc : view->nonconformances) {
            raised += nc.state != domain::NcState::Withdrawn ? 1 : 0;
        }
        parts << tr("nonconformances raised: %1").arg(raised);
        if (!view->amendments.empty()) {
            parts << tr("amendments: %1").arg(view->amendments.size());
        }
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void DailySheetView::updateActions()
{
    const bool record = m_session.user().can(domain::Permission::RecordInspection);
    const bool open = m_session.isOpen() && m_session.site().has_value();
    const auto& view = m_model->sheet();
    const bool draft = view && view->sheet.status == domain::SheetStatus::Draft;
    const bool signedSheet = view && view->sheet.status == domain::SheetStatus::Signed;
    const bool row = m_grid->currentIndex().isValid();
    for (auto* b : {m_pass, m_fail, m_notApplicable, m_photo, m_save, m_sign}) {
        b->setVisible(record && !signedSheet);
        b->setEnabled(record && draft);
    }
    m_pass->setEnabled(record && draft && row);
    m_fail->setEnabled(record && draft && row);
    m_notApplicable->setEnabled(record && draft && row);
    m_photo->setEnabled(record && draft && row);
    m_hint->setVisible(record && draft);
    m_amendButton->setVisible(record && signedSheet);
    m_amendButton->setEnabled(record && signedSheet);
    m_start->setVisible(record);
    m_start->setEnabled(record && open);
    m_inspector->setReadOnly(!record || signedSheet);
    m_print->setEnabled(view.has_value());
    m_pdf->setEnabled(view.has_value());
    m_blank->setEnabled(open);
}

bool DailySheetView::setLine(int row, domain::ItemResult result, const QString& note, domain::Severity severity,
                             bool correctedOnSpot)
{
    if (!m_model->setResult(row, result)) {
        return false;
    }
    m_model->setNote(row, note);
    if (result == domain::ItemResult::Fail) {
        m_model->setSeverity(row, severity);
        m_model->setCorrectedOnSpot(row, correctedOnSpot);
    }
    return true;
}

bool DailySheetView::save()
{
    m_errors->clear();
    if (!m_sheet || !m_model->isEditable()) {
        return false;
    }
    auto view = m_session.workspace().inspections().saveDraft(*m_sheet, m_model->entries(),
                                                              utf8(m_inspector->text().trimmed()));
    if (!view) {
        m_errors->show(view.error());
        return false;
    }
    const QModelIndex current = m_grid->currentIndex();
    m_model->setSheet(std::move(*view));
    showSheet();
    if (current.isValid()) {
        m_grid->setCurrentIndex(m_model->index(current.row(), current.column()));
    }
    m_session.notifyInspectionsChanged();
    return true;
}

bool DailySheetView::sign()
{
    if (!m_sheet || !m_model->isEditable()) {
        return false;
    }
    if (!save()) {
        return false;
    }
    auto view = m_session.workspace().inspections().signSheet(*m_sheet);
    if (!view) {
        m_errors->show(view.error());
        return false;
    }
    m_model->setSheet(std::move(*view));
    showSheet();
    m_session.notifyInspectionsChanged();
    return true;
}

void DailySheetView::signWithConfirmation()
{
    if (!m_sheet || !m_model->isEditable()) {
        return;
    }
    m_errors->clear();
    if (const int pending = m_model->pendingLines(); pending > 0) {
        m_errors->show(m_error,
                       tr("Lines not checked yet: %1. Give every line a result before signing off.").arg(pending));
        const auto& entries = m_model->entries();
        const auto first = std::find_if(entries.begin(), entries.end(),
                                        [](const auto& e) { return e.result == domain::ItemResult::Pending; });
        m_grid->setCurrentIndex(m_model->index(static_cast<int>(first - entries.begin()), SheetModel::Result));
        m_grid->setFocus();
        return;
    }
    const auto& sheet = m_model->sheet()->sheet;
    QStringList failures;
    for (const int row : m_model->failedRows()) {
        const auto& line = sheet.lines[static_cast<std::size_t>(row)];
        const auto& entry = m_model->entries()[static_cast<std::size_t>(row)];
        QString text = QStringLiteral("• %1 %2 (%3)")
                           .arg(qs(line.item.code), checkItemTextLabel(line.item), severityLabel(entry.severity));
        if (!entry.note.empty()) {
            text += QStringLiteral(": ") + qs(entry.note);
        }
        if (entry.correctedOnSpot) {
            text += QStringLiteral(" — ") + tr("corrected on the spot");
        }
        failures << text;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Sign off the sheet"),
        failures.isEmpty()
            ? tr("Sign off this sheet? Every line passed or does not apply; the sheet becomes read-only.")
            : tr("Sign off this sheet? It becomes read-only, and the failures below become nonconformances to "
                 "rectify (%1):")
                  .arg(failures.size()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(failures.join(QLatin1Char('\n')));
    box.button(QMessageBox::Yes)->setText(tr("Sign off"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) {
        return;
    }
    sign();
}

bool DailySheetView::amend(int row, domain::ItemResult result, const QString& note, const QString& reason)
{
    m_errors->clear();
    if (!m_sheet) {
        return false;
    }
    auto view = m_session.workspace().inspections().amendLine(*m_sheet, row, result, utf8(note.trimmed()),
                                                              utf8(reason.trimmed()));
    if (!view) {
        m_errors->show(view.error());
        return false;
    }
    m_model->setSheet(std::move(*view));
    showSheet();
    m_session.notifyInspectionsChanged();
    return true;
}

void DailySheetView::amendCurrent()
{
    const auto& view = m_model->sheet();
    if (!view || view->sheet.status != domain::SheetStatus::Signed) {
        return;
    }
    const int row = m_grid->currentIndex().isValid() ? m_grid->currentIndex().row() : 0;
    AmendLineDialog dialog(m_session, *view, row, this);
    if (dialog.exec() == QDialog::Accepted && dialog.amended()) {
        m_model->setSheet(*dialog.amended());
        showSheet();
        m_grid->setCurrentIndex(m_model->index(row, SheetModel::Result));
    }
}

bool DailySheetView::attachPhoto(int row, const QString& fileName)
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site || !m_model->isEditable() || row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    auto photo = m_session.workspace().inspections().addPhoto(site->code, toPath(fileName));
    if (!photo) {
        m_errors->show(m_error, errorText(photo.error()));
        return false;
    }
    return m_model->addPhoto(row, *photo);
}

void DailySheetView::attachPhotoToCurrent()
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QString folder = QSettings().value(kPhotoFolderKey).toString();
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Attach photos"), folder, tr("Photos (*.jpg *.jpeg *.png)"));
    if (files.isEmpty()) {
        return;
    }
    QSettings().setValue(kPhotoFolderKey, QFileInfo(files.first()).absolutePath());
    for (const QString& file : files) {
        if (!attachPhoto(current.row(), file)) {
            break;
        }
    }
}

void DailySheetView::showPhotos()
{
    m_photos->clear();
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid() || !m_session.isOpen() || current.row() >= m_model->rowCount()) {
        return;
    }
    const auto& entry = m_model->entries()[static_cast<std::size_t>(current.row())];
    for (const auto& ref : entry.photos) {
        QPixmap pixmap;
        if (auto photo = m_session.workspace().inspections().photo(ref.id); photo && *photo) {
            pixmap.loadFromData((*photo)->bytes.data(), static_cast<uint>((*photo)->bytes.size()));
        }
        auto* item = new QListWidgetItem(m_photos);
        item->setText(qs(ref.fileName));
        item->setToolTip(qs(ref.fileName));
        if (!pixmap.isNull()) {
            item->setIcon(QIcon(pixmap.scaled(m_photos->iconSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            item->setData(Qt::UserRole, pixmap);
        }
    }
}

bool DailySheetView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress && !static_cast<SheetGrid*>(m_grid)->isEditing()) {
        auto* key = static_cast<QKeyEvent*>(event);
        const auto modifiers = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
        if (modifiers == Qt::NoModifier && handleGridKey(key->key(), key->text())) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool DailySheetView::handleGridKey(int key, const QString& text)
{
    Q_UNUSED(text);
    QModelIndex current = m_grid->currentIndex();
    if (!current.isValid()) {
        if (m_model->rowCount() == 0) {
            return false;
        }
        current = m_model->index(0, SheetModel::Result);
    }
    const int row = current.row();
    const int column = current.column();
    const auto moveTo = [this](int r, int c) {
        r = std::clamp(r, 0, m_model->rowCount() - 1);
        m_grid->setCurrentIndex(m_model->index(r, c));
    };
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        moveTo(row + 1, column == SheetModel::Note ? SheetModel::Result : column);
        return true;
    }
    // In the note column letters and the space write the note.
    if (column == SheetModel::Note && key != Qt::Key_Return) {
        return false;
    }
    switch (key) {
    case Qt::Key_P:
        if (m_model->setResult(row, domain::ItemResult::Pass)) {
            moveTo(row + 1, SheetModel::Result);
        }
        return true;
    case Qt::Key_N:
        if (m_model->setResult(row, domain::ItemResult::NotApplicable)) {
            moveTo(row + 1, SheetModel::Result);
        }
        return true;
    case Qt::Key_F:
        // The note says what is wrong: the keys go there next.
        if (m_model->setResult(row, domain::ItemResult::Fail)) {
            moveTo(row, SheetModel::Note);
        }
        return true;
    case Qt::Key_S:
        if (m_model->result(row) == domain::ItemResult::Fail) {
            const auto& entry = m_model->entries()[static_cast<std::size_t>(row)];
            m_model->setSeverity(row, entry.severity == domain::Severity::Severe ? domain::Severity::Minor
                                                                                 : domain::Severity::Severe);
        }
        return true;
    case Qt::Key_C:
        if (m_model->result(row) == domain::ItemResult::Fail) {
            m_model->setCorrectedOnSpot(row, !m_model->entries()[static_cast<std::size_t>(row)].correctedOnSpot);
        }
        return true;
    case Qt::Key_Space:
        if (column == SheetModel::Severity) {
            return handleGridKey(Qt::Key_S, {});
        }
        if (column == SheetModel::OnSpot) {
            return handleGridKey(Qt::Key_C, {});
        }
        m_model->cycleResult(row);
        return true;
    default:
        break;
    }
    return false;
}

void DailySheetView::printSheet()
{
    const auto& view = m_model->sheet();
    const auto& site = m_session.site();
    if (!view || !site) {
        return;
    }
    const SheetPrint print = SheetPrint::filled(*view, *site, m_session.clock().now(), m_session.user().name);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(SheetPrint::pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(print.title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) { print.print(target); });
    dialog.exec();
}

void DailySheetView::printBlank()
{
    const auto& site = m_session.site();
    if (!site || !m_session.isOpen()) {
        return;
    }
    m_errors->clear();
    const auto area = static_cast<domain::AreaType>(m_area->currentData().toInt());
    auto templates = m_session.workspace().inspections().templatesInForce(site->code, toDate(m_date->date()));
    if (!templates) {
        m_errors->show(m_error, errorText(templates.error()));
        return;
    }
    const auto found =
        std::find_if(templates->begin(), templates->end(), [&](const auto& t) { return t.area == area; });
    if (found == templates->end()) {
        m_errors->show(m_error, tr("No template of this area type is in force on that day."));
        return;
    }
    const SheetPrint print =
        SheetPrint::blank(*found, domain::SheetKind::Daily, *site, m_session.clock().now(), m_session.user().name);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(SheetPrint::pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(print.title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) { print.print(target); });
    dialog.exec();
}

void DailySheetView::exportPdf()
{
    const auto& view = m_model->sheet();
    const auto& site = m_session.site();
    if (!view || !site) {
        return;
    }
    const SheetPrint print = SheetPrint::filled(*view, *site, m_session.clock().now(), m_session.user().name);
    const QString folder = QSettings().value(kPdfFolderKey).toString();
    const QString suggested =
        QStringLiteral("%1-%2-%3-%4.pdf")
            .arg(qs(site->code), qs(domain::formatDate(view->sheet.day)), qs(domain::areaTypeKey(view->sheet.area)))
            .arg(view->sheet.id.value);
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the sheet as PDF"), folder.isEmpty() ? suggested : folder + QLatin1Char('/') + suggested,
        tr("PDF files (*.pdf)"));
    if (file.isEmpty()) {
        return;
    }
    QSettings().setValue(kPdfFolderKey, QFileInfo(file).absolutePath());
    if (auto written = print.writePdf(file); !written) {
        QMessageBox::warning(this, tr("Export the sheet as PDF"), errorText(written.error()));
    }
}

} // namespace propdesk::gui
