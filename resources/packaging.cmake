# CPack: `cpack -G DEB` in the build folder packs the install tree of resources/CMakeLists.txt and
# app/ into hierarch_<version>-1_<arch>.deb. dpkg-shlibdeps (dpkg-dev) derives the library
# dependencies from the binary; what it cannot see is listed by hand below.
set(CPACK_PACKAGE_NAME hierarch)
set(CPACK_PACKAGE_VENDOR "Hierarch")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "plan SMS 2003 and ConfigMgr 2007 site hierarchies against security best practices")
set(CPACK_PACKAGE_CONTACT "Hierarch developers <hierarch@hierarch.invalid>"
    CACHE STRING "Maintainer named in the package's control file")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The canvas, diagram exports and the PDF report ask for DejaVu Sans by name (theme.cpp,
# drawingFont) so that they look the same everywhere; nothing links it, so shlibdeps cannot know.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
# Qt's own German strings (standard buttons, file dialogs) for the German interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# The extended description; CPack puts the summary above it and indents it as control files want.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Hierarch is an editor for Microsoft SMS 2003 and System Center Configuration
Manager 2007 site hierarchies. While sites, servers and site system roles are
drawn, a live validator checks the plan against 79 security and design rules
and explains every finding. Accepted risks are recorded as waivers with an
expiry date, and a PDF design report (English or German) documents the plan
for review.

Plans are YAML files (*.hierarchy.yaml). The command line (hierarch validate,
report, rules) needs no display and writes text, JSON or SARIF for CI.")

# `package_source` packs the sources only: no build folders, no version-control data.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "hierarch-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/\\\\.cache/" "/build[^/]*/" "\\\\.user$")

include(CPack)
