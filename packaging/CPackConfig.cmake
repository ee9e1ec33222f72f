# CPack settings, included from the top-level CMakeLists.txt after all install() rules.
# Build packages with:  cmake --build --preset default && cpack --config build/default/CPackConfig.cmake
# Platform assets live next to this file in packaging/{linux,windows,macos}.

set(CPACK_PACKAGE_NAME "groove-enroll")
set(CPACK_PACKAGE_VENDOR "Groove Enroll developers")
set(CPACK_PACKAGE_CONTACT "Groove Enroll developers <groove-enroll@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Groove Enroll")
set(CPACK_PACKAGE_EXECUTABLES "groove-enroll" "Groove Enroll")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/out/")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "TGZ;DEB")
    find_program(GE_RPMBUILD rpmbuild)
    if(GE_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()
endif()

# Debian: dependencies from the binaries' shared libraries (needs dpkg-shlibdeps).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")

# RPM: automatic requirements come from rpmbuild itself.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")

# WiX (Windows): the UpgradeGUID must never change, so that a new version replaces the old one.
set(CPACK_WIX_UPGRADE_GUID "75CB1BAB-C1B2-4769-AB3F-2BB6F9B10BF6")
set(CPACK_WIX_PRODUCT_NAME "Groove Enroll")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Groove Enroll")
if(EXISTS "${PROJECT_SOURCE_DIR}/packaging/windows/groove-enroll.ico")
    set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/groove-enroll.ico")
endif()

# DragNDrop (macOS disk image).
set(CPACK_DMG_VOLUME_NAME "Groove Enroll")
set(CPACK_DMG_FORMAT "UDZO")

include(CPack)
