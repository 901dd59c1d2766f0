# The compile options every blufio target shares (qBittorrent's qbt_common_cfg idea).
add_library(blufio_options INTERFACE)
target_compile_definitions(blufio_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  BLUFIO_VERSION="${PROJECT_VERSION}")
target_compile_options(blufio_options INTERFACE -Wall -Wextra -Wpedantic)
# BuildInfo.h: BLUFIO_GIT_COMMIT, refreshed on every build (cmake/BlufioGitCommit.cmake) but
# rewritten only when the commit changes; blufio_common depends on it (top-level CMakeLists.txt), so
# it exists before anything that may include it compiles.
set(BLUFIO_GIT_COMMIT "" CACHE STRING "Commit shown by --version and /v1/health (empty: ask git at build time)")
set(blufio_buildinfo_header ${PROJECT_BINARY_DIR}/generated/BuildInfo.h)
add_custom_target(blufio_buildinfo
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUTPUT=${blufio_buildinfo_header}
          -DCOMMIT=${BLUFIO_GIT_COMMIT} -P ${PROJECT_SOURCE_DIR}/cmake/BlufioGitCommit.cmake
  BYPRODUCTS ${blufio_buildinfo_header}
  COMMENT "Reading the git commit"
  VERBATIM)
target_include_directories(blufio_options INTERFACE ${PROJECT_BINARY_DIR}/generated)
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
  message(STATUS "blufio: CI is set, warnings are errors")
  target_compile_options(blufio_options INTERFACE -Werror)
endif()
# libFuzzer targets (tests/fuzz): clang only. The whole project is built with coverage
# instrumentation (fuzzer-no-link) and ASan+UBSan, so the fuzzer sees and checks the code it drives.
option(BLUFIO_FUZZ "Build the libFuzzer targets in tests/fuzz (clang)" OFF)
if(BLUFIO_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BLUFIO_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  if(NOT BLUFIO_SANITIZE)
    set(BLUFIO_SANITIZE address,undefined)
  endif()
  target_compile_options(blufio_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(BLUFIO_SANITIZE)
  target_compile_options(blufio_options INTERFACE -fsanitize=${BLUFIO_SANITIZE} -fno-omit-frame-pointer)
  target_link_options(blufio_options INTERFACE -fsanitize=${BLUFIO_SANITIZE})
endif()
