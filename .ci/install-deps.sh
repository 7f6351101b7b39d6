#!/usr/bin/env bash
# Install what the plugin, its demo and its tests need, from Debian packages (root, or sudo).
# Skips apt entirely when everything is already there.
set -euo pipefail
PACKAGES=(qgis python3-qgis qgis-server qgis-providers python3-venv python3-pip python3-psycopg2
  gdal-bin sqlite3 xvfb xauth x11-utils xdotool imagemagick postgresql postgis
  postgresql-postgis qttools5-dev-tools pyqt5-dev-tools debootstrap)
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
