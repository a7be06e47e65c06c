#include "figuresview.h"

#include "appsession.h"
#include "errortext.h"
#include "figuresmodel.h"
#include "kpilabels.h"
#include "qtconvert.h"
#include "services/indicatorservice.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QColor kMissedText(0x9b, 0x00, 0x00);
const QColor kGrey(0x75, 0x75, 0x75);

// Numerators and denominators are whole numbers: the editor takes digits only.
class FigureDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        auto* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor);
            line && (index.column() == FiguresModel::Numerator || index.column() == FiguresModel::Denominator)) {
            line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,15}")), line));
            line->setAlignment(Qt::AlignRight);
        }
        return editor;
    }
};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidgetItem* number(const QString& text)
{
    auto* item = cell(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void padColumns(QTableWidget* table, int widest)
{
    table->resizeColumnsToContents();
    for (int column = 0; column + 1 < table->columnCount(); ++column) {
        table->setColumnWidth(column, std::min(table->columnWidth(column) + 12, widest));
    }
}

QString monthText(date::year_month month)
{
    return qs(domain::monthKey(month));
}

} // namespace

FiguresView::FiguresView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("figuresView"));
    m_model = new FiguresModel(this);

    auto* monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    monthLabel->setBuddy(m_month);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Drop what was typed and not saved"));
    m_save = new QPushButton(tr("&Save figures"), this);
    m_save->setObjectName(QStringLiteral("saveFiguresButton"));
    m_save->setToolTip(tr("Store each changed row as a new entry: earlier entries are kept"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("figuresTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new FigureDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("figuresError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    // The history of the selected indicator.
    auto* historyBox = new QGroupBox(tr("History of the selected indicator"), this);
    historyBox->setObjectName(QStringLiteral("historyBox"));
    m_history = makeTable(historyBox, {tr("Entered at"), tr("Entered by"), tr("Numerator"), tr("Denominator"),
                                       tr("Rate"), tr("In force"), tr("Source note")});
    m_history->setObjectName(QStringLiteral("historyTable"));
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    // The corrective actions of the month.
    auto* notesBox = new QGroupBox(tr("Corrective actions this month"), this);
    notesBox->setObjectName(QStringLiteral("notesBox"));
    m_notes = makeTable(
        notesBox, {tr("No."), tr("Indicator"), tr("Value"), tr("Target"), tr("Verdict"), tr("Corrective action")});
    m_notes->setObjectName(QStringLiteral("notesTable"));
    m_notesHint = new QLabel(notesBox);
    m_notesHint->setObjectName(QStringLiteral("notesHint"));
    m_notesHint->setWordWrap(true);
    m_noteIndicator = new QComboBox(notesBox);
    m_noteIndicator->setObjectName(QStringLiteral("noteIndicatorCombo"));
    for (const auto& def : rules::indicatorCatalogue()) {
        const QString number = def.commitment > 0 ? QStringLiteral("%1 · ").arg(def.commitment) : QString();
        m_noteIndicator->addItem(number + indicatorName(def), qs(def.key));
    }
    m_noteText = new QPlainTextEdit(notesBox);
    m_noteText->setObjectName(QStringLiteral("noteEdit"));
    m_noteText->setTabChangesFocus(true);
    m_noteText->setPlaceholderText(tr("What was done about it: cause, measures, who, by when"));
    m_noteText->setFixedHeight(m_noteText->fontMetrics().lineSpacing() * 3 + 12);
    m_saveNote = new QPushButton(tr("Save &note"), notesBox);
    m_saveNote->setObjectName(QStringLiteral("saveNoteButton"));
    m_saveNote->setToolTip(tr("An empty note clears the corrective action of the indicator"));
    m_noteError = new QLabel(notesBox);
    m_noteError->setObjectName(QStringLiteral("noteError"));
    m_noteError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_noteError->setWordWrap(true);
    m_noteError->hide();
    auto* noteBar = new QHBoxLayout;
    auto* noteLabel = new QLabel(tr("&Indicator:"), notesBox);
    noteLabel->setBuddy(m_noteIndicator);
    noteBar->addWidget(noteLabel);
    noteBar->addWidget(m_noteIndicator, 1);
    noteBar->addWidget(m_saveNote);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(m_notesHint);
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addLayout(noteBar);
    notesLayout->addWidget(m_noteText);
    notesLayout->addWidget(m_noteError);

    auto* bar = new QHBoxLayout;
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_error);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(historyBox);
    bottom->addWidget(notesBox);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Figures are entered once the month is over: the previous month by default.
    const auto today = m_session.zone().localDate(m_session.clock().now());
    const date::year_month thisMonth{today.year(), today.month()};
    m_month->setMaximumDate(firstDayOf(thisMonth).addMonths(1).addDays(-1));
    m_month->setDate(firstDayOf(thisMonth - date::months{1}));

    connect(m_month, &QDateEdit::dateChanged, this, &FiguresView::reload);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &FiguresView::revert);
    connect(m_saveNote, &QPushButton::clicked, this, [this] { saveNote(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FiguresView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FiguresView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FiguresView::showHistory);
    connect(m_notes, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0) {
            return;
        }
        if (const auto* item = m_notes->item(row, NoteIndicator)) {
            const QString key = item->data(Qt::UserRole).toString();
            m_noteIndicator->setCurrentIndex(m_noteIndicator->findData(key));
        }
    });
    connect(m_noteIndicator, &QComboBox::currentIndexChanged, this,
            [this] { showNoteOf(m_noteIndicator->currentData().toString()); });
    connect(&m_session, &AppSession::commitmentsChanged, this, &FiguresView::reload);
    connect(&m_session, &AppSession::siteChanged, this, &FiguresView::reload);
    connect(&m_session, &AppSession::userChanged, this, &FiguresView::reload);
    reload();
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, FiguresModel::Numerator));
    }
}

FiguresView::~FiguresView() = default;

void FiguresView::setMonth(date::year_month month)
{
    m_month->setDate(firstDayOf(month));
}

date::year_month FiguresView::month() const
{
    return yearMonthOf(m_month->date());
}

QAbstractItemModel* FiguresView::model() const
{
    return m_model;
}

void FiguresView::reload()
{
    load(true);
}

void FiguresView::load(bool keepEdits)
{
    m_error->clear();
    m_error->hide();
    const auto& site = m_session.site();
    const auto zone = m_session.zone();
    if (!m_session.isOpen() || !site || !m_session.user().can(domain::Permission::ReadRecords)) {
        m_model->setFigures({}, zone, false);
        m_loadedFor.clear();
        m_summary->clear();
        loadNotes();
        showHistory();
        updateActions();
        return;
    }
    const auto month = this->month();
    const std::string loadedFor = site->code + ' ' + domain::monthKey(month);
    const bool keep = keepEdits && loadedFor == m_loadedFor;
    auto figures = m_session.workspace().indicators().figures(site->code, month);
    if (!figures) {
        m_model->setFigures({}, zone, false);
        m_error->setText(errorText(figures.error()));
        m_error->show();
    } else {
        m_model->setFigures(*figures, zone, keep);
    }
    m_loadedFor = loadedFor;
    int entered = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        entered += m_model->inForce(row) ? 1 : 0;
    }
    m_summary->setText(tr("%1: %2 of %3 figures entered").arg(monthText(month)).arg(entered).arg(m_model->rowCount()));
    m_table->resizeColumnsToContents();
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 12, 260));
    }
    loadNotes();
    showHistory();
    updateActions();
}

void FiguresView::revert()
{
    m_model->clearAllEdits();
    m_error->clear();
    m_error->hide();
    showHistory();
}

bool FiguresView::selectIndicator(const std::string& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_model->index(row, FiguresModel::Numerator));
    return true;
}

bool FiguresView::save()
{
    m_error->clear();
    m_error->hide();
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        return false;
    }
    const auto changes = m_model->changes();
    if (changes.empty()) {
        return true;
    }
    const auto month = this->month();
    auto& indicators = m_session.workspace().indicators();
    bool all = true;
    bool stored = false;
    for (const auto& change : changes) {
        if (!change.numerator) {
            m_model->setProblem(change.row, tr("Numerator: enter a whole number"), "numerator");
            all = false;
            continue;
        }
        if (!change.denominator) {
            m_model->setProblem(change.row, tr("Denominator: enter a whole number"), "denominator");
            all = false;
            continue;
        }
        auto id =
            indicators.enterFigure(site->code, month, change.key, *change.numerator, *change.denominator, change.note);
        if (!id) {
            const auto& error = id.error();
            const QString message = messageText(error.message);
            QString text;
            if (error.field == "numerator") {
                text = tr("Numerator: %1").arg(message);
            } else if (error.field == "denominator") {
                text = tr("Denominator: %1").arg(message);
            } else if (error.field == "note") {
                text = tr("Source note: %1").arg(message);
            } else if (error.field == "month") {
                text = tr("Month: %1").arg(message);
            } else {
                text = message;
            }
            m_model->setProblem(change.row, text, error.field);
            all = false;
            continue;
        }
        m_model->clearEdits(change.row);
        stored = true;
    }
    if (stored) {
        // Reloads this view too; the refused rows keep what was typed and their refusal.
        m_session.notifyCommitmentsChanged();
    }
    if (!all) {
        m_error->setText(tr("Some figures were not saved: the reason is on each row marked in red."));
        m_error->show();
    }
    updateActions();
    return all;
}

void FiguresView::showHistory()
{
    m_history->setRowCount(0);
    const int row = m_table->currentIndex().row();
    auto* box = qobject_cast<QGroupBox*>(m_history->parentWidget());
    if (row < 0 || row >= m_model->rowCount()) {
        if (box) {
            box->setTitle(tr("History of the selected indicator"));
        }
        return;
    }
    const auto& def = m_model->definition(row);
    if (box) {
        box->setTitle(tr("History: %1").arg(indicatorName(def)));
    }
    const auto& entries = m_model->history(row);
    const auto zone = m_session.zone();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        m_history->setItem(r, 0, cell(formatInstant(it->enteredAt, zone)));
        m_history->setItem(r, 1, cell(qs(it->enteredBy)));
        m_history->setItem(r, 2, number(QString::number(it->numerator)));
        m_history->setItem(r, 3, number(QString::number(it->denominator)));
        const std::optional<double> rate =
            it->denominator > 0
                ? std::optional(static_cast<double>(it->numerator) / static_cast<double>(it->denominator))
                : std::nullopt;
        m_history->setItem(r, 4, number(rateText(rate, def.unit)));
        m_history->setItem(r, 5, cell(it == entries.rbegin() ? tr("In force") : tr("Corrected")));
        auto* note = cell(qs(it->note).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
        note->setToolTip(qs(it->note));
        m_history->setItem(r, 6, note);
        if (it != entries.rbegin()) {
            for (int column = 0; column < m_history->columnCount(); ++column) {
                m_history->item(r, column)->setForeground(kGrey);
            }
        }
    }
    padColumns(m_history, 200);
}

void FiguresView::loadNotes()
{
    m_notes->setRowCount(0);
    m_noteTexts.clear();
    m_noteError->clear();
    m_noteError->hide();
    const auto& site = m_session.site();
    const bool open = m_session.isOpen() && site.has_value();
    const bool mayView = open && m_session.user().can(domain::Permission::ViewReports);
    if (!mayView) {
        m_notesHint->setText(
            tr("Which indicators were missed is shown to those who may see KPI reports. Choose the indicator "
               "below to note the corrective action taken."));
        m_notesHint->setVisible(open);
        m_notes->hide();
        return;
    }
    m_notesHint->hide();
    m_notes->show();
    auto report = m_session.workspace().indicators().monthlyIndicators(site->code, month(), std::nullopt, false);
    if (!report) {
        m_notesHint->setText(errorText(report.error()));
        m_notesHint->show();
        return;
    }
    for (const auto& note : report->actions.notes) {
        m_noteTexts[note.key] = note.text;
    }
    // The missed ones first, then the others with a note, each in catalogue order.
    std::vector<const services::IndicatorFigure*> rows;
    for (const auto& f : report->indicators) {
        if (f.value.met == false) {
            rows.push_back(&f);
        }
    }
    for (const auto& f : report->indicators) {
        if (f.value.met != false && m_noteTexts.contains(f.value.key)) {
            rows.push_back(&f);
        }
    }
    for (const auto* f : rows) {
        const auto& def = *f->definition;
        const int r = m_notes->rowCount();
        m_notes->insertRow(r);
        m_notes->setItem(r, NoteNumber, number(def.commitment > 0 ? QString::number(def.commitment) : QString()));
        auto* name = cell(indicatorName(def));
        name->setData(Qt::UserRole, qs(def.key));
        m_notes->setItem(r, NoteIndicator, name);
        m_notes->setItem(r, NoteValue, number(rateText(f->value.rate, def.unit)));
        m_notes->setItem(r, NoteTarget, number(targetText(f->value.target, def.unit)));
        auto* verdict = cell(verdictText(f->value));
        if (f->value.met == false) {
            verdict->setForeground(kMissedText);
        }
        m_notes->setItem(r, NoteVerdict, verdict);
        const auto it = m_noteTexts.find(def.key);
        const QString text = it == m_noteTexts.end() ? QString() : qs(it->second);
        auto* note = cell(text.isEmpty() ? tr("No corrective action noted")
                                         : QString(text).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
        if (text.isEmpty()) {
            note->setForeground(kMissedText);
        }
        note->setToolTip(text);
        m_notes->setItem(r, NoteText, note);
    }
    padColumns(m_notes, 200);
    showNoteOf(m_noteIndicator->currentData().toString());
}

void FiguresView::showNoteOf(const QString& key)
{
    m_noteError->clear();
    m_noteError->hide();
    if (!m_session.isOpen() || !m_session.user().can(domain::Permission::ViewReports)) {
        return; // the note in force is not known here: keep what was typed
    }
    const auto it = m_noteTexts.find(utf8(key));
    m_noteText->setPlainText(it == m_noteTexts.end() ? QString() : qs(it->second));
}

bool FiguresView::saveNote()
{
    m_noteError->clear();
    m_noteError->hide();
    const auto& site = m_session.site();
    if (!m_session.isOpen() || !site) {
        return false;
    }
    const std::string key = utf8(m_noteIndicator->currentData().toString());
    auto id =
        m_session.workspace().indicators().setNote(site->code, month(), key, utf8(m_noteText->toPlainText().trimmed()));
    if (!id) {
        m_noteError->setText(messageText(id.error().message));
        m_noteError->show();
        return false;
    }
    m_session.notifyCommitmentsChanged();
    return true;
}

void FiguresView::updateActions()
{
    const bool may =
        m_session.isOpen() && m_session.site().has_value() && m_session.user().can(domain::Permission::EnterFigures);
    m_model->setEditable(may);
    for (auto* button : {m_save, m_revert, m_saveNote}) {
        button->setVisible(may);
    }
    m_noteText->setReadOnly(!may);
    const bool changed = m_model->hasChanges();
    m_save->setEnabled(may && changed);
    m_revert->setEnabled(may && changed);
    m_saveNote->setEnabled(may);
}

} // namespace propdesk::gui
