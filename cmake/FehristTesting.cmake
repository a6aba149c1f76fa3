# fehrist_add_test(NAME SOURCES files... LIBRARIES libs... LABELS labels... [ENVIRONMENT k=v...] [ARGS...])
# One executable per test, run offscreen, labelled for `ctest -L`.
function(fehrist_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT;ARGS" ${ARGN})
    if(NOT TARGET ${name})
        qt_add_executable(${name} ${T_SOURCES})
        target_link_libraries(${name} PRIVATE fehrist_config Qt6::Test ${T_LIBRARIES})
        set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests/bin")
    endif()
    fehrist_register_test(${name} ${name} LABELS ${T_LABELS} ENVIRONMENT ${T_ENVIRONMENT} ARGS ${T_ARGS})
endfunction()

# fehrist_register_test(TESTNAME TARGET LABELS ... [ENVIRONMENT ...] [ARGS ...]) runs an existing test executable
# again under another name, e.g. the store tests once on SQLite and once on PostgreSQL.
function(fehrist_register_test testname target)
    cmake_parse_arguments(T "" "" "LABELS;ENVIRONMENT;ARGS" ${ARGN})
    add_test(NAME ${testname} COMMAND $<TARGET_FILE:${target}> ${T_ARGS})
    set_tests_properties(${testname} PROPERTIES
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${T_ENVIRONMENT}"
        TIMEOUT 600)
endfunction()
