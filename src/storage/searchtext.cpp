#include "searchtext.h"

#include <vector>

namespace propdesk::storage {

namespace {

// Decodes UTF-8; invalid bytes are skipped (imports refuse invalid UTF-8 long before this).
std::vector<char32_t> decode(std::string_view text)
{
    std::vector<char32_t> out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
            ++i;
            continue;
        }
        char32_t cp = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
        bool valid = true;
        for (int k = 1; k < length; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            valid = valid && (cc >> 6) == 0x2;
            cp = (cp << 6) | (cc & 0x3F);
        }
        i += static_cast<std::size_t>(length);
        if (valid) {
            out.push_back(cp);
        }
    }
    return out;
}

void encode(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// The searchable form of one code point, or 0 when it is a space or punctuation.
char32_t fold(char32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E) { // full-width ASCII, as Chinese input methods type digits
        cp -= 0xFEE0;
    }
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') {
            return cp + ('a' - 'A');
        }
        const bool alnum = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
        return alnum ? cp : 0;
    }
    const bool punctuation = (cp >= 0x2000 && cp <= 0x206F) // general punctuation, including “ ” — …
                             || (cp >= 0x3000 && cp <= 0x303F) // CJK punctuation: 、。《》【】and the ideographic space
                             || cp == 0x00A0 || cp == 0x00B7 || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                             (cp >= 0xFF5F && cp <= 0xFF65);
    return punctuation ? 0 : cp;
}

std::vector<char32_t> folded(std::string_view text)
{
    std::vector<char32_t> out;
    for (const auto cp : decode(text)) {
        if (const auto f = fold(cp)) {
            out.push_back(f);
        }
    }
    return out;
}

void appendPairs(const std::vector<char32_t>& cps, std::string& out)
{
    for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        encode(cps[i], out);
        encode(cps[i + 1], out);
    }
}

} // namespace

std::string foldForSearch(std::string_view text)
{
    std::string out;
    for (const auto cp : folded(text)) {
        encode(cp, out);
    }
    return out;
}

std::string searchDocument(std::initializer_list<std::string_view> fields, std::string_view whole)
{
    std::string out = foldForSearch(whole);
    for (const auto field : fields) {
        const auto cps = folded(field);
        if (cps.empty()) {
            continue;
        }
        // A separator between fields keeps a pair from spanning two of them.
        std::string part;
        appendPairs(cps, part);
        if (!part.empty()) {
            part += ' ';
        }
        encode(cps.back(), part);
        if (!out.empty()) {
            out += " , ";
        }
        out += part;
    }
    return out;
}

std::optional<std::string> searchExpression(std::string_view query)
{
    const auto cps = folded(query);
    if (cps.empty()) {
        return std::nullopt;
    }
    std::string out = "\"";
    if (cps.size() == 1) {
        encode(cps.front(), out);
        out += "\"*";
        return out;
    }
    std::string pairs;
    appendPairs(cps, pairs);
    out += pairs;
    out += "\" OR \"";
    for (const auto cp : cps) {
        encode(cp, out);
    }
    out += '"';
    return out;
}

} // namespace propdesk::storage
