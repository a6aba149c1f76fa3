#!/usr/bin/env bash
# Builds the Debian packages from build/ and checks them the way a user's machine meets them:
#
#   scripts/package-check.sh          (scripts/test.sh runs it after the whole test suite)
#
#  1. cpack makes build/packages/fehrist_*.deb (and fehrist-server_*.deb once the server is built);
#  2. their control data (versions, the run-time Depends dpkg-shlibdeps cannot see) and contents;
#     desktop-file-validate and appstreamcli validate --strict on the .desktop file and the metainfo
#     as packaged; the icon sizes; lintian when it is installed (its report only);
#  3. as root (or with sudo that needs no password): installs the desktop .deb with apt-get, runs the
#     installed fehrist-cli (--version, init --sample, stats) and starts the installed fehrist
#     offscreen until it has painted the first rows; then dpkg -r and dpkg -P, and checks that no file
#     of the package is left;
#  4. the same for the server package: installs it and starts the installed fehrist-server the way its
#     systemd unit does (with systemctl where systemd runs, else the unit's ExecStartPre/ExecStart as
#     its User= with runuser), asks GET /api/v1/health on 127.0.0.1:8080, stops it, removes it.
# Whatever it installed is purged again on exit, also after a failure. Without root or sudo it builds
# and validates, says loudly that it did not install, and exits 0; FEHRIST_PACKAGE_CHECK_INSTALL=0
# skips the installation on purpose.
set -euo pipefail

cd "$(dirname "$0")/.."

build=build
say() { printf 'package-check: %s\n' "$*"; }
fail() {
    printf 'package-check: FAILED: %s\n' "$*" >&2
    exit 1
}

if ! command -v dpkg-deb >/dev/null 2>&1; then
    say "SKIPPED: not a Debian/Ubuntu machine (no dpkg-deb); the .deb packages were not built or checked"
    exit 0
fi
for tool in cpack desktop-file-validate appstreamcli file curl; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (scripts/setup.sh installs it)"
done
[[ -f "$build/CPackConfig.cmake" ]] || fail "no $build/CPackConfig.cmake: configure and build first (scripts/setup.sh)"

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[[ -n "$version" ]] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"

# Readable by apt's sandbox user (_apt), which fetches local .deb files too.
work=$(mktemp -d /tmp/fehrist-package-check.XXXXXX)
chmod 755 "$work"

installed=() # packages this script installed: purged again on exit
server_pid=""
server_user_made="" # the server's user and state folder, when this script's install made them
server_state_made=""

# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
    local rc=$? pkg
    trap - EXIT INT TERM
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    for pkg in "${installed[@]}"; do
        if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q ' installed$\|config-files$\|half'; then
            say "purging $pkg (installed by this check)"
            "${root[@]}" env DEBIAN_FRONTEND=noninteractive dpkg -P "$pkg" >/dev/null 2>&1 ||
                say "could not purge $pkg: remove it with dpkg -P $pkg"
        fi
    done
    if [[ -n "$server_state_made" ]]; then
        "${root[@]}" rm -rf -- /var/lib/fehrist
    fi
    if [[ -n "$server_user_made" ]] && getent passwd fehrist >/dev/null; then
        "${root[@]}" userdel fehrist >/dev/null 2>&1 || say "could not delete the user fehrist"
        getent group fehrist >/dev/null && { "${root[@]}" groupdel fehrist >/dev/null 2>&1 || true; }
    fi
    rm -rf -- "$work"
    exit "$rc"
}
root=()
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- 1. build the packages ---------------------------------------------------------------------------
rm -f "$build"/packages/*.deb
say "building the packages (cpack -G DEB)"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB >"$work/cpack.log" 2>&1; then
    tail -n 40 "$work/cpack.log" >&2
    fail "cpack failed (log above)"
fi
shopt -s nullglob
debs=("$build"/packages/fehrist_*.deb)
server_debs=("$build"/packages/fehrist-server_*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || fail "expected one fehrist_*.deb in $build/packages, found ${#debs[@]}"
desktop_deb=$work/$(basename "${debs[0]}")
cp "${debs[0]}" "$desktop_deb"
server_deb=""
if ((${#server_debs[@]} == 1)); then
    server_deb=$work/$(basename "${server_debs[0]}")
    cp "${server_debs[0]}" "$server_deb"
fi
chmod 644 "$work"/*.deb
say "built $(basename "$desktop_deb") ($(du -h "$desktop_deb" | cut -f1))${server_deb:+ and $(basename "$server_deb") ($(du -h "$server_deb" | cut -f1))}"

# ---- 2. what the packages say and hold ---------------------------------------------------------------
check_control() { # DEB PACKAGE REQUIRED-DEPENDS...
    local deb=$1 package=$2 field value dep
    shift 2
    value=$(dpkg-deb -f "$deb" Package)
    [[ "$value" == "$package" ]] || fail "$(basename "$deb"): Package is '$value', not '$package'"
    value=$(dpkg-deb -f "$deb" Version)
    [[ "${value%-*}" == "$version" ]] || fail "$package: Version $value does not match the project's $version"
    for field in Maintainer Description Homepage Section; do
        [[ -n "$(dpkg-deb -f "$deb" "$field")" ]] || fail "$package: no $field field"
    done
    value=$(dpkg-deb -f "$deb" Depends)
    for dep in "$@"; do
        [[ ", $value," == *", $dep"[\ ,]* ]] || fail "$package: Depends lacks $dep (Depends: $value)"
    done
    say "$package $(dpkg-deb -f "$deb" Version): Depends: $value"
}
check_contents() { # DEB PATHS...
    local deb=$1 path listing
    shift
    listing=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#')
    for path in "$@"; do
        grep -qxF "$path" <<<"$listing" || fail "$(basename "$deb") does not contain $path"
    done
}

app_id=pk.fehrist.Fehrist
icon_sizes=(16 22 24 32 48 64 128 256)
# libqt6widgets6 comes from dpkg-shlibdeps; the others are declared in installer/CMakeLists.txt.
check_control "$desktop_deb" fehrist libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 \
    qt6-qpa-plugins fonts-noto-core
expected=(/usr/bin/fehrist /usr/bin/fehrist-cli "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/doc/fehrist/copyright)
for size in "${icon_sizes[@]}"; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
check_contents "$desktop_deb" "${expected[@]}"

tree=$work/tree
dpkg-deb -x "$desktop_deb" "$tree"
desktop_file=$tree/usr/share/applications/$app_id.desktop
metainfo=$tree/usr/share/metainfo/$app_id.metainfo.xml
if ! desktop-file-validate "$desktop_file" >"$work/dfv.log" 2>&1 || [[ -s "$work/dfv.log" ]]; then
    cat "$work/dfv.log" >&2
    fail "desktop-file-validate: $app_id.desktop has errors or warnings (above)"
fi
say "desktop-file-validate: $app_id.desktop passes, no warnings"
# --strict fails on anything above the pedantic level (infos and warnings too). The one pedantic hint
# left is the upper case in the id, which must match the .desktop file's name (Qt's desktopFileName).
if ! appstreamcli validate --no-net --strict "$metainfo" >"$work/asv.log" 2>&1; then
    cat "$work/asv.log" >&2
    fail "appstreamcli validate: $app_id.metainfo.xml does not pass (above)"
fi
if ! appstreamcli validate-tree --no-net --strict "$tree" >"$work/asvt.log" 2>&1; then
    cat "$work/asvt.log" >&2
    fail "appstreamcli validate-tree: the package's metainfo, .desktop file and icons do not fit together (above)"
fi
say "appstreamcli validate --strict: the metainfo passes, alone and with the package's .desktop file and icons"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[[ "$newest" == "$version" ]] ||
    fail "the newest <release> in $app_id.metainfo.xml is '$newest', not the project's version $version"
for size in "${icon_sizes[@]}"; do
    png=$tree/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    file -b "$png" | grep -q "^PNG image data, $size x $size," ||
        fail "${size}x${size}/apps/$app_id.png is not a $size px PNG: $(file -b "$png")"
done
# The Windows and macOS icons are rendered here too, by the same tool: check that they are sound.
file -b "$build/installer/icons/fehrist.ico" | grep -q "^MS Windows icon resource - 7 icons" ||
    fail "build/installer/icons/fehrist.ico: $(file -b "$build/installer/icons/fehrist.ico")"
file -b "$build/installer/icons/fehrist.icns" | grep -q "^Mac OS X icon" ||
    fail "build/installer/icons/fehrist.icns: $(file -b "$build/installer/icons/fehrist.icns")"
say "icons: hicolor ${icon_sizes[*]} px and scalable; fehrist.ico and fehrist.icns are sound"

if [[ -n "$server_deb" ]]; then
    check_control "$server_deb" fehrist-server adduser libqt6sql6-sqlite libqt6sql6-psql
    check_contents "$server_deb" /usr/bin/fehrist-server /usr/lib/systemd/system/fehrist-server.service \
        /usr/lib/systemd/system/fehrist-server@.service \
        /usr/share/doc/fehrist-server/examples/nginx/fehrist.conf /usr/share/doc/fehrist-server/copyright
    dpkg-deb --ctrl-tarfile "$server_deb" | tar -t | grep -qx './postinst' || fail "fehrist-server has no postinst"
fi

if command -v lintian >/dev/null 2>&1; then
    say "lintian (a report, not a verdict):"
    lintian --no-tag-display-limit "$desktop_deb" ${server_deb:+"$server_deb"} 2>&1 | sed 's/^/  /' || true
else
    say "lintian not installed: no lintian report (apt-get install lintian to get one)"
fi

# ---- 3. install, use and remove the desktop package -------------------------------------------------
if [[ "${FEHRIST_PACKAGE_CHECK_INSTALL:-1}" == 0 ]]; then
    say "SKIPPED on purpose (FEHRIST_PACKAGE_CHECK_INSTALL=0): the packages were not installed, run or removed"
    exit 0
fi
if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        root=(sudo -n)
    else
        say "SKIPPED: not root and no password-less sudo: the packages were built and validated but NOT"
        say "installed, run or removed (CI runs as root; run this as root to check them)"
        exit 0
    fi
fi

for pkg in fehrist fehrist-server; do
    if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'installed$\|config-files$'; then
        fail "$pkg is already installed on this machine; this check installs and purges its own copy, so remove it first (dpkg -P $pkg)"
    fi
done

apt_install() {
    if ! "${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o Dpkg::Use-Pty=0 "$1" >"$work/apt.log" 2>&1; then
        tail -n 30 "$work/apt.log" >&2
        fail "apt-get install $(basename "$1") failed (above)"
    fi
}

# Every file of PACKAGE that dpkg -r leaves behind; a folder may stay when another package owns it or
# it holds other files.
check_removed() { # PACKAGE LISTFILE
    local package=$1 list=$2 path left=()
    while IFS= read -r path; do
        [[ -e "$path" || -L "$path" ]] || continue
        if [[ -d "$path" && ! -L "$path" ]]; then
            if [[ -n "$(ls -A "$path")" ]] ||
                dpkg-query -S "$path" 2>/dev/null | sed 's/: .*//; s/, /\n/g' | grep -qvx "$package"; then
                continue
            fi
        fi
        left+=("$path")
    done <"$list"
    ((${#left[@]} == 0)) || fail "after removing $package these are left: ${left[*]}"
}

remove_and_check() { # PACKAGE
    local package=$1 list=$work/$1.files
    dpkg-query -L "$package" | grep -v '^/\.$' >"$list"
    "${root[@]}" env DEBIAN_FRONTEND=noninteractive dpkg -r "$package" >"$work/dpkg.log" 2>&1 ||
        { cat "$work/dpkg.log" >&2; fail "dpkg -r $package failed"; }
    check_removed "$package" "$list"
    "${root[@]}" env DEBIAN_FRONTEND=noninteractive dpkg -P "$package" >"$work/dpkg.log" 2>&1 ||
        { cat "$work/dpkg.log" >&2; fail "dpkg -P $package failed"; }
    check_removed "$package" "$list"
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'installed$\|config-files$'; then
        fail "$package is still known to dpkg after dpkg -P: $(dpkg-query -W -f='${Status}' "$package")"
    fi
    say "dpkg -r and dpkg -P $package: none of its $(wc -l <"$list") files and folders is left"
}

installed+=(fehrist)
apt_install "$desktop_deb"
say "installed $(dpkg-query -W -f='${Package} ${Version}' fehrist) with apt-get"

for path in "${expected[@]}"; do
    [[ -e "$path" ]] || fail "$path is missing after the installation"
done
for exe in /usr/bin/fehrist /usr/bin/fehrist-cli; do
    # Everything from the installed locations: no library missing, no run path into a build tree.
    if ldd "$exe" | grep -q 'not found'; then
        ldd "$exe" | grep 'not found' >&2
        fail "$exe: libraries not found"
    fi
    if readelf -d "$exe" | grep -q 'RPATH\|RUNPATH'; then
        fail "$exe has a run path: $(readelf -d "$exe" | grep 'RPATH\|RUNPATH')"
    fi
done

# A user with nothing yet: a throwaway HOME and XDG folders, so nothing of this machine's user is read
# or written, and the first-run question does not come up (the catalogue is given with --db).
user_home=$work/home
mkdir -p "$user_home"/{config,data,cache,runtime}
chmod 700 "$user_home/runtime"
as_user=(env -i PATH=/usr/bin:/bin HOME="$user_home" XDG_CONFIG_HOME="$user_home/config"
    XDG_DATA_HOME="$user_home/data" XDG_CACHE_HOME="$user_home/cache" XDG_RUNTIME_DIR="$user_home/runtime"
    LANG=C.UTF-8)

cli_version=$("${as_user[@]}" /usr/bin/fehrist-cli --version)
[[ "$cli_version" == *"$version"* ]] || fail "fehrist-cli --version says '$cli_version', not $version"
say "fehrist-cli --version: $cli_version"
catalogue=$work/x.sqlite
"${as_user[@]}" /usr/bin/fehrist-cli --db "$catalogue" init --sample >"$work/init.log" 2>&1 ||
    { cat "$work/init.log" >&2; fail "fehrist-cli init --sample failed"; }
"${as_user[@]}" /usr/bin/fehrist-cli --db "$catalogue" stats >"$work/stats.log" 2>&1 ||
    { cat "$work/stats.log" >&2; fail "fehrist-cli stats failed"; }
services=$(grep -m 1 '^Services:' "$work/stats.log" || true)
[[ "$services" == *" 106 "* ]] ||
    { cat "$work/stats.log" >&2; fail "fehrist-cli stats does not count the 106 sample services"; }
say "fehrist-cli init --sample and stats: $(tr -s ' ' <<<"$services")"

# The desktop app, offscreen, until it has painted the first rows of the catalogue (then it quits by
# itself), in English and in Urdu (right to left).
for language in en ur; do
    t0=$(date +%s%3N)
    status=0
    "${as_user[@]}" QT_QPA_PLATFORM=offscreen FEHRIST_BENCH_QUIT_ON_FIRST_ROWS=1 FEHRIST_BENCH_T0="$t0" \
        timeout 60 /usr/bin/fehrist --db "$catalogue" --language "$language" >"$work/app.out" 2>"$work/app.err" ||
        status=$?
    if ((status != 0)) || ! grep -qE '^[0-9]+$' "$work/app.out"; then
        cat "$work/app.out" "$work/app.err" >&2
        ((status == 124)) && fail "the installed fehrist (--language $language) did not paint its first rows within 60 s"
        fail "the installed fehrist (--language $language) exited with $status before painting its first rows"
    fi
    say "installed fehrist --language $language, offscreen: first rows painted after $(cat "$work/app.out") ms, exit 0"
done

remove_and_check fehrist
installed=()

# ---- 4. the server package ---------------------------------------------------------------------------
if [[ -z "$server_deb" ]]; then
    say "no fehrist-server package (the build has no fehrist-server target yet): server package not checked"
    say "passed"
    exit 0
fi

if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
    fail "something already listens on 127.0.0.1:8080, the port of the server's unit"
fi
getent passwd fehrist >/dev/null || server_user_made=1
[[ -e /var/lib/fehrist ]] || server_state_made=1

installed+=(fehrist-server)
apt_install "$server_deb"
say "installed $(dpkg-query -W -f='${Package} ${Version}' fehrist-server) with apt-get"

unit=/usr/lib/systemd/system/fehrist-server.service
[[ -f "$unit" ]] || fail "$unit is missing after the installation"
if ldd /usr/bin/fehrist-server | grep -q 'libQt6Gui\|libQt6Widgets'; then
    fail "the installed fehrist-server links Qt Gui or Widgets (DESIGN.md §3)"
fi
if command -v systemd-analyze >/dev/null 2>&1; then
    if systemd-analyze verify "$unit" >"$work/verify.log" 2>&1; then
        say "systemd-analyze verify: the unit passes"
    else
        say "systemd-analyze verify reports (not a verdict in a container without systemd):"
        sed 's/^/  /' "$work/verify.log"
    fi
fi

unit_value() { # KEY: the values of KEY= in the unit's [Service] section, one a line
    sed -n '/^\[Service\]/,/^\[/p' "$unit" | sed -n "s/^$1=//p"
}
service_user=$(unit_value User)
working_dir=$(unit_value WorkingDirectory)
[[ -n "$service_user" && -n "$working_dir" ]] || fail "the unit has no User= or WorkingDirectory="
getent passwd "$service_user" >/dev/null || fail "the package did not create the unit's user $service_user"
uid=$(id -u "$service_user")
((uid < 1000)) || fail "$service_user is not a system user (uid $uid)"
[[ "$(stat -c %U "$working_dir")" == "$service_user" ]] || fail "$working_dir is not owned by $service_user"

health=http://127.0.0.1:8080/api/v1/health
wait_for_health() {
    local i
    for ((i = 0; i < 30; i++)); do
        if curl -fsS --max-time 2 -o "$work/health.json" "$health" 2>/dev/null; then
            return 0
        fi
        if [[ -n "$server_pid" ]] && ! kill -0 "$server_pid" 2>/dev/null; then
            return 1
        fi
        sleep 1
    done
    return 1
}

if [[ -d /run/systemd/system ]]; then
    # A machine where systemd runs: the package's postinst has started the service.
    "${root[@]}" systemctl restart fehrist-server.service || true
    if ! wait_for_health; then
        "${root[@]}" journalctl -u fehrist-server.service -n 40 --no-pager >&2 || true
        fail "the fehrist-server service does not answer $health"
    fi
    say "systemctl: fehrist-server.service is $(systemctl is-active fehrist-server.service); $health: $(cat "$work/health.json")"
else
    # No systemd (a container): run the unit's own lines, as its user, in its folder, with its environment
    # (Environment=, then EnvironmentFile= where it exists; ${NAME} in a command line is replaced).
    mapfile -t environment < <(unit_value Environment | tr ' ' '\n' | grep -v '^$')
    while IFS= read -r env_file; do
        optional=""
        [[ "$env_file" == -* ]] && optional=1 && env_file=${env_file#-}
        if [[ -f "$env_file" ]]; then
            mapfile -t -O "${#environment[@]}" environment < <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$env_file")
            say "the unit's environment file $env_file is read"
        elif [[ -z "$optional" ]]; then
            fail "the unit's EnvironmentFile=$env_file does not exist"
        fi
    done < <(unit_value EnvironmentFile)
    expand() { # WORD: ${NAME} replaced by the unit's value of NAME (the last assignment wins)
        local word=$1 name value assignment
        while [[ "$word" =~ \$\{([A-Za-z_][A-Za-z0-9_]*)\} ]]; do
            name=${BASH_REMATCH[1]}
            value=""
            for assignment in "${environment[@]}"; do
                [[ "$assignment" == "$name="* ]] && value=${assignment#*=}
            done
            word=${word//"\${$name}"/$value}
        done
        [[ "$word" != *'$'* ]] || fail "the unit's '$1' uses an expansion this check does not do"
        printf '%s\n' "$word"
    }
    run_unit_line() { # the ExecStart*= value, as the unit's user
        local line=$1 words word expanded=()
        [[ "$line" != [-@:+!]* ]] || fail "the unit's '$line' has a prefix this check does not run"
        read -ra words <<<"$line"
        for word in "${words[@]}"; do
            expanded+=("$(expand "$word")")
        done
        cd "$working_dir" && exec "${root[@]}" runuser -u "$service_user" -- env -i PATH=/usr/bin:/bin \
            "${environment[@]}" "${expanded[@]}"
    }
    while IFS= read -r line; do
        say "as $service_user in $working_dir: $line"
        (run_unit_line "$line") >"$work/pre.log" 2>&1 || { cat "$work/pre.log" >&2; fail "'$line' failed"; }
    done < <(unit_value ExecStartPre)
    start_line=$(unit_value ExecStart)
    [[ -n "$start_line" ]] || fail "the unit has no ExecStart="
    say "as $service_user in $working_dir: $start_line"
    (run_unit_line "$start_line") >"$work/server.log" 2>&1 &
    server_pid=$!
    if ! wait_for_health; then
        cat "$work/server.log" >&2
        fail "the installed fehrist-server, started as its unit does, does not answer $health"
    fi
    say "$health: $(cat "$work/health.json")"
    # SIGTERM to the server itself, as systemd sends it to the main process (runuser would answer a
    # SIGTERM of its own by killing the server two seconds later); runuser then exits with its status.
    server_main=$(ps -o pid= --ppid "$server_pid" | tr -d ' ')
    [[ -n "$server_main" ]] || fail "no fehrist-server process under runuser ($server_pid)"
    kill -TERM "$server_main"
    status=0
    wait "$server_pid" || status=$?
    server_pid=""
    ((status == 0)) || { cat "$work/server.log" >&2; fail "fehrist-server exited with $status on SIGTERM"; }
    say "fehrist-server stopped on SIGTERM, exit 0"
fi
find "$working_dir" -maxdepth 1 -type f ! -user "$service_user" | grep -q . &&
    fail "files in $working_dir not owned by $service_user: $(find "$working_dir" -maxdepth 1 -type f ! -user "$service_user")"

remove_and_check fehrist-server
installed=()
say "passed"
