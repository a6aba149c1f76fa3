# Windows: the icon and version information in fehrist.exe, the Qt run time deployed with windeployqt
# (through Qt's CMake deployment API), the other DLLs found from the executables, and an NSIS installer.
# Included from installer/CMakeLists.txt; docs/install.md, "Windows", says how to build it.

set(FEHRIST_WINDOWS_DLL_DIRS "" CACHE PATH
    "Folders searched for the non-Qt DLLs the executables and the Qt SQL drivers load (minizip, \
libxlsxwriter, zlib, qtkeychain, and libpq with its OpenSSL for the PostgreSQL driver), e.g. \
vcpkg's installed/x64-windows/bin and PostgreSQL's bin")

# ---- fehrist.exe: icon and version resource --------------------------------------------------------
set(FEHRIST_RC_ICON "${FEHRIST_ICON_ICO}")
string(REPLACE "." "," FEHRIST_RC_VERSION "${PROJECT_VERSION}.0")
configure_file(windows/fehrist.rc.in "${CMAKE_CURRENT_BINARY_DIR}/fehrist.rc" @ONLY)
target_sources(fehrist PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/fehrist.rc")
set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/fehrist.rc" TARGET_DIRECTORY fehrist
                            PROPERTIES OBJECT_DEPENDS "${FEHRIST_ICON_ICO}")
add_dependencies(fehrist fehrist_app_icons)

# ---- the run time ----------------------------------------------------------------------------------
# windeployqt copies the Qt DLLs and plugins (platform, styles, image formats, SQL drivers) next to
# fehrist.exe and fehrist-cli.exe and writes qt.conf; the script then copies the other DLLs.
configure_file(windows/deploy.cmake.in "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows.cmake.in" @ONLY)
file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows-$<CONFIG>.cmake"
     INPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows.cmake.in")
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-windows-$<CONFIG>.cmake" COMPONENT desktop)

# The Microsoft C++ run time (MSVC), installed with the app rather than asking for vc_redist.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT desktop)
include(InstallRequiredSystemLibraries)

# ---- NSIS -----------------------------------------------------------------------------------------
file(TO_NATIVE_PATH "${FEHRIST_ICON_ICO}" native_ico)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Catalogue of digital public services and their digitization")
set(CPACK_GENERATOR NSIS)
set(CPACK_SYSTEM_NAME win64)
set(CPACK_NSIS_PACKAGE_NAME Fehrist)
set(CPACK_NSIS_DISPLAY_NAME Fehrist)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Fehrist)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${native_ico}")
set(CPACK_NSIS_MUI_UNIICON "${native_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\fehrist.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/blob/main/docs/user-guide.md")
set(CPACK_NSIS_CONTACT "${FEHRIST_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin\ on PATH, for fehrist-cli in a command prompt.
set(CPACK_NSIS_MODIFY_PATH ON)
# Start menu and desktop shortcuts to bin\fehrist.exe.
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_PACKAGE_EXECUTABLES fehrist Fehrist)
set(CPACK_CREATE_DESKTOP_LINKS fehrist)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Fehrist")
