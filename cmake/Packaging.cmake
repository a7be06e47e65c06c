# Installation and the Debian package (CPack DEB), see docs/release.md.
#
#   /usr/bin/propdesk, /usr/bin/propdesk-cli             (src/app, src/cli)
#   /usr/share/propdesk/{holiday-cn,rules,translations}  (resources/, src/gui)
#   /usr/share/applications, /usr/share/metainfo, /usr/share/icons/hicolor  (resources/desktop)
#   /usr/share/man/man1/propdesk.1.gz, propdesk-cli.1.gz  (docs/man)
#   /usr/share/doc/propdesk/{copyright,changelog.gz,CHANGELOG.md.gz,PROVENANCE.holiday-cn.txt,examples/}
#
# The version is the project version; its date and summary come from the matching section of CHANGELOG.md,
# which must exist (configure fails otherwise, so a release cannot go out without its entry).
include(GNUInstallDirs)

set(PROPDESK_APPSTREAM_ID "io.github.propdesk.PropDesk")
set(PROPDESK_SHARE_DIR "${CMAKE_INSTALL_DATADIR}/propdesk")
set(PROPDESK_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/propdesk")

# --- The release entry of CHANGELOG.md: "## [X.Y.Z] - YYYY-MM-DD", then a one-line summary paragraph. ---
file(READ "${PROJECT_SOURCE_DIR}/CHANGELOG.md" propdesk_changelog)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/CHANGELOG.md")
string(REPLACE "." "\\." propdesk_version_re "${PROJECT_VERSION}")
if(NOT propdesk_changelog MATCHES "\n## \\[${propdesk_version_re}\\] - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])\n\n([^\n]+)\n")
    message(FATAL_ERROR "CHANGELOG.md has no entry '## [${PROJECT_VERSION}] - YYYY-MM-DD' followed by a blank "
                        "line and a one-line summary: write it before building version ${PROJECT_VERSION}")
endif()
set(PROPDESK_RELEASE_DATE "${CMAKE_MATCH_1}")
set(PROPDESK_RELEASE_SUMMARY "${CMAKE_MATCH_2}")
string(LENGTH "${PROPDESK_RELEASE_SUMMARY}" propdesk_summary_length)
if(propdesk_summary_length GREATER 76)
    message(FATAL_ERROR "CHANGELOG.md: the summary line of ${PROJECT_VERSION} has ${propdesk_summary_length} "
                        "characters; keep it to 76 (it becomes the Debian changelog entry)")
endif()
# RFC 5322 date for the Debian changelog, at noon UTC of the release day.
execute_process(COMMAND date -u -R -d "${PROPDESK_RELEASE_DATE} 12:00:00"
    OUTPUT_VARIABLE propdesk_release_rfc2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)

set(PROPDESK_MAINTAINER "PropDesk maintainers <maintainers@propdesk.example.org>")

set(gen "${PROJECT_BINARY_DIR}/packaging")
configure_file("${PROJECT_SOURCE_DIR}/resources/desktop/${PROPDESK_APPSTREAM_ID}.metainfo.xml.in"
    "${gen}/${PROPDESK_APPSTREAM_ID}.metainfo.xml" @ONLY)
file(CONFIGURE OUTPUT "${gen}/changelog" CONTENT
"propdesk (${PROJECT_VERSION}) bookworm; urgency=medium

  * ${PROPDESK_RELEASE_SUMMARY}
  * The full notes are in /usr/share/doc/propdesk/CHANGELOG.md.gz.

 -- ${PROPDESK_MAINTAINER}  ${propdesk_release_rfc2822}
")
foreach(page propdesk.1 propdesk-cli.1)
    configure_file("${PROJECT_SOURCE_DIR}/docs/man/${page}" "${gen}/${page}" @ONLY)
endforeach()

# Debian wants these compressed with gzip -9n (no name, no time stamp: the same bytes every build).
set(propdesk_gz_inputs "${gen}/changelog" "${gen}/propdesk.1" "${gen}/propdesk-cli.1"
    "${PROJECT_SOURCE_DIR}/CHANGELOG.md")
set(propdesk_gz_outputs "")
foreach(input IN LISTS propdesk_gz_inputs)
    get_filename_component(name "${input}" NAME)
    add_custom_command(OUTPUT "${gen}/${name}.gz"
        COMMAND gzip -9nc "${input}" > "${gen}/${name}.gz"
        DEPENDS "${input}" VERBATIM)
    list(APPEND propdesk_gz_outputs "${gen}/${name}.gz")
endforeach()
add_custom_target(propdesk_packaging_files ALL DEPENDS ${propdesk_gz_outputs})

# --- Install rules ---
install(TARGETS propdesk propdesk-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
# A stripped install (the package's) also drops the compiler's .comment and .note sections, as dh_strip does.
install(CODE "
    if(CMAKE_INSTALL_DO_STRIP)
        foreach(program propdesk propdesk-cli)
            execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment --remove-section=.note
                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\${program}\"
                COMMAND_ERROR_IS_FATAL ANY)
        endforeach()
    endif()")
# The program carries these compiled in (resources/CMakeLists.txt); the installed copies are the same
# data, for reading and for `propdesk-cli calendar import`, with where they came from.
file(GLOB propdesk_holiday_files "${PROJECT_SOURCE_DIR}/resources/holiday-cn/20*.json")
install(FILES ${propdesk_holiday_files} DESTINATION "${PROPDESK_SHARE_DIR}/holiday-cn")
install(FILES "${PROJECT_SOURCE_DIR}/resources/holiday-cn/PROVENANCE.txt" DESTINATION "${PROPDESK_DOC_DIR}"
    RENAME PROVENANCE.holiday-cn.txt)
install(FILES "${PROJECT_SOURCE_DIR}/resources/rules/default.json" DESTINATION "${PROPDESK_SHARE_DIR}/rules")
# The translations are installed by src/gui/CMakeLists.txt, where lrelease makes them.

install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${PROPDESK_APPSTREAM_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${gen}/${PROPDESK_APPSTREAM_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/icons/propdesk-${size}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" RENAME propdesk.png)
endforeach()
install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/icons/propdesk.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")

install(FILES "${gen}/propdesk.1.gz" "${gen}/propdesk-cli.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/copyright" "${gen}/changelog.gz" "${gen}/CHANGELOG.md.gz"
    DESTINATION "${PROPDESK_DOC_DIR}")
install(FILES "${PROJECT_SOURCE_DIR}/docs/samples/workorders-sample.csv"
    "${PROJECT_SOURCE_DIR}/docs/samples/complaints-sample.csv"
    "${PROJECT_SOURCE_DIR}/docs/samples/patrol-device-sample.csv"
    DESTINATION "${PROPDESK_DOC_DIR}/examples")

# --- The Debian package ---
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "propdesk")
set(CPACK_PACKAGE_VENDOR "The PropDesk authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "work orders, deadlines and KPIs of a property-service centre")
# The long description; the first line of the control file's Description is the summary above.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"PropDesk is the desk of a property-service centre (物业服务中心). The front
desk logs repair requests and complaints and sees how long each has before it
is late; supervisors dispatch and close work orders, keep the security roster
and patrol records and review cleaning inspections; managers set the targets
of each service contract and print the monthly KPI report (PDF or Excel).
.
The package holds the desktop application (propdesk, Qt 6) and the command
line (propdesk-cli). Data stays in an SQLite database in each user's own
folder (~/.local/share/propdesk).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PROPDESK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The shared libraries come from dpkg-shlibdeps. Qt's platform plugins (xcb for the desktop, offscreen
# for PDF rendering) are loaded at run time, so shlibdeps cannot see them; the time-zone database and a
# CJK font are data files. Qt's own translations are welcome but not needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, tzdata, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_THREADS 0)
include(CPack)
