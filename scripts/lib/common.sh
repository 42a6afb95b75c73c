# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# shellcheck shell=bash

HIERARCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HIERARCH_BUILD_DIR="${HIERARCH_BUILD_DIR:-$HIERARCH_ROOT/build}"

# Debian 12 packages the build and the tests need. Qt6Charts' CMake package is only found with
# libqt6opengl6-dev and libxkbcommon-dev present.
HIERARCH_PACKAGES=(
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libyaml-cpp-dev libgl-dev
    python3 python3-jsonschema python3-yaml poppler-utils
    appstream desktop-file-utils shared-mime-info dpkg-dev file man-db fonts-dejavu-core
    clang libclang-rt-14-dev clang-format git
)

hierarch_log() {
    printf '==> %s\n' "$*" >&2
}

hierarch_ensure_packages() {
    local missing=()
    local pkg
    for pkg in "${HIERARCH_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    hierarch_log "Installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

hierarch_build() {
    hierarch_log "Configuring and building (Release) in $HIERARCH_BUILD_DIR"
    cmake -S "$HIERARCH_ROOT" -B "$HIERARCH_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$HIERARCH_BUILD_DIR" --parallel "$(nproc)"
}

# A second build with clang, ASan and UBSan for the libFuzzer harness of the model.
hierarch_build_fuzz() {
    local dir="${HIERARCH_FUZZ_BUILD_DIR:-$HIERARCH_ROOT/build-fuzz}"
    hierarch_log "Configuring and building the fuzz harness (clang, ASan, UBSan) in $dir"
    cmake -S "$HIERARCH_ROOT" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHIERARCH_FUZZ=ON \
        -DHIERARCH_FUZZ_SECONDS="${HIERARCH_FUZZ_SECONDS:-60}" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
    HIERARCH_FUZZ_DIR="$dir"
}
