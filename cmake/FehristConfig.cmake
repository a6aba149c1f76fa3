# One INTERFACE target carries the language standard, warnings and Qt defines; every target links it.
option(FEHRIST_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (CI)" OFF)
option(FEHRIST_FUZZ "Build the libFuzzer targets (clang) instead of the applications" OFF)
option(FEHRIST_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(fehrist_config INTERFACE)
target_compile_features(fehrist_config INTERFACE cxx_std_20)
target_compile_options(fehrist_config INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic>
    $<$<AND:$<BOOL:${FEHRIST_WARNINGS_AS_ERRORS}>,$<CXX_COMPILER_ID:GNU,Clang,AppleClang>>:-Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /utf-8>)
target_compile_definitions(fehrist_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    FEHRIST_VERSION="${PROJECT_VERSION}")
# Includes are written from the repository root: "core/storage/store.h".
target_include_directories(fehrist_config INTERFACE "${PROJECT_SOURCE_DIR}")

if(FEHRIST_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "FEHRIST_FUZZ needs clang (cmake --preset fuzz)")
    endif()
    # Everything the fuzzers reach is instrumented for coverage and checked by ASan and UBSan.
    target_compile_options(fehrist_config INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                    -fno-sanitize-recover=undefined)
    target_link_options(fehrist_config INTERFACE -fsanitize=address,undefined)
endif()

if(FEHRIST_SANITIZE)
    # The whole suite runs under ASan and UBSan in CI (scripts/test.sh, FEHRIST_SANITIZE=1). Qt itself
    # is not instrumented; what it leaks at exit is suppressed in tests/sanitizers/lsan.supp.
    target_compile_options(fehrist_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                    -fno-sanitize-recover=undefined)
    target_link_options(fehrist_config INTERFACE -fsanitize=address,undefined)
endif()
