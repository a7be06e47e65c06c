#include "spotcheckdialog.h"

#include "appsession.h"
#include "dialogfit.h"
#include "eventtimeedit.h"
#include "fielderrors.h"
#include "qtconvert.h"
#include "securitylabels.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <string>

namespace propdesk::gui {

SpotCheckDialog::SpotCheckDialog(AppSession& session, const domain::SecuritySetup& setup, QWidget* parent)
    : QDialog(parent), m_session(session), m_setup(setup)
{
    setWindowTitle(tr("Record spot check"));
    resize(640, 460);
    m_checker = new QLineEdit(this);
    m_checker->setObjectName(QStringLiteral("checkerEdit"));
    m_checker->setText(qs(m_session.user().name));
    m_checker->setPlaceholderText(tr("The manager or supervisor who checked"));
    m_time = new EventTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setZone(m_session.zone());
    m_time->setDefault(m_session.clock().now());
    m_night = new QLabel(this);
    m_night->setObjectName(QStringLiteral("nightLabel"));

    m_posts = new QTableWidget(static_cast<int>(m_setup.posts.size()), 3, this);
    m_posts->setObjectName(QStringLiteral("postsTable"));
    m_posts->setHorizontalHeaderLabels({tr("Post visited"), tr("Finding"), tr("Corrective note")});
    m_posts->verticalHeader()->hide();
    m_posts->horizontalHeader()->setSectionResizeMode(Finding, QHeaderView::Stretch);
    m_posts->horizontalHeader()->setSectionResizeMode(Corrective, QHeaderView::Stretch);
    for (int row = 0; row < static_cast<int>(m_setup.posts.size()); ++row) {
        auto* post = new QTableWidgetItem(postLabel(m_setup.posts[static_cast<std::size_t>(row)]));
        post->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        post->setCheckState(Qt::Unchecked);
        m_posts->setItem(row, Post, post);
        m_posts->setItem(row, Finding, new QTableWidgetItem);
        m_posts->setItem(row, Corrective, new QTableWidgetItem);
    }
    m_posts->resizeColumnToContents(Post);
    m_posts->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // A finding typed for a post means it was visited.
    connect(m_posts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != Post && !item->text().trimmed().isEmpty()) {
            m_posts->item(item->row(), Post)->setCheckState(Qt::Checked);
        }
    });
    auto* hint = new QLabel(tr("Tick each post visited; leave the finding empty when the post was in order."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto* formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    auto* checkerError = new QLabel(this);
    auto* timeError = new QLabel(this);
    auto* postsError = new QLabel(this);
    m_errors = std::make_unique<FieldErrors>(formError);
    m_errors->add({"checker"}, checkerError);
    m_errors->add({"at"}, timeError);
    m_errors->add({"posts", "findings"}, postsError);
    // "posts[1]", "findings[0].finding": the table has a row per post, the refusal shows below it.
    for (std::size_t i = 0; i < m_setup.posts.size(); ++i) {
        const std::string index = "[" + std::to_string(i) + "]";
        m_errors->add({"posts" + index}, postsError);
        for (const char* part : {".post", ".finding", ".corrective"}) {
            m_errors->add({"findings" + index + part}, postsError);
        }
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Checked by:"), m_checker);
    form->addRow(QString(), checkerError);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(QString(), m_night);
    form->addRow(QString(), timeError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SpotCheckDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SpotCheckDialog::reject);
    auto* notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_posts, 1);
    layout->addWidget(hint);
    layout->addWidget(postsError);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(formError);
    layout->addWidget(buttons);

    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &SpotCheckDialog::updateNight);
    updateNight();
}

SpotCheckDialog::~SpotCheckDialog() = default;

bool SpotCheckDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    fitHeightToWrappedText(*this, *event);
    return handled;
}

void SpotCheckDialog::updateNight()
{
    const auto time = m_time->dateTime().time();
    const domain::Seconds ofDay{time.msecsSinceStartOfDay() / 1000};
    const bool night = domain::isNightTime(m_setup, ofDay);
    m_night->setText(night ? tr("During the night shift: counts as a night spot check.")
                           : tr("Not during the night shift: a day check."));
    m_night->setStyleSheet(night ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: palette(mid);"));
}

void SpotCheckDialog::setVisited(const std::string& post, bool visited, const QString& finding,
                                 const QString& corrective)
{
    for (std::size_t i = 0; i < m_setup.posts.size(); ++i) {
        if (m_setup.posts[i].code == post) {
            const int row = static_cast<int>(i);
            m_posts->item(row, Finding)->setText(finding);
            m_posts->item(row, Corrective)->setText(corrective);
            m_posts->item(row, Post)->setCheckState(visited ? Qt::Checked : Qt::Unchecked);
        }
    }
}

domain::SpotCheck SpotCheckDialog::check() const
{
    domain::SpotCheck check;
    check.checker = utf8(m_checker->text().trimmed());
    for (std::size_t i = 0; i < m_setup.posts.size(); ++i) {
        const int row = static_cast<int>(i);
        if (m_posts->item(row, Post)->checkState() != Qt::Checked) {
            continue;
        }
        const auto& code = m_setup.posts[i].code;
        check.posts.push_back(code);
        const QString finding = m_posts->item(row, Finding)->text().trimmed();
        const QString corrective = m_posts->item(row, Corrective)->text().trimmed();
        if (!finding.isEmpty() || !corrective.isEmpty()) {
            domain::SpotCheckFinding f;
            f.post = code;
            f.finding = utf8(finding);
            f.corrective = utf8(corrective);
            check.findings.push_back(std::move(f));
        }
    }
    check.notes = utf8(m_notes->toPlainText().trimmed());
    return check;
}

void SpotCheckDialog::accept()
{
    m_errors->clear();
    const auto& site = m_session.site();
    if (!site) {
        return;
    }
    const auto at = m_time->instant();
    if (!at) {
        m_errors->show(at.error());
        return;
    }
    auto check = this->check();
    check.at = *at;
    auto recorded = m_session.workspace().security().recordSpotCheck(site->code, std::move(check));
    if (!recorded) {
        m_errors->show(recorded.error());
        return;
    }
    m_result = std::move(*recorded);
    m_session.notifySecurityChanged();
    QDialog::accept();
}

} // namespace propdesk::gui
