# macOS: Fehrist.app with its Info.plist and icon, fehrist-cli inside the bundle, the Qt frameworks
# and other libraries deployed with macdeployqt (through Qt's CMake deployment API), and a .dmg to
# drag into Applications. Included from installer/CMakeLists.txt; docs/install.md, "macOS".

# ---- the bundle -----------------------------------------------------------------------------------
# app/CMakeLists.txt names the bundle Fehrist.app and installs fehrist-cli into Contents/MacOS, so that
# both use the bundle's frameworks.
set_target_properties(fehrist PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${FEHRIST_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME Fehrist
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE fehrist.icns
    MACOSX_BUNDLE_COPYRIGHT "The Fehrist developers, GPL-3.0-or-later")
target_sources(fehrist PRIVATE "${FEHRIST_ICON_ICNS}")
set_source_files_properties("${FEHRIST_ICON_ICNS}" TARGET_DIRECTORY fehrist
                            PROPERTIES GENERATED ON MACOSX_PACKAGE_LOCATION Resources)
add_dependencies(fehrist fehrist_app_icons)

# ---- the run time ----------------------------------------------------------------------------------
configure_file(macos/deploy.cmake.in "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos.cmake.in" @ONLY)
file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-$<CONFIG>.cmake"
     INPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos.cmake.in")
install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-$<CONFIG>.cmake" COMPONENT desktop)

# ---- DragNDrop ------------------------------------------------------------------------------------
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Catalogue of digital public services and their digitization")
set(CPACK_GENERATOR DragNDrop)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE) # one .dmg, not one per component
set(CPACK_DMG_VOLUME_NAME Fehrist)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON "${FEHRIST_ICON_ICNS}") # the volume's icon
