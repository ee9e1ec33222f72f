# CPack settings, included from the top-level CMakeLists.txt after all install() rules.
# Packages are made from an existing build (no second build), e.g. the CI one:
#   cmake --build build/ci && cpack --config build/ci/CPackConfig.cmake -B build/ci/packages
# scripts/package-test.sh does that and checks the result. packaging/README.md has the details.

# The project's web address: the AppStream homepage and screenshots, the Debian Homepage field,
# the Windows installer's "about" link. A placeholder until the project has a real one.
set(GE_PROJECT_URL "https://groove-enroll.example.org"
    CACHE STRING "Web address of the project (packages and AppStream metadata)")

if(UNIX AND NOT APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/linux/Install.cmake")
endif()

set(CPACK_PACKAGE_NAME "groove-enroll")
set(CPACK_PACKAGE_VENDOR "Groove Enroll developers")
set(CPACK_PACKAGE_CONTACT "Groove Enroll developers <packaging@groove-enroll.example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${GE_PROJECT_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Groove Enroll")
set(CPACK_PACKAGE_EXECUTABLES "groove-enroll" "Groove Enroll")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/out/")
# Values reach the generators as written here (no second round of escaping: NSIS needs "\").
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_COMPONENTS_ALL client)
    set(CPACK_STRIP_FILES ON)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_COMPONENTS_ALL client)
    set(CPACK_STRIP_FILES ON)
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_COMPONENTS_ALL client devserver)
    # The first line of CPACK_DEBIAN_<COMPONENT>_DESCRIPTION is each package's synopsis. CPack's
    # DEB generator would put CPACK_PACKAGE_DESCRIPTION_SUMMARY (one for all packages) before it,
    # unless that has its default value (CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY, CPack.cmake).
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
    # Not CPACK_STRIP_FILES: the DEB generator strips itself when it makes the -dbgsym packages
    # (CPack strips before the generator otherwise, and there would be no symbols to keep).
endif()

# Debian: one package per component, a -dbgsym package with the debug symbols of each (the
# binaries in the packages are stripped), dependencies from dpkg-shlibdeps plus what it cannot
# see (plugins Qt loads at run time, the Secret Service client library QtKeychain opens).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${GE_PROJECT_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# gzip: xz takes minutes for the -dbgsym packages on a busy CI machine.
set(CPACK_DEBIAN_COMPRESSION_TYPE "gzip")

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "groove-enroll")
# libqt6svg6: the SVG icon engine and image format plugins (bookworm ships them in that package);
# qt6-translations-l10n: Qt's own texts (qtbase_*.qm) in the user's language. The xcb platform
# plugin comes with libqt6gui6, which shlibdeps finds; qt6-qpa-plugins has only vnc and tuio.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6, qt6-translations-l10n")
# A Secret Service provider keeps the keys; without one, only --insecure-keystore works.
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "gnome-keyring")
set(CPACK_DEBIAN_CLIENT_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/packaging/debian/conffiles")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION
"enroll this computer with a Groove management server
Groove Enroll connects a computer to the Groove management server of an
organisation. A wizard asks for the server and the account configuration
code, or opens filled in from an enrollment link (groove-enroll://...), and
shows each step as it happens. Afterwards a tray icon and a status window
show whether the server still knows the account.

Administrators can preset and lock the server and the method with a policy
in /etc/xdg/groove-enroll, and enroll unattended from the command line
(groove-enroll --headless --json), with documented exit codes.")

set(CPACK_DEBIAN_DEVSERVER_PACKAGE_NAME "groove-enroll-devserver")
set(CPACK_DEBIAN_DEVSERVER_DESCRIPTION
"Groove management server for tests, demos and training
gms-devserver is a small Groove management server that speaks the
enrollment protocol of Groove Enroll over HTTP and TLS on 127.0.0.1, with a
built-in demo domain, its own certificate authority and fault injection.

It is meant for testing deployments and for training, not for production:
it prints its demo codes and passwords.")

# NSIS (Windows): written, not built or tested here (packaging/README.md). The installer
# registers the groove-enroll URL protocol, so that enrollment links open the client, and
# removes it again at uninstall. SHCTX is HKLM\Software\Classes for an installation for all
# users and HKCU\Software\Classes for one user.
set(CPACK_NSIS_PACKAGE_NAME "Groove Enroll")
set(CPACK_NSIS_DISPLAY_NAME "Groove Enroll")
set(CPACK_NSIS_URL_INFO_ABOUT "${GE_PROJECT_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\groove-enroll.exe")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\groove-enroll" "" "URL:Groove Enroll enrollment link"
  WriteRegStr SHCTX "Software\Classes\groove-enroll" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\groove-enroll\DefaultIcon" "" "$INSTDIR\bin\groove-enroll.exe,0"
  WriteRegStr SHCTX "Software\Classes\groove-enroll\shell\open\command" "" '"$INSTDIR\bin\groove-enroll.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey SHCTX "Software\Classes\groove-enroll"
]=])
if(EXISTS "${PROJECT_SOURCE_DIR}/packaging/windows/groove-enroll.ico")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/groove-enroll.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/groove-enroll.ico")
endif()

# DragNDrop (macOS disk image with the bundle; its Info.plist registers the URL scheme, see
# packaging/macos/Info.plist.in and app/CMakeLists.txt). Written, not built or tested here.
set(CPACK_DMG_VOLUME_NAME "Groove Enroll")
set(CPACK_DMG_FORMAT "UDZO")

include(CPack)
# Components: the client, and the development server in a package of its own (Linux only).
cpack_add_component(client DISPLAY_NAME "Groove Enroll" REQUIRED)
cpack_add_component(devserver DISPLAY_NAME "Groove management server for tests" DISABLED)
