# Are translations/fehrist_*.ts up to date with the sources? Runs lupdate as the update_translations
# target does (the same project file, the same options) on copies of the committed files, and fails if
# it changes anything:
#   cmake -DLUPDATE=… -DPROJECT_IN=…/fehrist_ui_project.cmake -DGENERATOR=…/GenerateLUpdateProject.cmake
#         -DTS_FILES="a.ts;b.ts" -DWORK_DIR=… -P check_ts_current.cmake
foreach(var LUPDATE PROJECT_IN GENERATOR TS_FILES WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_ts_current: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "check_ts_current: cannot write the lupdate project file")
endif()

set(copies)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

# -ts overrides the project's translations: lupdate writes the copies, never the committed files.
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none
                        -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "check_ts_current: lupdate failed:\n${out}\n${err}")
endif()
# That -ts overrides the project's files is what we want; any other warning names a source lupdate
# cannot read as intended.
string(REGEX REPLACE "lupdate warning: TS files from command line will override TRANSLATIONS[^\n]*\n?" "" err "${err}")
if(err MATCHES "[Ww]arning|[Ee]rror")
    message(FATAL_ERROR "check_ts_current: lupdate warns about the sources:\n${err}")
endif()

set(stale)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${WORK_DIR}/${name}" RESULT_VARIABLE differs)
    if(NOT differs EQUAL 0)
        list(APPEND stale "${name}")
        execute_process(COMMAND diff -u "${ts}" "${WORK_DIR}/${name}" OUTPUT_VARIABLE diff ERROR_QUIET)
        message("--- ${name}: lupdate would change it:\n${diff}")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "translations out of date (${stale}): run `cmake --build build --target "
                        "update_translations`, then translate what it marks unfinished")
endif()
message(STATUS "translations up to date: ${TS_FILES}")
