#include "fielderrors.h"

#include "errortext.h"

#include <QLabel>

#include <algorithm>

namespace propdesk::gui {

namespace {

void style(QLabel* label)
{
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    // A wrapped label otherwise settles on a narrow column of a few words per line.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setMinimumWidth(240);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->clear();
    label->hide();
}

} // namespace

FieldErrors::FieldErrors(QLabel* general) : m_general(general)
{
    style(m_general);
}

void FieldErrors::add(std::initializer_list<std::string_view> fields, QLabel* label)
{
    style(label);
    for (const auto field : fields) {
        m_fields.emplace_back(std::string(field), label);
    }
}

void FieldErrors::show(const domain::Error& error)
{
    QLabel* label = m_general;
    if (error.code != domain::ErrorCode::Conflict) {
        const auto it = std::find_if(m_fields.begin(), m_fields.end(),
                                     [&](const auto& entry) { return entry.first == error.field; });
        if (it != m_fields.end()) {
            label = it->second;
        }
    }
    show(label, messageText(error.message));
}

void FieldErrors::show(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void FieldErrors::clear()
{
    clear(m_general);
    for (const auto& entry : m_fields) {
        clear(entry.second);
    }
}

void FieldErrors::clear(QLabel* label)
{
    label->clear();
    label->hide();
}

} // namespace propdesk::gui
