#!/usr/bin/env bash
# Installs the Debian packages dyad builds, tests and benchmarks with.
# Idempotent: only missing packages are fetched. Needs root (or sudo).
# With --bench also the reference tools the benchmarks compare against
# (frog and its Dutch models, a large download not needed to build or test).
set -euo pipefail

PKGS=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libcld2-dev libutf8proc-dev libxxhash-dev
  libcli11-dev nlohmann-json3-dev libpugixml-dev libfmt-dev
  libsqlite3-dev sqlite3 libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  ucto
  iso-codes wamerican wdutch
  nodejs npm chromium wrk
)
if [ "${1:-}" = "--bench" ]; then
  PKGS+=(frog frogdata)
fi

missing=()
for p in "${PKGS[@]}"; do
  # A Node.js from NodeSource bundles npm and conflicts with Debian's npm package.
  [ "$p" = npm ] && command -v npm >/dev/null && continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PKGS[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || echo "install-deps: apt-get update failed, trying the cached lists" >&2
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
