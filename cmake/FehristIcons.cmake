# fehrist_bundle_breeze_icons(TARGET NAMES category/name...)
# Copies the named KDE Breeze icons (22 px, light and dark) from an installed Breeze theme into the
# build tree and compiles them into TARGET's resources under :/icons/breeze and :/icons/breeze-dark.
# FEHRIST_BREEZE_DIR points at the folder holding breeze/ and breeze-dark/ (Debian:
# /usr/share/icons, package breeze-icon-theme; on Windows/macOS a checkout of KDE's breeze-icons).
set(FEHRIST_BREEZE_DIR "/usr/share/icons" CACHE PATH "Folder that holds the breeze and breeze-dark icon themes")

function(fehrist_bundle_breeze_icons target)
    set(files)
    foreach(theme breeze breeze-dark)
        set(out "${CMAKE_CURRENT_BINARY_DIR}/icons/${theme}")
        set(dirs)
        foreach(icon ${ARGN})
            get_filename_component(category "${icon}" DIRECTORY)
            get_filename_component(name "${icon}" NAME)
            set(source "${FEHRIST_BREEZE_DIR}/${theme}/${category}/22/${name}.svg")
            if(NOT EXISTS "${source}")
                message(FATAL_ERROR "Breeze icon ${theme}/${category}/22/${name}.svg not found under "
                                    "FEHRIST_BREEZE_DIR=${FEHRIST_BREEZE_DIR} (Debian: apt install breeze-icon-theme)")
            endif()
            # configure_file follows Breeze's symlinks and re-copies when the source changes.
            configure_file("${source}" "${out}/${category}/22/${name}.svg" COPYONLY)
            list(APPEND files "${theme}/${category}/22/${name}.svg")
            list(APPEND dirs "${category}/22")
        endforeach()
        list(REMOVE_DUPLICATES dirs)
        string(REPLACE ";" "," dirlist "${dirs}")
        set(index "[Icon Theme]\nName=${theme} (bundled with Fehrist)\nDirectories=${dirlist}\n")
        foreach(dir ${dirs})
            get_filename_component(context "${dir}" DIRECTORY)
            string(APPEND index "\n[${dir}]\nSize=22\nType=Scalable\nMinSize=16\nMaxSize=256\n")
        endforeach()
        file(WRITE "${out}/index.theme" "${index}")
        list(APPEND files "${theme}/index.theme")
    endforeach()
    set(absolute)
    foreach(f ${files})
        list(APPEND absolute "${CMAKE_CURRENT_BINARY_DIR}/icons/${f}")
    endforeach()
    qt_add_resources(${target} fehrist_icons
        PREFIX /icons
        BASE "${CMAKE_CURRENT_BINARY_DIR}/icons"
        FILES ${absolute})
endfunction()
