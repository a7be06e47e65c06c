# propdesk_set_warnings(TARGET): the house warning level for every target of ours.
function(propdesk_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(PROPDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
