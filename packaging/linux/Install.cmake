# Linux install rules of the files around the binaries (desktop integration, documentation, man
# pages), by CPack component: "client" is the groove-enroll package, "devserver" the
# groove-enroll-devserver package. Included from packaging/CPackConfig.cmake.
include(GNUInstallDirs)

set(ge_linux "${PROJECT_SOURCE_DIR}/packaging/linux")
set(ge_debian "${PROJECT_SOURCE_DIR}/packaging/debian")
set(ge_out "${PROJECT_BINARY_DIR}/packaging")

# Debian wants the changelog's newest version to be the package's.
file(STRINGS "${ge_debian}/changelog" ge_changelog_head LIMIT_COUNT 1)
if(NOT ge_changelog_head MATCHES "^groove-enroll \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "packaging/debian/changelog does not start with version "
                        "${PROJECT_VERSION}: add an entry for it (${ge_changelog_head})")
endif()

# Changelog and man pages compressed as Debian wants them: gzip -9, and -n (no name, no time
# stamp) so that the same sources give the same package. Built with the project ('all'), so that
# cpack only copies.
set(ge_compressed "")
foreach(ge_pair IN ITEMS "debian/changelog|changelog.gz" "man/groove-enroll.1|groove-enroll.1.gz"
                         "man/gms-devserver.1|gms-devserver.1.gz")
    string(REPLACE "|" ";" ge_pair "${ge_pair}")
    list(GET ge_pair 0 ge_in)
    list(GET ge_pair 1 ge_gz)
    string(REGEX REPLACE "\\.gz$" "" ge_name "${ge_gz}")
    add_custom_command(OUTPUT "${ge_out}/${ge_gz}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${ge_out}"
        COMMAND ${CMAKE_COMMAND} -E copy "${PROJECT_SOURCE_DIR}/packaging/${ge_in}" "${ge_out}/${ge_name}"
        COMMAND gzip -9nf "${ge_out}/${ge_name}"
        DEPENDS "${PROJECT_SOURCE_DIR}/packaging/${ge_in}"
        COMMENT "Compressing packaging/${ge_in}"
        VERBATIM)
    list(APPEND ge_compressed "${ge_out}/${ge_gz}")
endforeach()
add_custom_target(ge_packaging_files ALL DEPENDS ${ge_compressed})

# AppStream: the component id is the desktop file's name (without .desktop).
set(GE_APPSTREAM_ID "${GE_APP_ID}")
configure_file("${ge_linux}/metainfo.xml.in" "${ge_out}/${GE_APPSTREAM_ID}.metainfo.xml" @ONLY)

# The client.
set(ge_doc_client "${CMAKE_INSTALL_DATADIR}/doc/groove-enroll")
install(FILES "${ge_linux}/${GE_APPSTREAM_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT client)
# An XDG autostart entry lives in /etc whatever the prefix (a conffile, see CPackConfig.cmake).
install(FILES "${ge_linux}/groove-enroll-tray.desktop"
    DESTINATION /etc/xdg/autostart COMPONENT client)
install(FILES "${ge_out}/${GE_APPSTREAM_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT client)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/groove-enroll.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT client)
foreach(ge_size IN ITEMS 16 22 24 32 48 64 128 256)
    install(FILES "${ge_linux}/icons/groove-enroll-${ge_size}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${ge_size}x${ge_size}/apps"
        RENAME groove-enroll.png COMPONENT client)
endforeach()
install(FILES "${ge_out}/groove-enroll.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT client)
install(FILES "${ge_debian}/copyright" "${ge_out}/changelog.gz"
    "${PROJECT_SOURCE_DIR}/docs/administrators.md"
    DESTINATION "${ge_doc_client}" COMPONENT client)
install(FILES "${PROJECT_SOURCE_DIR}/docs/examples/groove-enroll-policy.conf"
    DESTINATION "${ge_doc_client}/examples" COMPONENT client)

# The development server.
set(ge_doc_devserver "${CMAKE_INSTALL_DATADIR}/doc/groove-enroll-devserver")
install(FILES "${ge_out}/gms-devserver.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT devserver)
install(FILES "${ge_debian}/copyright" "${ge_out}/changelog.gz"
    DESTINATION "${ge_doc_devserver}" COMPONENT devserver)
