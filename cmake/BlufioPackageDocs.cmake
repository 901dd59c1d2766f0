# Install-time script (see cmake/BlufioPackaging.cmake): writes /usr/share/doc/PACKAGE/copyright
# and changelog.gz, which Debian requires in every binary package. Expects blufio_doc_package,
# blufio_doc_dir (relative to the prefix), blufio_source_dir, blufio_version, blufio_maintainer,
# blufio_license and blufio_license_text to be set by the install(CODE) that includes it.

# One directory per install run: cpack and cmake --install may run at the same time.
string(MD5 run "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(out "${blufio_stage_dir}/${run}/${blufio_doc_package}")
file(MAKE_DIRECTORY "${out}")

set(COMMIT_NOTE "")
execute_process(COMMAND git -C "${blufio_source_dir}" rev-parse --short=12 HEAD
  OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE git_rc)
if(git_rc EQUAL 0 AND commit)
  set(COMMIT_NOTE " at commit ${commit}")
endif()
# SOURCE_DATE_EPOCH makes the entry reproducible; string(TIMESTAMP) honours it.
string(TIMESTAMP DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
string(TIMESTAMP COPYRIGHT_YEARS "%Y" UTC)
set(PACKAGE "${blufio_doc_package}")
set(VERSION "${blufio_version}")
set(BLUFIO_PACKAGE_MAINTAINER "${blufio_maintainer}")
set(BLUFIO_PACKAGE_LICENSE "${blufio_license}\n ${blufio_license_text}")
configure_file("${blufio_source_dir}/contrib/debian/copyright.in" "${out}/copyright" @ONLY)
configure_file("${blufio_source_dir}/contrib/debian/changelog.in" "${out}/changelog" @ONLY)
# -n: no name or time stamp in the gzip header, so identical text gives identical bytes.
execute_process(COMMAND gzip -9nf "${out}/changelog" RESULT_VARIABLE gzip_rc)
if(NOT gzip_rc EQUAL 0)
  message(FATAL_ERROR "gzip failed on ${out}/changelog")
endif()
file(INSTALL "${out}/copyright" "${out}/changelog.gz" DESTINATION "${CMAKE_INSTALL_PREFIX}/${blufio_doc_dir}"
  PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
