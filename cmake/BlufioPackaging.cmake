# Debian packages from one `cpack -G DEB` run in the build tree (docs/DEPLOYMENT.md, "Packaging"):
#   blufio_VERSION_ARCH.deb       daemon, CLI, units, sysusers/tmpfiles, logrotate, hooks, examples;
#                                 no GUI library, so a server install stays small
#   blufio-tray_VERSION_ARCH.deb  the tray, installable alone on a desktop watching a remote daemon
#   *-dbgsym_VERSION_ARCH.ddeb    the detached debug symbols of each (the binaries are stripped)
# The packages always install below /usr, whatever CMAKE_INSTALL_PREFIX this tree has: the
# prefix-dependent files are generated at install time (cmake/BlufioInstallLayout.cmake.in).
# Included at the end of the top-level CMakeLists.txt, after every install() rule.

# Debian wants a real person or list here (lintian: bogus-mail-host, malformed-contact).
set(blufio_default_maintainer "blufio maintainers <maintainers@blufio.invalid>")
set(BLUFIO_PACKAGE_MAINTAINER "${blufio_default_maintainer}" CACHE STRING
    "Maintainer field of the .deb packages: \"Name <address>\"")
# No licence is published with the source tree yet; whoever publishes one sets it here.
set(BLUFIO_PACKAGE_LICENSE "other" CACHE STRING "License field of debian/copyright (an SPDX name)")
set(BLUFIO_PACKAGE_LICENSE_TEXT "No licence has been published with this source tree: all rights reserved by the authors."
    CACHE STRING "License text in debian/copyright")

set(CPACK_PACKAGE_NAME blufio)
set(CPACK_PACKAGE_VENDOR "The blufio authors")
set(CPACK_PACKAGE_CONTACT "${BLUFIO_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BLUFIO_PACKAGE_MAINTAINER}")
set(CPACK_GENERATOR DEB)
# Install into a staging DESTDIR with the prefix /usr, so that install-time code sees the real
# prefix (CMAKE_INSTALL_PREFIX=/usr) rather than the staging directory.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING IGNORE)
set(CPACK_COMPONENTS_ALL blufio)
if(TARGET blufio-tray)
  list(APPEND CPACK_COMPONENTS_ALL tray)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Each package's summary is the first line of its own description below. CPackDeb would put the
# project-wide summary in front of both unless it is CPack's placeholder, which it leaves out.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Stripped binaries in the packages, their symbols in blufio-dbgsym / blufio-tray-dbgsym (CPackDeb
# splits them off with objcopy; CPACK_STRIP_FILES would strip them first and lose the symbols).
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
# Rebuilds of the same source (the install test's upgrade) get a higher version without editing
# the project version; cmake/BlufioCPackOptions.cmake reads BLUFIO_DEB_VERSION.
configure_file(${PROJECT_SOURCE_DIR}/cmake/BlufioCPackOptions.cmake ${PROJECT_BINARY_DIR}/BlufioCPackOptions.cmake COPYONLY)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/BlufioCPackOptions.cmake)

set(CPACK_DEBIAN_BLUFIO_PACKAGE_NAME blufio)
set(CPACK_DEBIAN_BLUFIO_PACKAGE_SECTION net)
# Beyond what dpkg-shlibdeps finds in the ELF files: the Qt SQLite plugin (loaded at run time, so
# invisible to shlibdeps), systemd (systemd-sysusers and systemd-tmpfiles in postinst, systemctl in
# the hooks and logrotate; the units need it anyway), procps (/bin/kill in ExecReload=) and the CA
# certificates for HTTPS to the LLM providers. The scripts use only Essential packages otherwise.
set(CPACK_DEBIAN_BLUFIO_PACKAGE_DEPENDS "libqt6sql6-sqlite, systemd, procps, ca-certificates")
set(CPACK_DEBIAN_BLUFIO_PACKAGE_SUGGESTS "logrotate, blufio-tray")
set(CPACK_COMPONENT_BLUFIO_DESCRIPTION "small, hardened personal-agent daemon (server and CLI)
blufiod answers chat requests through LLM providers (OpenAI-compatible,
Anthropic) over an authenticated HTTP and WebSocket gateway, keeps the
conversations in SQLite and exports Prometheus metrics. It runs as a
sandboxed systemd service with bounded memory.
.
This package contains the daemon, the blufio command-line client, the
systemd units (daemon, instances, daily backups), sysusers.d and
tmpfiles.d snippets, logrotate configuration and lifecycle hooks. The
first installation creates /etc/blufio/blufio.toml and a generated
bearer token in /etc/blufio/blufio.env.")
set(CPACK_DEBIAN_BLUFIO_PACKAGE_CONTROL_EXTRA
  ${PROJECT_SOURCE_DIR}/contrib/debian/postinst
  ${PROJECT_SOURCE_DIR}/contrib/debian/prerm
  ${PROJECT_SOURCE_DIR}/contrib/debian/postrm
  ${PROJECT_SOURCE_DIR}/contrib/debian/conffiles)

set(CPACK_DEBIAN_TRAY_PACKAGE_NAME blufio-tray)
set(CPACK_DEBIAN_TRAY_PACKAGE_SECTION utils)
# The platform plugins (xcb, wayland) are a separate package; without one Qt cannot open a window.
set(CPACK_DEBIAN_TRAY_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_TRAY_PACKAGE_SUGGESTS "blufio")
set(CPACK_COMPONENT_TRAY_DESCRIPTION "system tray monitor for the blufio daemon
blufio-tray shows the health of a blufio daemon (local or remote) as an
icon in the desktop's system tray, with notifications when it changes and
a status window with a memory graph. It only reads /health, so it needs
neither the daemon nor its credentials on the desktop.
.
It is not started at login unless the user asks for it (see
/usr/share/doc/blufio-tray/TRAY.md).")

# copyright and changelog.gz for each package (cmake/BlufioPackageDocs.cmake).
foreach(pair "blufio=blufio" "tray=blufio-tray")
  string(REPLACE "=" ";" pair "${pair}")
  list(GET pair 0 component)
  list(GET pair 1 package)
  if(NOT component IN_LIST CPACK_COMPONENTS_ALL)
    continue()
  endif()
  install(CODE "
    set(blufio_doc_package \"${package}\")
    set(blufio_doc_dir \"${CMAKE_INSTALL_DATAROOTDIR}/doc/${package}\")
    set(blufio_stage_dir \"${PROJECT_BINARY_DIR}/package-docs\")
    set(blufio_source_dir \"${PROJECT_SOURCE_DIR}\")
    set(blufio_version \"${PROJECT_VERSION}\")
    set(blufio_maintainer \"${BLUFIO_PACKAGE_MAINTAINER}\")
    set(blufio_license \"${BLUFIO_PACKAGE_LICENSE}\")
    set(blufio_license_text \"${BLUFIO_PACKAGE_LICENSE_TEXT}\")
    include(\"${PROJECT_SOURCE_DIR}/cmake/BlufioPackageDocs.cmake\")
  " COMPONENT ${component})
endforeach()

include(CPack)
