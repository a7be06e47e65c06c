#include "patrolroutedialog.h"

#include "appsession.h"
#include "dialogfit.h"
#include "fielderrors.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace propdesk::gui {

namespace {

domain::Date toDate(const QDate& day)
{
    return domain::Date{date::year{day.year()}, date::month{static_cast<unsigned>(day.month())},
                        date::day{static_cast<unsigned>(day.day())}};
}

QDate fromDate(domain::Date day)
{
    return QDate(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                 static_cast<int>(static_cast<unsigned>(day.day())));
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const auto* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

PatrolRouteDialog::PatrolRouteDialog(AppSession& session, const domain::SecuritySetup& setup,
                                     const std::optional<domain::PatrolRoute>& route, QWidget* parent)
    : QDialog(parent), m_session(session), m_setup(setup)
{
    setWindowTitle(route ? tr("Change route %1").arg(qs(route->code)) : tr("New patrol route"));
    resize(640, 600);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_effective = new QDateEdit(this);
    m_effective->setObjectName(QStringLiteral("effectiveEdit"));
    m_effective->setCalendarPopup(true);
    m_active = new QCheckBox(tr("In use (clear it to retire the route from that date)"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(true);

    m_checkpoints = new QTableWidget(0, 3, this);
    m_checkpoints->setObjectName(QStringLiteral("checkpointTable"));
    m_checkpoints->setHorizontalHeaderLabels({tr("Code"), tr("Checkpoint"), tr("Location")});
    m_checkpoints->horizontalHeader()->setStretchLastSection(true);
    m_checkpoints->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkpoints->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addCheckpointButton"));
    auto* remove = new QPushButton(tr("Re&move"), this);
    auto* up = new QPushButton(tr("&Up"), this);
    auto* down = new QPushButton(tr("Do&wn"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addCheckpoint();
        m_checkpoints->setCurrentCell(m_checkpoints->rowCount() - 1, 0);
        m_checkpoints->editItem(m_checkpoints->item(m_checkpoints->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_checkpoints->currentRow() >= 0) {
            m_checkpoints->removeRow(m_checkpoints->currentRow());
        }
    });
    connect(up, &QPushButton::clicked, this, [this] { moveCheckpoint(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCheckpoint(1); });
    auto* checkpointButtons = new QVBoxLayout;
    for (auto* button : {add, remove, up, down}) {
        checkpointButtons->addWidget(button);
    }
    checkpointButtons->addStretch(1);
    auto* checkpointRow = new QHBoxLayout;
    checkpointRow->addWidget(m_checkpoints, 1);
    checkpointRow->addLayout(checkpointButtons);

    auto* roundsRow = new QHBoxLayout;
    for (const auto& shift : m_setup.shifts) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("rounds_%1").arg(qs(shift.code)));
        spin->setRange(0, 48);
        auto* label = new QLabel(shiftLabel(shift), this);
        label->setBuddy(spin);
        roundsRow->addWidget(label);
        roundsRow->addWidget(spin);
        roundsRow->addSpacing(12);
        m_rounds.emplace(shift.code, spin);
    }
    roundsRow->addStretch(1);
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("lengthSpin"));
    m_length->setRange(1, 24 * 60);
    m_length->setSuffix(tr(" min"));
    m_tolerance = new QSpinBox(this);
    m_tolerance->setObjectName(QStringLiteral("toleranceSpin"));
    m_tolerance->setRange(0, 12 * 60);
    m_tolerance->setSuffix(tr(" min"));

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    auto* codeError = new QLabel(this);
    auto* nameError = new QLabel(this);
    auto* checkpointError = new QLabel(this);
    auto* roundsError = new QLabel(this);
    auto* lengthError = new QLabel(this);
    auto* toleranceError = new QLabel(this);
    m_errors = std::make_unique<FieldErrors>(formError);
    m_errors->add({"code"}, codeError);
    m_errors->add({"name"}, nameError);
    m_errors->add({"checkpoints"}, checkpointError);
    m_errors->add({"roundsPerShift"}, roundsError);
    m_errors->add({"roundLength"}, lengthError);
    m_errors->add({"tolerance"}, toleranceError);

    auto* hint = new QLabel(tr("The rounds of a shift are spread evenly over it; a round may start this much "
                               "before or after its planned time and has the round length to finish."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(QString(), codeError);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), nameError);
    form->addRow(tr("Checkpoints:"), checkpointRow);
    form->addRow(QString(), checkpointError);
    form->addRow(tr("Rounds per shift:"), roundsRow);
    form->addRow(QString(), roundsError);
    form->addRow(tr("Round &length:"), m_length);
    form->addRow(QString(), lengthError);
    form->addRow(tr("&Tolerance:"), m_tolerance);
    form->addRow(QString(), hint);
    form->addRow(QString(), toleranceError);
    form->addRow(tr("&Effective from:"), m_effective);
    form->addRow(QString(), m_active);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatrolRouteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatrolRouteDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(formError);
    layout->addWidget(buttons);

    const auto today = toDateTime(m_session.clock().now(), m_session.zone()).date();
    if (route) {
        m_code->setText(qs(route->code));
        m_code->setReadOnly(true);
        m_name->setText(qs(route->name));
        for (const auto& c : route->checkpoints) {
            addCheckpoint(qs(c.code), qs(c.name), qs(c.location));
        }
        for (const auto& [shift, rounds] : route->roundsPerShift) {
            if (auto it = m_rounds.find(shift); it != m_rounds.end()) {
                it->second->setValue(rounds);
            }
        }
        m_length->setValue(static_cast<int>(route->roundLength.count() / 60));
        m_tolerance->setValue(static_cast<int>(route->tolerance.count() / 60));
        m_active->setChecked(route->active);
        // A change takes effect from tomorrow unless told otherwise: today's rounds keep their version.
        const QDate from = fromDate(route->effectiveFrom);
        m_effective->setDate(from > today ? from : today.addDays(1));
    } else {
        domain::PatrolRoute defaults;
        m_length->setValue(static_cast<int>(defaults.roundLength.count() / 60));
        m_tolerance->setValue(static_cast<int>(defaults.tolerance.count() / 60));
        m_effective->setDate(today);
    }
    m_checkpoints->resizeColumnsToContents();
}

PatrolRouteDialog::~PatrolRouteDialog() = default;

bool PatrolRouteDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

QSpinBox* PatrolRouteDialog::roundsSpin(const std::string& shift) const
{
    const auto it = m_rounds.find(shift);
    return it == m_rounds.end() ? nullptr : it->second;
}

void PatrolRouteDialog::addCheckpoint(const QString& code, const QString& name, const QString& location)
{
    const int row = m_checkpoints->rowCount();
    m_checkpoints->insertRow(row);
    m_checkpoints->setItem(row, 0, new QTableWidgetItem(code));
    m_checkpoints->setItem(row, 1, new QTableWidgetItem(name));
    m_checkpoints->setItem(row, 2, new QTableWidgetItem(location));
}

void PatrolRouteDialog::moveCheckpoint(int by)
{
    const int row = m_checkpoints->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_checkpoints->rowCount()) {
        return;
    }
    for (int column = 0; column < 3; ++column) {
        auto* a = m_checkpoints->takeItem(row, column);
        auto* b = m_checkpoints->takeItem(to, column);
        m_checkpoints->setItem(row, column, b);
        m_checkpoints->setItem(to, column, a);
    }
    m_checkpoints->setCurrentCell(to, m_checkpoints->currentColumn());
}

domain::PatrolRoute PatrolRouteDialog::route() const
{
    domain::PatrolRoute route;
    route.code = utf8(m_code->text().trimmed());
    route.name = utf8(m_name->text().trimmed());
    route.effectiveFrom = toDate(m_effective->date());
    for (int row = 0; row < m_checkpoints->rowCount(); ++row) {
        domain::Checkpoint checkpoint;
        checkpoint.code = utf8(cellText(m_checkpoints, row, 0));
        checkpoint.name = utf8(cellText(m_checkpoints, row, 1));
        checkpoint.location = utf8(cellText(m_checkpoints, row, 2));
        if (checkpoint.code.empty() && checkpoint.name.empty() && checkpoint.location.empty()) {
            continue; // a row added and left empty
        }
        route.checkpoints.push_back(std::move(checkpoint));
    }
    for (const auto& shift : m_setup.shifts) {
        const int rounds = m_rounds.at(shift.code)->value();
        if (rounds > 0) {
            route.roundsPerShift.emplace_back(shift.code, rounds);
        }
    }
    route.roundLength = domain::Seconds{m_length->value() * 60};
    route.tolerance = domain::Seconds{m_tolerance->value() * 60};
    route.active = m_active->isChecked();
    return route;
}

void PatrolRouteDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    auto saved = m_session.workspace().security().saveRoute(site->code, route());
    if (!saved) {
        m_errors->show(saved.error());
        return;
    }
    m_result = std::move(*saved);
    m_session.notifySecurityChanged();
    QDialog::accept();
}

} // namespace propdesk::gui
