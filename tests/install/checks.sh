# shellcheck shell=bash
# Reporting shared by check_install.sh and check_package.sh: one PASS/FAIL line per check and a
# count of failures for the exit status.

failures=0
fail() {
    printf 'FAIL: %s\n' "$*"
    failures=$((failures + 1))
}
pass() {
    printf 'PASS: %s\n' "$*"
}
# A group of checks passes when none of its fail calls since mark fired.
mark() {
    failures_at_mark=$failures
}
pass_if_clean() {
    [ "$failures" -eq "$failures_at_mark" ] && pass "$*"
}
