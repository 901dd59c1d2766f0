# CPACK_PROJECT_CONFIG_FILE (cmake/BlufioPackaging.cmake): read by cpack for each generator run.
# BLUFIO_DEB_VERSION overrides the package version of a rebuild (e.g. 0.1.0+rebuild1), so that a
# package rebuilt from the same source upgrades the installed one.
if(DEFINED ENV{BLUFIO_DEB_VERSION} AND NOT "$ENV{BLUFIO_DEB_VERSION}" STREQUAL "")
  set(CPACK_DEBIAN_PACKAGE_VERSION "$ENV{BLUFIO_DEB_VERSION}")
endif()
