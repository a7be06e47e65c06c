#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace propdesk::storage {

// Substring search over Chinese text without a word segmenter: every field is folded (ASCII lower case,
// full-width forms to ASCII, spaces and punctuation dropped) and indexed as its overlapping character
// pairs, plus its last character alone. A query of two or more characters becomes the phrase of its own
// pairs, which occurs exactly where the folded query is a substring of a folded field; a query of one
// character becomes a prefix query. Tokens are separated for SQLite FTS5's `ascii` tokenizer, which keeps
// every non-ASCII character inside a token.

// The folded text: the code points that count for search, lower case, in UTF-8.
std::string foldForSearch(std::string_view text);
// The document to index for the given fields, plus `whole` (an order's code) as a single token: a code is
// found when typed in full, without paying for its pairs.
std::string searchDocument(std::initializer_list<std::string_view> fields, std::string_view whole = {});
// The FTS5 MATCH expression for what the user typed (its pairs as a phrase, or the whole folded query as
// one token); none when nothing searchable remains.
std::optional<std::string> searchExpression(std::string_view query);

} // namespace propdesk::storage
