// Substring search over Chinese text: what the history's search box matches.

#include "storage/searchtext.h"

#include <catch2/catch.hpp>

using propdesk::storage::foldForSearch;
using propdesk::storage::searchDocument;
using propdesk::storage::searchExpression;

TEST_CASE("search ignores case, spaces and punctuation, and reads full-width digits as digits")
{
    CHECK(foldForSearch("138 0013-8000") == "13800138000");
    CHECK(foldForSearch("１３８００") == "13800");
    CHECK(foldForSearch("A座，3栋。") == "a座3栋");
    CHECK(foldForSearch("  ") == "");
}

TEST_CASE("a document is the character pairs of each field, the fields kept apart")
{
    CHECK(searchDocument({"王芳"}) == "王芳 芳");
    CHECK(searchDocument({"ab", "", "c"}) == "ab b , c");
    CHECK(searchDocument({"3-2"}) == "32 2");
    CHECK(searchDocument({"王芳"}, "20250303-001") == "20250303001 , 王芳 芳"); // the code as one token
}

TEST_CASE("a query becomes the phrase of its pairs, one character a prefix query, nothing searchable none")
{
    CHECK(searchExpression("漏水") == "\"漏水\" OR \"漏水\"");
    CHECK(searchExpression("楼上漏水") == "\"楼上 上漏 漏水\" OR \"楼上漏水\"");
    CHECK(searchExpression("1380") == "\"13 38 80\" OR \"1380\"");
    CHECK(searchExpression("水") == "\"水\"*");
    CHECK_FALSE(searchExpression(" ,，").has_value());
    // A quote cannot end the phrase early: ASCII punctuation is dropped.
    CHECK(searchExpression("a\"b") == "\"ab\" OR \"ab\"");
}
