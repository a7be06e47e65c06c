#include "auditchangesmodel.h"

#include "auditlabels.h"
#include "qtconvert.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace propdesk::gui {

namespace {

domain::TimeZone shanghai()
{
    // Replaced by the record's zone before any row exists; Asia/Shanghai is in every tz database.
    return *domain::TimeZone::find("Asia/Shanghai");
}

// Both the text and its background are set, so that the pairs read in a dark theme too.
const QColor kRemovedText(0x8a, 0x16, 0x16);
const QColor kRemovedBackground(0xfb, 0xe3, 0xe3);
const QColor kAddedText(0x13, 0x5e, 0x28);
const QColor kAddedBackground(0xe2, 0xf4, 0xe5);
const QColor kNoValueText(0x80, 0x80, 0x80);

} // namespace

AuditChangesModel::AuditChangesModel(QObject* parent) : QAbstractTableModel(parent), m_zone(shanghai()) {}

AuditChangesModel::~AuditChangesModel() = default;

void AuditChangesModel::setEntry(const domain::AuditEntry& entry, const domain::TimeZone& zone)
{
    beginResetModel();
    m_changes = entry.changes;
    m_zone = zone;
    endResetModel();
}

void AuditChangesModel::clear()
{
    beginResetModel();
    m_changes.clear();
    endResetModel();
}

int AuditChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int AuditChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditChangesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& c = m_changes[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (column == Field) {
        switch (role) {
        case Qt::DisplayRole:
            return auditFieldLabel(c.field);
        case Qt::ToolTipRole:
        case StoredValueRole:
            return qs(c.field);
        default:
            return {};
        }
    }
    const std::string& value = column == Before ? c.before : c.after;
    const bool removed = column == Before;
    switch (role) {
    case Qt::DisplayRole:
        if (value.empty()) {
            return tr("(none)");
        }
        return auditValueText(c.field, value, m_zone);
    case Qt::ToolTipRole:
        return value.empty() ? QVariant() : QVariant(qs(value));
    case StoredValueRole:
        return qs(value);
    case Qt::ForegroundRole:
        if (value.empty()) {
            return QBrush(kNoValueText);
        }
        return QBrush(removed ? kRemovedText : kAddedText);
    case Qt::BackgroundRole:
        if (value.empty()) {
            return {};
        }
        return QBrush(removed ? kRemovedBackground : kAddedBackground);
    case Qt::FontRole: {
        QFont font;
        if (value.empty()) {
            font.setItalic(true);
        } else if (removed) {
            font.setStrikeOut(true);
        } else {
            return {};
        }
        return font;
    }
    default:
        return {};
    }
}

QVariant AuditChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace propdesk::gui
