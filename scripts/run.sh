#!/usr/bin/env bash
# Fehrist: set up and build, create the catalogue with sample data on the
# first run, then start the app.
#
#   scripts/run.sh [fehrist args...]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cli="$root/build/app/fehrist-cli"
desktop="$root/build/app/fehrist"

bash "$root/scripts/setup.sh"

if [[ ! -x "$cli" ]]; then
    echo "run: $cli was not built" >&2
    exit 1
fi

catalogue="${FEHRIST_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/fehrist/catalogue.sqlite}"
if [[ ! -e "$catalogue" ]]; then
    echo "run: no catalogue at $catalogue yet; creating it with sample data"
    "$cli" init --sample
fi

# ---- the desktop app ---------------------------------------------------------
if [[ -x "$desktop" ]]; then
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" || "${QT_QPA_PLATFORM:-}" == offscreen ]]; then
        exec "$desktop" "$@"
    fi
    echo "run: no display (DISPLAY/WAYLAND_DISPLAY unset): showing the catalogue with fehrist-cli instead" >&2
fi
# ---- without a display: the headless client ------------------------------------

if (($# > 0)); then
    echo "run: ignoring arguments meant for the desktop app: $*" >&2
fi
echo "run: catalogue $catalogue"
"$cli" stats
cat <<'EOF'

More with the headless client, for example:
  build/app/fehrist-cli list --search domicile
EOF
