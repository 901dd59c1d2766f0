# Every ctest entry runs through tests/support/no-leftovers (docs/TESTING.md, "Nothing left behind"):
# its own empty TMPDIR under BUILD/test-tmp, a BLUFIO_TEST_ID marker its children inherit, and a failure
# naming each process or temp path still there when it exits. The fixture blufio_no_leftovers
# (no_leftovers_begin, no_leftovers; defined in tests/CMakeLists.txt) catches what a launcher could not
# clean up itself, such as a test ctest killed at its TIMEOUT.
# Included from contrib/ too, whose checks are registered before tests/ (no include_guard: the
# variables below are directory-scoped, so each includer sets its own).

# The system interpreter first: a version manager's shim on PATH (pyenv) costs most of a second per test.
find_program(BLUFIO_PYTHON3 NAMES python3 HINTS /usr/bin REQUIRED)
set(BLUFIO_NO_LEFTOVERS ${CMAKE_CURRENT_LIST_DIR}/no-leftovers)
# Short on purpose: tests bind Unix sockets below their TMPDIR (108 bytes at most for the path).
set(BLUFIO_TEST_TMP_ROOT ${PROJECT_BINARY_DIR}/test-tmp)

# blufio_guarded_test(NAME COMMAND PROGRAM [ARG...]): add_test(NAME ... COMMAND ...) run through the
# launcher. PROGRAM may be a target name, as with add_test. Properties are the caller's to set;
# FIXTURES_REQUIRED must be appended to (set_property(... APPEND ...)), not replaced.
function(blufio_guarded_test name)
  cmake_parse_arguments(G "" "" "COMMAND" ${ARGN})
  list(POP_FRONT G_COMMAND program)
  if(TARGET ${program})
    set(program $<TARGET_FILE:${program}>)
  endif()
  add_test(NAME ${name}
    COMMAND ${BLUFIO_PYTHON3} ${BLUFIO_NO_LEFTOVERS} --root ${BLUFIO_TEST_TMP_ROOT} --name ${name} -- ${program} ${G_COMMAND})
  set_property(TEST ${name} APPEND PROPERTY FIXTURES_REQUIRED blufio_no_leftovers)
endfunction()
