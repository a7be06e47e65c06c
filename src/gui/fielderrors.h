#pragma once

#include "domain/error.h"

#include <QString>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

class QLabel;

namespace propdesk::gui {

// Shows a service's refusal next to the field it names: each field's label, red and hidden while empty,
// and one label for what names no field here (or a state conflict, which no field can fix).
class FieldErrors
{
public:
    explicit FieldErrors(QLabel* general);

    // `label` shows errors naming any of `fields` (the backbone's names: "phone", "arrived_at", …).
    void add(std::initializer_list<std::string_view> fields, QLabel* label);
    void show(const domain::Error& error);
    void show(QLabel* label, const QString& text);
    void clear();
    void clear(QLabel* label);

private:
    QLabel* m_general;
    std::vector<std::pair<std::string, QLabel*>> m_fields;
};

} // namespace propdesk::gui
