# Man pages blufio(1), blufiod(8), blufio-tray(1), blufio.toml(5) and the bash and zsh completions
# of blufio, generated at build time by scripts/gen-manpages.py from the programs' own --help (the
# command table and each command's options) and from the configuration schema, so they cannot
# drift from the code. Not in sanitizer builds: nobody installs those, and running a sanitized
# program at build time would make a leak report a build failure.
if(BLUFIO_SANITIZE OR BLUFIO_FUZZ)
  return()
endif()
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(WARNING "python3 not found: no man pages or shell completions")
  return()
endif()

set(man_dir ${PROJECT_BINARY_DIR}/man)
set(man_outputs ${man_dir}/blufio.1.gz ${man_dir}/blufiod.8.gz ${man_dir}/blufio.toml.5.gz ${man_dir}/blufio.bash ${man_dir}/_blufio)
set(man_args ${man_dir} ${PROJECT_VERSION} $<TARGET_FILE:blufio> $<TARGET_FILE:blufiod>
  ${PROJECT_SOURCE_DIR}/common/config/ConfigSchema.cpp ${PROJECT_SOURCE_DIR}/contrib/blufio.toml.example)
set(man_depends blufio blufiod)
if(TARGET blufio-tray)
  list(APPEND man_outputs ${man_dir}/blufio-tray.1.gz)
  list(APPEND man_args $<TARGET_FILE:blufio-tray>)
  list(APPEND man_depends blufio-tray)
endif()
add_custom_command(OUTPUT ${man_outputs}
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/gen-manpages.py ${man_args}
  DEPENDS ${man_depends} ${PROJECT_SOURCE_DIR}/scripts/gen-manpages.py
          ${PROJECT_SOURCE_DIR}/common/config/ConfigSchema.cpp ${PROJECT_SOURCE_DIR}/contrib/blufio.toml.example
  COMMENT "Generating man pages and shell completions"
  VERBATIM)
add_custom_target(blufio_manpages ALL DEPENDS ${man_outputs})

install(FILES ${man_dir}/blufio.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT blufio)
install(FILES ${man_dir}/blufiod.8.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT blufio)
install(FILES ${man_dir}/blufio.toml.5.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man5 COMPONENT blufio)
# Where Debian's bash-completion and zsh look for them.
install(FILES ${man_dir}/blufio.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME blufio COMPONENT blufio)
install(FILES ${man_dir}/_blufio DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT blufio)
if(TARGET blufio-tray)
  install(FILES ${man_dir}/blufio-tray.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT tray)
endif()
