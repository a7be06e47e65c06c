#pragma once

#include "domain/inspection.h"
#include "services/inspectionservice.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

namespace propdesk::gui {

// The lines of one inspection sheet as the daily-sheet grid edits them: one row per check item, in template
// order. While the sheet is a draft (and the user may record inspections) the results, notes, severities,
// "corrected on the spot" and photos are edited here and kept as the LineEntry list the service saves; a
// signed sheet is shown read-only with the nonconformance each failed line raised and its amendments.
class SheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Item,
        Standard,
        Weight,
        Result,
        Severity,
        OnSpot, // corrected on the spot (failures only)
        Note,
        Photos,
        Nonconformance, // the code and state of the nonconformance a failed line raised
        ColumnCount
    };
    // data(): the line's ItemResult as an int, on any column.
    static constexpr int ResultRole = Qt::UserRole + 1;

    explicit SheetModel(QObject* parent = nullptr);
    ~SheetModel() override;

    // Shows a sheet (none: empty); editing starts clean.
    void setSheet(std::optional<services::SheetView> view);
    const std::optional<services::SheetView>& sheet() const { return m_view; }
    // Whether the lines may be edited: a draft, and `allowed` as last set (the user's permission).
    bool isEditable() const;
    void setEditAllowed(bool allowed);
    // Edits not saved yet.
    bool isDirty() const { return m_dirty; }
    void markClean();
    const std::vector<services::LineEntry>& entries() const { return m_entries; }

    // The edits; false (and nothing changes) when the sheet is not editable or the row does not exist.
    bool setResult(int row, domain::ItemResult result);
    // Pending → Pass → Fail → Not applicable → Pass …
    bool cycleResult(int row);
    bool setNote(int row, const QString& note);
    bool setSeverity(int row, domain::Severity severity); // failures only
    bool setCorrectedOnSpot(int row, bool corrected);     // failures only
    bool addPhoto(int row, const domain::PhotoRef& photo);

    domain::ItemResult result(int row) const;
    int pendingLines() const;
    int failedLines() const;
    std::vector<int> failedRows() const;
    // The weights met and inspected of one service over the lines as edited.
    domain::AreaScore score(domain::InspectionService service) const;
    // The nonconformance raised from a line (not withdrawn), if any.
    const domain::Nonconformance* nonconformance(int row) const;
    // The amendments of a line, oldest first.
    std::vector<const domain::SheetAmendment*> amendments(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // A line was edited (the dirty flag and the counts may have changed).
    void edited();

private:
    bool editableRow(int row) const;
    void changedRow(int row);

    std::optional<services::SheetView> m_view;
    std::vector<services::LineEntry> m_entries;
    bool m_allowed = true;
    bool m_dirty = false;
};

} // namespace propdesk::gui
