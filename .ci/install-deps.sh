#!/usr/bin/env bash
# Install what the plugin, its demo and its tests need, from Debian packages (root, or sudo).
# Skips apt entirely when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
# The shared list (also installed into the QGIS 3.40 root), plus what only the host needs:
# the PostgreSQL test server and debootstrap for .ci/trixie.sh.
mapfile -t PACKAGES < <(grep -v -e '^#' -e '^$' .ci/debian-packages.txt)
PACKAGES+=(postgresql postgis postgresql-postgis debootstrap)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing from Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
