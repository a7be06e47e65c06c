# cmake -DSOURCE_DIR=<repo> -P checklayering.cmake
# Fails, naming file and line, when a layer uses what it must not.
set(problems "")

function(scan files regex what)
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(line MATCHES "${regex}")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
                string(STRIP "${line}" shown)
                set(problems "${problems}\n  ${rel}:${number}: ${what}: ${shown}")
            endif()
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

# Below gui: no Qt in sources or link lines.
foreach(layer domain rules storage services reports cli)
    file(GLOB_RECURSE sources "${SOURCE_DIR}/src/${layer}/*.h" "${SOURCE_DIR}/src/${layer}/*.cpp")
    scan("${sources}" "#include <Q|#include \"Q" "Qt below gui")
    scan("${SOURCE_DIR}/src/${layer}/CMakeLists.txt" "Qt6?::" "links Qt below gui")
endforeach()

# gui and app: services only.
file(GLOB_RECURSE guiSources "${SOURCE_DIR}/src/gui/*.h" "${SOURCE_DIR}/src/gui/*.cpp" "${SOURCE_DIR}/src/app/*.h"
     "${SOURCE_DIR}/src/app/*.cpp")
if(NOT guiSources)
    set(problems "${problems}\n  no sources found under src/gui: wrong SOURCE_DIR?")
endif()
scan("${guiSources}" "#include [<\"](storage/|SQLiteCpp|sqlite3)" "storage or SQLite header in gui")
scan("${guiSources}" "#include [<\"]rules/(ruleengine|clockmath|kpi)\\.h" "rule logic in gui")
scan("${guiSources}" "(SELECT|INSERT|UPDATE|DELETE)[ \t]+.*(FROM|INTO|SET)[ \t]" "SQL in gui")
scan("${SOURCE_DIR}/src/gui/CMakeLists.txt;${SOURCE_DIR}/src/app/CMakeLists.txt" "propdesk_storage|SQLiteCpp|SQLite::"
     "gui links storage")

if(problems)
    message(FATAL_ERROR "layering violated:${problems}")
endif()
message(STATUS "layering holds")
