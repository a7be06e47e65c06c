#include "sheetmodel.h"

#include "inspectionlabels.h"
#include "qtconvert.h"

#include <QBrush>
#include <QFont>
#include <QStringList>

namespace propdesk::gui {

namespace {

services::LineEntry entryOf(const domain::SheetLine& line)
{
    services::LineEntry entry;
    entry.result = line.result;
    entry.note = line.note;
    entry.photos = line.photos;
    entry.severity = line.severity;
    entry.correctedOnSpot = line.correctedOnSpot;
    return entry;
}

} // namespace

SheetModel::SheetModel(QObject* parent) : QAbstractTableModel(parent) {}

SheetModel::~SheetModel() = default;

void SheetModel::setSheet(std::optional<services::SheetView> view)
{
    beginResetModel();
    m_view = std::move(view);
    m_entries.clear();
    if (m_view) {
        for (const auto& line : m_view->sheet.lines) {
            m_entries.push_back(entryOf(line));
        }
    }
    m_dirty = false;
    endResetModel();
}

bool SheetModel::isEditable() const
{
    return m_allowed && m_view && m_view->sheet.status == domain::SheetStatus::Draft;
}

void SheetModel::setEditAllowed(bool allowed)
{
    if (allowed == m_allowed) {
        return;
    }
    beginResetModel();
    m_allowed = allowed;
    endResetModel();
}

void SheetModel::markClean()
{
    m_dirty = false;
}

bool SheetModel::editableRow(int row) const
{
    return isEditable() && row >= 0 && row < rowCount();
}

void SheetModel::changedRow(int row)
{
    m_dirty = true;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit edited();
}

bool SheetModel::setResult(int row, domain::ItemResult result)
{
    if (!editableRow(row)) {
        return false;
    }
    auto& entry = m_entries[static_cast<std::size_t>(row)];
    if (entry.result != result) {
        entry.result = result;
        if (result != domain::ItemResult::Fail) {
            entry.severity = domain::Severity::Minor;
            entry.correctedOnSpot = false;
        }
        changedRow(row);
    }
    return true;
}

bool SheetModel::cycleResult(int row)
{
    using domain::ItemResult;
    switch (result(row)) {
    case ItemResult::Pending:
    case ItemResult::NotApplicable:
        return setResult(row, ItemResult::Pass);
    case ItemResult::Pass:
        return setResult(row, ItemResult::Fail);
    case ItemResult::Fail:
        return setResult(row, ItemResult::NotApplicable);
    }
    return false;
}

bool SheetModel::setNote(int row, const QString& note)
{
    if (!editableRow(row)) {
        return false;
    }
    auto& entry = m_entries[static_cast<std::size_t>(row)];
    const std::string text = utf8(note);
    if (entry.note != text) {
        entry.note = text;
        changedRow(row);
    }
    return true;
}

bool SheetModel::setSeverity(int row, domain::Severity severity)
{
    if (!editableRow(row) || result(row) != domain::ItemResult::Fail) {
        return false;
    }
    auto& entry = m_entries[static_cast<std::size_t>(row)];
    if (entry.severity != severity) {
        entry.severity = severity;
        changedRow(row);
    }
    return true;
}

bool SheetModel::setCorrectedOnSpot(int row, bool corrected)
{
    if (!editableRow(row) || result(row) != domain::ItemResult::Fail) {
        return false;
    }
    auto& entry = m_entries[static_cast<std::size_t>(row)];
    if (entry.correctedOnSpot != corrected) {
        entry.correctedOnSpot = corrected;
        changedRow(row);
    }
    return true;
}

bool SheetModel::addPhoto(int row, const domain::PhotoRef& photo)
{
    if (!editableRow(row)) {
        return false;
    }
    m_entries[static_cast<std::size_t>(row)].photos.push_back(photo);
    changedRow(row);
    return true;
}

domain::ItemResult SheetModel::result(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return domain::ItemResult::Pending;
    }
    return m_entries[static_cast<std::size_t>(row)].result;
}

int SheetModel::pendingLines() const
{
    int n = 0;
    for (const auto& entry : m_entries) {
        n += entry.result == domain::ItemResult::Pending ? 1 : 0;
    }
    return n;
}

int SheetModel::failedLines() const
{
    return static_cast<int>(failedRows().size());
}

std::vector<int> SheetModel::failedRows() const
{
    std::vector<int> rows;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].result == domain::ItemResult::Fail) {
            rows.push_back(static_cast<int>(i));
        }
    }
    return rows;
}

domain::AreaScore SheetModel::score(domain::InspectionService service) const
{
    if (!m_view) {
        return {};
    }
    domain::InspectionSheet edited = m_view->sheet;
    for (std::size_t i = 0; i < m_entries.size() && i < edited.lines.size(); ++i) {
        edited.lines[i].result = m_entries[i].result;
    }
    return domain::scoreSheet(edited, service);
}

const domain::Nonconformance* SheetModel::nonconformance(int row) const
{
    if (!m_view) {
        return nullptr;
    }
    const domain::Nonconformance* found = nullptr;
    for (const auto& nc : m_view->nonconformances) {
        if (nc.line == row && nc.state != domain::NcState::Withdrawn) {
            found = &nc;
        }
    }
    return found;
}

std::vector<const domain::SheetAmendment*> SheetModel::amendments(int row) const
{
    std::vector<const domain::SheetAmendment*> out;
    if (m_view) {
        for (const auto& a : m_view->amendments) {
            if (a.line == row) {
                out.push_back(&a);
            }
        }
    }
    return out;
}

int SheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_view) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    const domain::SheetLine& line = m_view->sheet.lines[row];
    const services::LineEntry& entry = m_entries[row];
    const bool failed = entry.result == domain::ItemResult::Fail;
    if (role == ResultRole) {
        return static_cast<int>(entry.result);
    }
    const auto amended = amendments(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (static_cast<Column>(index.column())) {
        case Code:
            return qs(line.item.code);
        case Item:
            return checkItemTextLabel(line.item);
        case Standard:
            return checkItemStandardLabel(line.item);
        case Weight:
            return weightText(line.item.weight, line.item.unit);
        case Result:
            return amended.empty() ? itemResultLabel(entry.result)
                                   : itemResultLabel(entry.result) + QStringLiteral(" *");
        case Severity:
            return failed ? severityLabel(entry.severity) : QVariant();
        case OnSpot:
            return {};
        case Note:
            return qs(entry.note);
        case Photos: {
            if (role == Qt::EditRole || entry.photos.empty()) {
                return role == Qt::EditRole ? QVariant(static_cast<int>(entry.photos.size())) : QVariant();
            }
            QStringList names;
            for (const auto& p : entry.photos) {
                names << qs(p.fileName);
            }
            return names.join(QStringLiteral(", "));
        }
        case Nonconformance:
            if (const auto* nc = nonconformance(index.row())) {
                return QStringLiteral("%1 · %2").arg(qs(nc->code), ncStateLabel(nc->state));
            }
            return {};
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::CheckStateRole && index.column() == OnSpot && failed) {
        return entry.correctedOnSpot ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::BackgroundRole && index.column() == Result) {
        const QColor colour = itemResultColour(entry.result);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Result && itemResultColour(entry.result).isValid()) {
            return QBrush(Qt::black);
        }
        if (index.column() == Severity && failed && entry.severity == domain::Severity::Severe) {
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        }
    }
    if (role == Qt::FontRole && index.column() == Result && entry.result != domain::ItemResult::Pending) {
        QFont font;
        font.setBold(true);
        font.setItalic(!amended.empty());
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Standard || index.column() == Item) {
            return QStringLiteral("%1\n%2").arg(checkItemTextLabel(line.item), checkItemStandardLabel(line.item));
        }
        if (index.column() == Result && !amended.empty()) {
            QStringList lines;
            for (const auto* a : amended) {
                lines << tr("Amended by %1: %2 → %3 (%4)")
                             .arg(qs(a->by), itemResultLabel(a->before), itemResultLabel(a->after), qs(a->reason));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Note && !entry.note.empty()) {
            return qs(entry.note);
        }
        if (index.column() == Photos && !entry.photos.empty()) {
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Weight || index.column() == Code)) {
        return QVariant(Qt::AlignCenter);
    }
    return {};
}

QVariant SheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == OnSpot) {
        return tr("A failure corrected on the spot: its nonconformance is raised already rectified");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Code:
        return tr("Code");
    case Item:
        return tr("Item");
    case Standard:
        return tr("Standard");
    case Weight:
        return tr("Weight");
    case Result:
        return tr("Result");
    case Severity:
        return tr("Severity");
    case OnSpot:
        return tr("On the spot");
    case Note:
        return tr("Note");
    case Photos:
        return tr("Photos");
    case Nonconformance:
        return tr("Nonconformance");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags SheetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (isEditable()) {
        if (index.column() == Note) {
            f |= Qt::ItemIsEditable;
        }
        if (index.column() == OnSpot && result(index.row()) == domain::ItemResult::Fail) {
            f |= Qt::ItemIsUserCheckable;
        }
    }
    return f;
}

bool SheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    if (role == Qt::EditRole && index.column() == Note) {
        return setNote(index.row(), value.toString());
    }
    if (role == Qt::CheckStateRole && index.column() == OnSpot) {
        return setCorrectedOnSpot(index.row(), value.toInt() == Qt::Checked);
    }
    if (role == Qt::EditRole && index.column() == Result) {
        const int result = value.toInt();
        if (result < static_cast<int>(domain::ItemResult::Pending) ||
            result > static_cast<int>(domain::ItemResult::NotApplicable)) {
            return false;
        }
        return setResult(index.row(), static_cast<domain::ItemResult>(result));
    }
    return false;
}

} // namespace propdesk::gui
