# propdesk_set_warnings(TARGET): the house warning level for every target of ours.
function(propdesk_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        # GCC 12 at -O3 reports a false -Wrestrict inside std::string for `"literal" + std::string`
        # (GCC bug 105651, fixed in 13).
        target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(PROPDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
