#include "figuresmodel.h"

#include "kpilabels.h"
#include "qtconvert.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace propdesk::gui {

namespace {

const QColor kEdited(0xff, 0xf4, 0xc2);
const QColor kRefused(0xfd, 0xdc, 0xdc);
const QColor kRefusedText(0xc6, 0x28, 0x28);
const QColor kGrey(0x75, 0x75, 0x75);

std::optional<std::int64_t> wholeNumber(const QString& text)
{
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(value) : std::nullopt;
}

int columnOf(std::string_view field)
{
    if (field == "numerator") {
        return FiguresModel::Numerator;
    }
    if (field == "denominator") {
        return FiguresModel::Denominator;
    }
    if (field == "note") {
        return FiguresModel::Note;
    }
    return -1;
}

} // namespace

FiguresModel::FiguresModel(QObject* parent) : QAbstractTableModel(parent)
{
    for (const auto* def : rules::manualIndicators()) {
        Row row;
        row.definition = def;
        m_rows.push_back(std::move(row));
    }
}

void FiguresModel::setFigures(const std::vector<domain::ManualFigure>& entries, const domain::TimeZone& zone,
                              bool keepEdits)
{
    beginResetModel();
    m_zone = zone;
    for (auto& row : m_rows) {
        row.history.clear();
        for (const auto& f : entries) {
            if (f.key == row.definition->key) {
                row.history.push_back(f);
            }
        }
        std::stable_sort(row.history.begin(), row.history.end(), [](const auto& a, const auto& b) {
            return a.enteredAt != b.enteredAt ? a.enteredAt < b.enteredAt : a.id.value < b.id.value;
        });
        if (!keepEdits) {
            row.numerator.reset();
            row.denominator.reset();
            row.note.reset();
            row.problem.clear();
            row.problemColumn = -1;
        }
    }
    endResetModel();
    if (keepEdits) {
        // What the new figure in force already says is no longer a change.
        for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
            if (!isChanged(i)) {
                clearEdits(i);
            }
        }
    }
}

void FiguresModel::setEditable(bool editable)
{
    if (m_editable == editable) {
        return;
    }
    m_editable = editable;
    if (!m_rows.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const rules::IndicatorDefinition& FiguresModel::definition(int row) const
{
    return *m_rows.at(static_cast<std::size_t>(row)).definition;
}

int FiguresModel::rowOf(std::string_view key) const
{
    const auto it = std::ranges::find_if(m_rows, [&](const Row& r) { return r.definition->key == key; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

const std::vector<domain::ManualFigure>& FiguresModel::history(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).history;
}

const domain::ManualFigure* FiguresModel::inForce(int row) const
{
    const auto& h = history(row);
    return h.empty() ? nullptr : &h.back();
}

QString FiguresModel::numeratorText(const Row& row) const
{
    if (row.numerator) {
        return *row.numerator;
    }
    return row.history.empty() ? QString() : QString::number(row.history.back().numerator);
}

QString FiguresModel::denominatorText(const Row& row) const
{
    if (row.denominator) {
        return *row.denominator;
    }
    return row.history.empty() ? QString() : QString::number(row.history.back().denominator);
}

QString FiguresModel::noteText(const Row& row) const
{
    if (row.note) {
        return *row.note;
    }
    return row.history.empty() ? QString() : qs(row.history.back().note);
}

std::optional<double> FiguresModel::liveRate(const Row& row) const
{
    const auto n = wholeNumber(numeratorText(row));
    const auto d = wholeNumber(denominatorText(row));
    if (!n || !d || *d <= 0) {
        return std::nullopt;
    }
    return static_cast<double>(*n) / static_cast<double>(*d);
}

bool FiguresModel::isChanged(int row) const
{
    const auto& r = m_rows.at(static_cast<std::size_t>(row));
    const auto* current = r.history.empty() ? nullptr : &r.history.back();
    if (!current) {
        return (r.numerator && !r.numerator->trimmed().isEmpty()) ||
               (r.denominator && !r.denominator->trimmed().isEmpty()) || (r.note && !r.note->trimmed().isEmpty());
    }
    const bool numerator = r.numerator && r.numerator->trimmed() != QString::number(current->numerator);
    const bool denominator = r.denominator && r.denominator->trimmed() != QString::number(current->denominator);
    const bool note = r.note && r.note->trimmed() != qs(current->note);
    return numerator || denominator || note;
}

bool FiguresModel::hasChanges() const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (isChanged(i)) {
            return true;
        }
    }
    return false;
}

std::vector<FiguresModel::Change> FiguresModel::changes() const
{
    std::vector<Change> out;
    for (int i = 0; i < rowCount(); ++i) {
        if (!isChanged(i)) {
            continue;
        }
        const auto& r = m_rows[static_cast<std::size_t>(i)];
        Change change;
        change.row = i;
        change.key = std::string(r.definition->key);
        change.numerator = wholeNumber(numeratorText(r));
        change.denominator = wholeNumber(denominatorText(r));
        change.note = utf8(noteText(r).trimmed());
        out.push_back(std::move(change));
    }
    return out;
}

void FiguresModel::setProblem(int row, const QString& text, std::string_view field)
{
    auto& r = m_rows.at(static_cast<std::size_t>(row));
    r.problem = text;
    r.problemColumn = text.isEmpty() ? -1 : columnOf(field);
    emitRow(row);
}

void FiguresModel::clearEdits(int row)
{
    auto& r = m_rows.at(static_cast<std::size_t>(row));
    r.numerator.reset();
    r.denominator.reset();
    r.note.reset();
    r.problem.clear();
    r.problemColumn = -1;
    emitRow(row);
}

void FiguresModel::clearAllEdits()
{
    for (int i = 0; i < rowCount(); ++i) {
        clearEdits(i);
    }
}

void FiguresModel::emitRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const auto& r = m_rows[static_cast<std::size_t>(index.row())];
    const auto& def = *r.definition;
    const auto* current = r.history.empty() ? nullptr : &r.history.back();
    const int column = index.column();
    const bool edited =
        (column == Numerator && r.numerator) || (column == Denominator && r.denominator) || (column == Note && r.note);
    const bool refused = !r.problem.isEmpty() && (column == r.problemColumn || column == Problem);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case Number:
            return def.commitment > 0 ? QString::number(def.commitment) : QString();
        case Indicator:
            return indicatorName(def);
        case Numerator:
            return numeratorText(r);
        case Denominator:
            return denominatorText(r);
        case Rate:
            return rateText(liveRate(r), def.unit);
        case Note:
            return noteText(r);
        case EnteredBy:
            return current ? qs(current->enteredBy) : tr("No figure yet");
        case EnteredAt:
            return current && m_zone ? formatInstant(current->enteredAt, *m_zone) : QString();
        case Problem:
            return r.problem;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Number || column == Numerator || column == Denominator || column == Rate) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (refused && column != Problem) {
            return QBrush(kRefused);
        }
        if (edited && isChanged(index.row())) {
            return QBrush(kEdited);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Problem) {
            return QBrush(kRefusedText);
        }
        if (!current && (column == EnteredBy || column == Rate)) {
            return QBrush(kGrey);
        }
        return {};
    case Qt::ToolTipRole:
        if (refused) {
            return r.problem;
        }
        if (column == Indicator || column == Rate) {
            QString formula = tr("%1 ÷ %2").arg(gui::numeratorText(def), gui::denominatorText(def));
            if (def.period == rules::IndicatorPeriod::RollingYear) {
                formula += QLatin1Char('\n') + tr("The report adds the numerators of the 12 months ending with this "
                                                  "month; the rate here is this month's alone.");
            }
            return formula;
        }
        if (column == Numerator) {
            return gui::numeratorText(def);
        }
        if (column == Denominator) {
            return gui::denominatorText(def);
        }
        return {};
    default:
        return {};
    }
}

bool FiguresModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    auto& r = m_rows[static_cast<std::size_t>(index.row())];
    const QString text = value.toString();
    switch (index.column()) {
    case Numerator:
        r.numerator = text.trimmed();
        break;
    case Denominator:
        r.denominator = text.trimmed();
        break;
    case Note:
        r.note = text;
        break;
    default:
        return false;
    }
    // A refusal stays until the row is saved again; editing the field it named shows it is being dealt with.
    if (r.problemColumn == index.column()) {
        r.problem.clear();
        r.problemColumn = -1;
    }
    emitRow(index.row());
    return true;
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Number:
        return tr("No.");
    case Indicator:
        return tr("Indicator");
    case Numerator:
        return tr("Numerator");
    case Denominator:
        return tr("Denominator");
    case Rate:
        return tr("Rate");
    case Note:
        return tr("Source note");
    case EnteredBy:
        return tr("Entered by");
    case EnteredAt:
        return tr("Entered at");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

Qt::ItemFlags FiguresModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const int column = index.column();
    if (m_editable && (column == Numerator || column == Denominator || column == Note)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

} // namespace propdesk::gui
