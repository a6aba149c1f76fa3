#!/usr/bin/env bash
# Fehrist set-up: installs the Debian/Ubuntu packages the project needs (only
# those that are missing), then configures build/ (once) and builds it.
# Safe to run again and again. Works on Debian 12 and Ubuntu 24.04.
set -euo pipefail

PACKAGES=(
    # build tools
    cmake ninja-build ccache g++ pkg-config git
    # Qt 6 (widgets, SQL drivers, HTTP server — whose CMake files need the WebSockets dev package —,
    # charts, linguist tools, OpenGL headers)
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    # other libraries and tools
    qtkeychain-qt6-dev libsodium-dev libsqlite3-dev sqlite3 breeze-icon-theme
    # run time of the desktop app: SVG icons, the font of its Urdu and Pashto (Noto Naskh Arabic)
    libqt6svg6 fonts-noto-core qt6-qpa-plugins
    # the .deb packages: cpack's dpkg-shlibdeps (dpkg-dev); scripts/package-check.sh validates them
    # (desktop-file-utils, appstream, file) and asks the installed server for its health (curl)
    dpkg-dev desktop-file-utils appstream file curl
    # PostgreSQL server for the tests (any version: 15 on Debian 12, 16 on Ubuntu 24.04)
    postgresql
    # nginx and openssl for the end-to-end test through the shipped nginx site (installer/server/nginx)
    nginx openssl
    # virtual X server, for screenshots of the desktop app
    xvfb xauth
    # XLSX: minizip to read, libxlsxwriter to write; the tests check files made by LibreOffice and openpyxl
    libminizip-dev libxlsxwriter-dev libreoffice-calc-nogui python3-openpyxl
    # fuzzing the import readers (scripts/fuzz.sh): clang with libFuzzer and the sanitizers
    clang libclang-rt-dev
    # pdftotext/pdftoppm: the tests read the PDF report back; docs/ shows its first page
    poppler-utils
)

say() { printf 'setup: %s\n' "$*"; }

cd "$(dirname "$0")/.."

# --- packages ---------------------------------------------------------------
if ! command -v dpkg-query >/dev/null 2>&1; then
    say "dpkg-query not found: not Debian/Ubuntu; install these yourself: ${PACKAGES[*]}"
else
    missing=()
    for pkg in "${PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        case "$status" in
            *" ok installed") ;;
            *) missing+=("$pkg") ;;
        esac
    done

    if ((${#missing[@]} == 0)); then
        say "all ${#PACKAGES[@]} packages already installed"
    else
        sudo=()
        if ((EUID != 0)); then
            if ! command -v sudo >/dev/null 2>&1; then
                say "need root or sudo to install: ${missing[*]}" >&2
                exit 1
            fi
            sudo=(sudo)
        fi
        say "installing ${#missing[@]} package(s): ${missing[*]}"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q update
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y \
            -o Dpkg::Use-Pty=0 install "${missing[@]}"
        say "packages installed"
    fi
fi

# --- configure and build ----------------------------------------------------
if [[ ! -f CMakeLists.txt ]]; then
    say "no CMakeLists.txt, nothing to build yet"
    exit 0
fi

if [[ ! -f build/build.ninja ]]; then
    if [[ -f CMakePresets.json ]]; then
        preset=${FEHRIST_PRESET:-default}
        say "configuring build/ (cmake --preset $preset)"
        cmake --preset "$preset"
    else
        say "configuring build/ (no CMakePresets.json, plain Ninja RelWithDebInfo)"
        cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
    fi
fi

say "building build/"
cmake --build build
say "build done"
