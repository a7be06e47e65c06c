#pragma once

#include "domain/commitment.h"
#include "domain/timezone.h"
#include "rules/indicators.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace propdesk::gui {

// The figures entered by hand for one site and month (docs/kpi-report.md): one row per manual indicator of
// the catalogue with the figure in force (the latest entry) and what the user has typed over it, the rate
// computed live from the typed values, and the service's refusal beside the field it names. Only the
// manual indicators are rows, so a computed one cannot be entered here.
class FiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Indicator,
        Numerator,
        Denominator,
        Rate,
        Note,
        EnteredBy,
        EnteredAt,
        Problem,
        ColumnCount
    };

    // What a changed row asks the service to store.
    struct Change
    {
        int row = 0;
        std::string key;
        std::optional<std::int64_t> numerator;   // none: not a whole number
        std::optional<std::int64_t> denominator; // none: not a whole number
        std::string note;
    };

    explicit FiguresModel(QObject* parent = nullptr);

    // The month's entries (any order). With `keepEdits`, what was typed and not saved stays, with its
    // refusal; otherwise (another month or site) it is dropped.
    void setFigures(const std::vector<domain::ManualFigure>& entries, const domain::TimeZone& zone, bool keepEdits);
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    const rules::IndicatorDefinition& definition(int row) const;
    // The row of a key, -1 when it is not a manual indicator.
    int rowOf(std::string_view key) const;
    // Every entry of the row's indicator, oldest first.
    const std::vector<domain::ManualFigure>& history(int row) const;
    // The latest entry, none before the first.
    const domain::ManualFigure* inForce(int row) const;

    bool isChanged(int row) const;
    bool hasChanges() const;
    std::vector<Change> changes() const;
    // Shows a refusal on the row, beside the column `field` names ("numerator", "denominator", "note"); the
    // row's Problem column says it. An empty text clears it.
    void setProblem(int row, const QString& text, std::string_view field = {});
    void clearEdits(int row);
    void clearAllEdits();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        const rules::IndicatorDefinition* definition = nullptr;
        std::vector<domain::ManualFigure> history;
        // What was typed over the figure in force; none: unchanged.
        std::optional<QString> numerator;
        std::optional<QString> denominator;
        std::optional<QString> note;
        QString problem;
        int problemColumn = -1;
    };

    QString numeratorText(const Row& row) const;
    QString denominatorText(const Row& row) const;
    QString noteText(const Row& row) const;
    std::optional<double> liveRate(const Row& row) const;
    void emitRow(int row);

    std::vector<Row> m_rows;
    std::optional<domain::TimeZone> m_zone;
    bool m_editable = false;
};

} // namespace propdesk::gui
