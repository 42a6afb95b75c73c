#!/usr/bin/env bash
# The .deb that `cpack -G DEB` builds: its name and control fields, dependencies that cover what
# the binary links (dpkg-shlibdeps) and what it only loads by name (the DejaVu fonts), the same
# files as `cmake --install` (installed-files.txt), a stripped binary and the /usr paths in the
# manual page.
#
# Usage: check_package.sh BUILD_DIR VERSION
set -uo pipefail

build_dir=${1:?usage: check_package.sh BUILD_DIR VERSION}
version=${2:?usage: check_package.sh BUILD_DIR VERSION}

# shellcheck source=SCRIPTDIR/checks.sh
source "$(dirname "$0")/checks.sh"

stage=$(mktemp -d "${TMPDIR:-/tmp}/hierarch-package.XXXXXX")
trap 'rm -rf "$stage"' EXIT

# Into a scratch folder, so the test leaves no package or CPack staging in the build folder.
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$stage/out" \
    >"$stage/cpack.log" 2>&1; then
    cat "$stage/cpack.log"
    fail "cpack -G DEB failed"
    exit 1
fi
deb=$stage/out/hierarch_${version}-1_$(dpkg --print-architecture).deb
if [ ! -f "$deb" ]; then
    fail "no $(basename "$deb"); cpack made: $(cd "$stage/out" && ls -- *.deb 2>/dev/null)"
    exit 1
fi
pass "cpack -G DEB built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

mark
field() {
    dpkg-deb -f "$deb" "$1"
}
[ "$(field Package)" = hierarch ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version-1" ] || fail "Version is '$(field Version)', not $version-1"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] \
    || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
description=$(field Description)
grep -q "SMS 2003" <<<"${description%%$'\n'*}" || fail "Description summary does not say what it is"
[ "$(wc -l <<<"$description")" -gt 3 ] || fail "no extended Description"

# Depends: the libraries the binary links, found by dpkg-shlibdeps, and the font it asks for by
# name. Each name must be a real package: every one is installed on the machine that built it.
depends=$(field Depends)
printf 'Depends: %s\n' "$depends"
for needed in fonts-dejavu-core libc6 'libstdc\+\+6' libqt6core6 libqt6gui6 libqt6widgets6 \
    libqt6svg6 libqt6charts6 'libyaml-cpp0\.[0-9]+'; do
    grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done
for name in $(tr ',' '\n' <<<"$depends" | sed 's/(.*)//; s/|.*//' | tr -d ' '); do
    grep -q "install ok installed" <<<"$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null)" \
        || fail "Depends names '$name', which is no installed package here"
done
grep -q "qt6-translations-l10n" <<<"$(field Recommends)" \
    || fail "Recommends lacks qt6-translations-l10n"
pass_if_clean "control fields and dependencies"

mark
# The same files as `cmake --install`, below /usr, and nothing else.
grep -v '^#' "$(dirname "$0")/installed-files.txt" | sed 's|^|./usr/|' | sort >"$stage/expected.txt"
dpkg-deb -c "$deb" >"$stage/listing.txt"
awk '$1 !~ /^d/ { print $6 }' "$stage/listing.txt" | sort >"$stage/packaged.txt"
if diff -u "$stage/expected.txt" "$stage/packaged.txt" >"$stage/files.diff"; then
    pass "the package holds exactly the files of installed-files.txt"
else
    fail "packaged files differ from installed-files.txt (- missing, + unexpected):"
    sed -n '3,$p' "$stage/files.diff"
fi
if awk '$2 != "root/root" { bad = 1 } END { exit !bad }' "$stage/listing.txt"; then
    fail "files not owned by root/root"
fi

dpkg-deb -x "$deb" "$stage/tree"
grep -q ", stripped" <<<"$(file "$stage/tree/usr/bin/hierarch")" \
    || fail "bin/hierarch is not stripped"
[ "$("$stage/tree/usr/bin/hierarch" --version 2>/dev/null)" = "hierarch $version" ] \
    || fail "the packaged binary does not report version $version"
packaged_man=$(zcat "$stage/tree/usr/share/man/man1/hierarch.1.gz")
grep -qF "/usr/share/doc/hierarch/examples/" <<<"$packaged_man" \
    || fail "the packaged manual page does not name /usr/share/doc/hierarch/examples/"
# Menus, icons and the MIME database are refreshed by the triggers of desktop-file-utils,
# hicolor-icon-theme and shared-mime-info: the package needs no maintainer scripts of its own.
dpkg-deb -e "$deb" "$stage/control"
for script in preinst postinst prerm postrm; do
    [ -e "$stage/control/$script" ] && fail "unexpected maintainer script $script"
done
pass_if_clean "package contents"

if [ "$failures" -ne 0 ]; then
    printf '%d check(s) failed\n' "$failures"
    exit 1
fi
echo "all package checks passed"
