#!/usr/bin/env bash
# What `cmake --install` ships, checked the way a distribution would: the exact file list (no
# tests, tools or libraries leak in), the binary runs, the desktop file and the AppStream metainfo
# pass their validators, *.hierarchy.yaml maps to Hierarch's MIME type once the database is
# rebuilt, the icons have their sizes, and the manual page renders without warnings and documents
# every option the binary accepts.
#
# Usage: check_install.sh BUILD_DIR VERSION   (the file list is installed-files.txt beside it)
set -uo pipefail

build_dir=${1:?usage: check_install.sh BUILD_DIR VERSION}
version=${2:?usage: check_install.sh BUILD_DIR VERSION}
app_id=org.hierarch.Hierarch
mime_type=application/x-hierarch-plan+yaml

# shellcheck source=SCRIPTDIR/checks.sh
source "$(dirname "$0")/checks.sh"

stage=$(mktemp -d "${TMPDIR:-/tmp}/hierarch-install.XXXXXX")
trap 'rm -rf "$stage"' EXIT
root=$stage/root
usr=$root/usr

if ! DESTDIR=$root cmake --install "$build_dir" --prefix /usr >"$stage/install.log" 2>&1; then
    cat "$stage/install.log"
    fail "cmake --install failed"
    exit 1
fi
pass "cmake --install into a DESTDIR"

# --- The file list, exactly -----------------------------------------------------------------
icon_sizes=(16 24 32 48 64 128 256)
grep -v '^#' "$(dirname "$0")/installed-files.txt" | sort >"$stage/expected.txt"
(cd "$usr" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$stage/installed.txt"
if diff -u "$stage/expected.txt" "$stage/installed.txt" >"$stage/files.diff"; then
    pass "installs exactly the $(wc -l <"$stage/expected.txt") files of installed-files.txt"
else
    fail "installed files differ from the expected list (- missing, + unexpected):"
    sed -n '3,$p' "$stage/files.diff"
fi
if [ -n "$(find "$root" -mindepth 1 -maxdepth 1 ! -name usr)" ]; then
    fail "files installed outside the prefix: $(find "$root" -mindepth 1 -maxdepth 1 ! -name usr)"
fi

# --- The binary --------------------------------------------------------------------------------
hierarch=$usr/bin/hierarch
if [ -x "$hierarch" ] && [ "$("$hierarch" --version 2>/dev/null)" = "hierarch $version" ]; then
    pass "bin/hierarch runs and reports version $version"
else
    fail "bin/hierarch --version does not print 'hierarch $version'"
fi
example=$usr/share/doc/hierarch/examples/sms2003-small-site.hierarchy.yaml
if [ -f "$example" ]; then
    "$hierarch" validate --fail-on never "$example" >"$stage/validate.txt" 2>&1
    status=$?
    if [ $status -eq 0 ] &&
        grep -q "errors\?, .* warnings\?, .* info, .* waived" "$stage/validate.txt"; then
        pass "the installed binary validates an installed example"
    else
        fail "hierarch validate on the installed example exited $status:"
        cat "$stage/validate.txt"
    fi
fi

# --- Desktop file --------------------------------------------------------------------------------
desktop=$usr/share/applications/$app_id.desktop
if [ -f "$desktop" ]; then
    if desktop-file-validate "$desktop" >"$stage/desktop.txt" 2>&1 &&
        [ ! -s "$stage/desktop.txt" ]; then
        pass "desktop-file-validate reports nothing"
    else
        fail "desktop-file-validate:"
        cat "$stage/desktop.txt"
    fi
    for line in "Exec=hierarch %f" "Icon=$app_id" "MimeType=$mime_type;" "Type=Application"; do
        grep -qxF "$line" "$desktop" || fail "desktop file lacks '$line'"
    done
    if ! grep -q '^GenericName\[de\]=' "$desktop" || ! grep -q '^Comment\[de\]=' "$desktop"; then
        fail "desktop file has no German generic name or comment"
    fi
fi

# --- AppStream metainfo ------------------------------------------------------------------------
metainfo=$usr/share/metainfo/$app_id.metainfo.xml
if [ -f "$metainfo" ]; then
    # Errors and warnings fail; the one pedantic hint (upper case in the fixed application ID)
    # is not shown without --pedantic.
    if appstreamcli validate --no-net --explain "$metainfo" >"$stage/appstream.txt" 2>&1; then
        pass "appstreamcli validate passes"
    else
        fail "appstreamcli validate:"
        cat "$stage/appstream.txt"
    fi
    grep -qE '^[EW]:' "$stage/appstream.txt" && fail "appstreamcli reports errors or warnings"
    # The installed tree as a whole: the launchable desktop file and the icon are found.
    if appstreamcli validate-tree --no-net "$usr/.." >"$stage/tree.txt" 2>&1; then
        pass "appstreamcli validate-tree passes on the installed tree"
    else
        fail "appstreamcli validate-tree:"
        cat "$stage/tree.txt"
    fi
    grep -q "<release version=\"$version\"" "$metainfo" \
        || fail "metainfo has no release entry for version $version"
fi

# --- MIME type ---------------------------------------------------------------------------------
mime=$usr/share/mime
if [ -f "$mime/packages/$app_id.xml" ]; then
    if update-mime-database -V "$mime" >"$stage/mime.txt" 2>&1 &&
        ! grep -qi "warning\|error" "$stage/mime.txt"; then
        pass "update-mime-database accepts the MIME package"
    else
        fail "update-mime-database:"
        cat "$stage/mime.txt"
    fi
    # Resolve a file name the way shared-mime-info does: among all matching globs the highest
    # weight wins, then the longest pattern. Ours must beat the system's *.yaml; plain YAML must
    # stay YAML.
    resolve() {
        local name=$1 best_weight=-1 best_length=-1 best_type=none weight type pattern
        while IFS=: read -r weight type pattern; do
            case $weight in '#'* | '') continue ;; esac
            # shellcheck disable=SC2053 # the pattern is a glob on purpose
            if [[ $name == $pattern ]]; then
                if ((weight > best_weight ||
                    (weight == best_weight && ${#pattern} > best_length))); then
                    best_weight=$weight best_length=${#pattern} best_type=$type
                fi
            fi
        done < <(cat "$mime/globs2" /usr/share/mime/globs2 2>/dev/null | cut -d: -f1-3)
        printf '%s' "$best_type"
    }
    got=$(resolve "contoso.hierarchy.yaml")
    if [ "$got" = "$mime_type" ]; then
        pass "contoso.hierarchy.yaml is $mime_type"
    else
        fail "contoso.hierarchy.yaml resolves to '$got', not $mime_type"
    fi
    got=$(resolve "config.yaml")
    if [ "$got" != "$mime_type" ]; then
        pass "config.yaml is not claimed ($got)"
    else
        fail "plain config.yaml resolves to $mime_type"
    fi
    grep -q "^$mime_type application/x-yaml$" "$mime/subclasses" \
        || fail "$mime_type is not a sub-class of application/x-yaml"
    grep -qx "$mime_type" "$mime/types" || fail "$mime_type missing from the rebuilt types list"
    grep -q "^$mime_type:$app_id$" "$mime/icons" || fail "the MIME type does not name the app icon"
fi

# --- Icons -------------------------------------------------------------------------------------
mark
for size in "${icon_sizes[@]}"; do
    png=$usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || continue
    grep -q "PNG image data, $size x $size, 8-bit/color RGBA" <<<"$(file "$png")" \
        || fail "$png is not a ${size}x$size RGBA PNG: $(file -b "$png")"
done
svg=$usr/share/icons/hicolor/scalable/apps/$app_id.svg
[ -f "$svg" ] && ! grep -q "<svg" "$svg" && fail "$svg is not an SVG"
pass_if_clean "icons have their sizes"

# --- Manual page -------------------------------------------------------------------------------
man=$usr/share/man/man1/hierarch.1.gz
if [ -f "$man" ]; then
    zcat "$man" >"$stage/hierarch.1"
    if groff -man -Tutf8 -ww -z "$stage/hierarch.1" 2>"$stage/groff.txt" &&
        [ ! -s "$stage/groff.txt" ]; then
        pass "the manual page renders without groff warnings"
    else
        fail "groff warnings:"
        cat "$stage/groff.txt"
    fi
    mark
    # Not on a terminal, man-db writes plain text (no overstriking), one line per output line.
    MANWIDTH=80 man -l "$man" >"$stage/man.txt" 2>/dev/null
    for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" FILES EXAMPLES; do
        grep -qx "$section" "$stage/man.txt" || fail "man page has no $section section"
    done
    grep -q "@[A-Z_]*@" "$stage/hierarch.1" && fail "man page has an unfilled @PLACEHOLDER@"
    grep -q "^Hierarch $version .*HIERARCH(1)\$" "$stage/man.txt" \
        || fail "man page footer does not name version $version"
    for path in /usr/share/doc/hierarch/examples/ /usr/share/doc/hierarch/README.md \
        /usr/share/hierarch/schema/hierarch-plan-v1.schema.json; do
        grep -qF "$path" "$stage/man.txt" || fail "man page does not name the installed $path"
        [ -e "$root$path" ] || fail "man page names $path, which is not installed"
    done
    # Every option and command the binary's own help lists must be in the manual, each
    # command's options in that command's subsection.
    check_help() {
        local help_text=$1 what=$2 manual=$3 option
        local options
        options=$(grep -oE -- '--[a-z][a-z-]*|(^|[ ,])-[a-z]\b' <<<"$help_text" | tr -d ' ,' |
            sort -u)
        for option in $options; do
            # Whole words only: "-o" must not be found inside "--output".
            grep -qE -- "(^|[^-[:alnum:]])$option([^-[:alnum:]]|\$)" <<<"$manual" \
                || fail "man page lacks $option of $what"
        done
    }
    check_help "$("$hierarch" --help 2>&1)" "hierarch --help" "$(cat "$stage/man.txt")"
    for command in validate report diff rules format; do
        # The command's own subsection of COMMANDS, up to the next subsection or section.
        part=$(awk -v c="$command" '
            $0 ~ "^   " c "( |$)" { inside = 1; next }
            inside && /^(   [a-z]|[A-Z])/ { inside = 0 }
            inside' "$stage/man.txt")
        if [ -z "$part" ]; then
            fail "man page has no subsection for '$command'"
            continue
        fi
        check_help "$("$hierarch" "$command" --help 2>/dev/null)" "hierarch $command" "$part"
    done
    exit_status=$(sed -n '/^EXIT STATUS/,/^[A-Z]/p' "$stage/man.txt")
    for code in 0 1 2; do
        grep -qE "^ +$code\b" <<<"$exit_status" \
            || fail "man page does not explain exit status $code"
    done
    pass_if_clean "the manual page has its sections and every option of the binary's help"
fi

if [ "$failures" -ne 0 ]; then
    printf '%d check(s) failed\n' "$failures"
    exit 1
fi
echo "all install checks passed"
