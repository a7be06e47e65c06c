#pragma once

#include "domain/security.h"
#include "rules/patrol.h"

#include <QAbstractTableModel>

#include <vector>

namespace propdesk::gui {

class AppSession;

// The rounds of one day's shifts as of now, in the service's order (by planned start, then route): for each
// its outcome, coloured, the checkpoints visited against those expected, the ones missed, when it started
// and who walked it.
class PatrolToursModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Shift,
        Route,
        Round,
        Planned,
        Outcome,
        Visited,
        Started,
        Guard,
        Missed,
        ColumnCount
    };

    explicit PatrolToursModel(AppSession& session, QObject* parent = nullptr);
    ~PatrolToursModel() override;

    // Reads the rounds of `day` (a local date of the site) again, as of the clock's now.
    void setDay(domain::Date day);
    domain::Date day() const { return m_day; }
    void reload();

    const rules::RoundEvaluation& round(int row) const;
    // How many rounds have this outcome.
    int count(rules::RoundOutcome outcome) const;
    // The refusal of the last read, empty when it succeeded.
    const QString& error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void reloaded();

private:
    QString shiftName(const std::string& code) const;

    AppSession& m_session;
    domain::Date m_day{date::year{2000} / 1 / 1};
    std::vector<rules::RoundEvaluation> m_rounds;
    domain::SecuritySetup m_setup;
    QString m_error;
};

} // namespace propdesk::gui
