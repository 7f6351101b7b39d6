#!/usr/bin/env bash
# Run the test suite against QGIS 3.40: inside a Debian 13 (trixie) root made with debootstrap.
#
# The root is cached outside the clone, in $QFSP_TRIXIE_CACHE (default /var/cache/qfieldsync_plus),
# under a name keyed by a hash of what goes into it, so later runs on the same machine reuse it and
# a changed package list builds a new one. The script runs itself in private mount and PID
# namespaces: every mount it makes and every process the tests leave behind go away when it ends,
# whatever way it ends. The chroot shares the host's network, so the tests reach the PostgreSQL
# server that .ci/postgres.sh started on 127.0.0.1.
#
# Usage (root): bash .ci/trixie.sh [pytest arguments]
#               bash .ci/trixie.sh --run COMMAND...   (run COMMAND in the repo inside the root instead)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

if [ "${QFSP_IN_NAMESPACE:-}" != 1 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "trixie.sh: needs root (debootstrap, chroot, mounts)" >&2; exit 2; }
  # unshare ignores SIGTERM while it waits; a stop (e.g. CI's time limit) kills it, and with it
  # (--kill-child) the namespace's first process and so every process in the namespace.
  QFSP_IN_NAMESPACE=1 unshare --mount --propagation private --pid --fork --kill-child \
    bash "$REPO/.ci/trixie.sh" "$@" &
  child=$!
  trap 'kill -KILL "$child" 2>/dev/null' TERM INT HUP
  status=0
  wait "$child" || status=$?
  while kill -0 "$child" 2>/dev/null; do wait "$child" || status=$?; done
  exit "$status"
fi

SUITE=trixie
CACHE=${QFSP_TRIXIE_CACHE:-/var/cache/qfieldsync_plus}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
VENV=/opt/qfsp-venv
ROOT_FORMAT=1  # bump when the build steps below change in a way the hash does not see
mapfile -t PACKAGES < <(grep -v -e '^#' -e '^$' .ci/debian-packages.txt)
PACKAGES+=(ca-certificates)

# The Debian mirror this machine's apt uses (the only one reachable), else the default.
mirror() {
  local base
  base=$(apt-get indextargets --format '$(BASE_URI)' 'Label: Debian' 'Origin: Debian' 2>/dev/null | head -n 1)
  [ -n "$base" ] && echo "${base%%/dists/*}" || echo "http://deb.debian.org/debian"
}

KEY=$( { echo "$ROOT_FORMAT $SUITE"; printf '%s\n' "${PACKAGES[@]}"; cat requirements-dev.txt; } \
  | sha256sum | cut -c1-12)
ROOT="$CACHE/$SUITE-root-$KEY"
MOUNTS=()

mount_root() {  # mount_root DIR: the kernel file systems, this run's /tmp and the repo at /src
  local dir=$1
  mount -t proc proc "$dir/proc"; MOUNTS+=("$dir/proc")
  mount --rbind /sys "$dir/sys"; MOUNTS+=("$dir/sys")
  mount --rbind /dev "$dir/dev"; MOUNTS+=("$dir/dev")
  mount --bind "$RUN_TMP" "$dir/tmp"; MOUNTS+=("$dir/tmp")
  mkdir -p "$dir/tmp/home"  # HOME: QGIS profiles, pip's cache; gone after each run
  mkdir -p "$dir/src"
  mount --bind "$REPO" "$dir/src"; MOUNTS+=("$dir/src")
  # pytest-qgis keeps the QGIS profile in <repo>/.qgis-settings: give QGIS 3.40 its own, per run,
  # so it neither reads nor upgrades the profile of the QGIS 3.22 run
  mkdir -p "$REPO/.qgis-settings" "$RUN_TMP/qgis-settings"
  mount --bind "$RUN_TMP/qgis-settings" "$dir/src/.qgis-settings"; MOUNTS+=("$dir/src/.qgis-settings")
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  # pip inside trusts what the host's pip trusts (e.g. a proxy's CA that only the host knows)
  local cert=${PIP_CERT:-}
  [ -f "$cert" ] || cert=/etc/ssl/certs/ca-certificates.crt
  mkdir -p "$dir/etc/ssl/certs"
  cp "$cert" "$dir/etc/ssl/certs/host-ca-certificates.crt"
}

unmount_root() {  # unmount what mount_root mounted, newest first
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount -R "${MOUNTS[i]}" 2>/dev/null || umount -R -l "${MOUNTS[i]}" || true
  done
  MOUNTS=()
}

# This run's /tmp: on disk like the host's (chattr and big files work), removed when the run ends.
mkdir -p "$CACHE"
find "$CACHE" -maxdepth 1 -name 'tmp.*' -mmin +1440 -exec rm -rf --one-file-system {} +  # of killed runs
RUN_TMP=$(mktemp -d "$CACHE/tmp.XXXXXX")
chmod 1777 "$RUN_TMP"
trap 'unmount_root; rm -rf --one-file-system "$RUN_TMP"' EXIT

in_root() {  # in_root DIR COMMAND...: run a command in the root with a clean environment
  local dir=$1; shift
  chroot "$dir" /usr/bin/env -i HOME=/tmp/home LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
    DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180 \
    PIP_CERT=/etc/ssl/certs/host-ca-certificates.crt ${PIP_INDEX_URL:+PIP_INDEX_URL="$PIP_INDEX_URL"} "$@"
}

build_root() {  # debootstrap a fresh root in $ROOT.partial, install QGIS and the test tools, then move it in place
  local dir="$ROOT.partial" started=$SECONDS
  echo "trixie: building the Debian 13 root in $ROOT (mirror $(mirror))"
  rm -rf --one-file-system "$dir"
  debootstrap --variant=minbase --keyring="$KEYRING" "$SUITE" "$dir" "$(mirror)" >"$CACHE/debootstrap.log" 2>&1 \
    || { tail -n 30 "$CACHE/debootstrap.log" >&2; return 1; }
  cat >"$dir/etc/apt/apt.conf.d/90qfsp" <<'EOF'
APT::Install-Recommends "false";
Acquire::Languages "none";
Acquire::Check-Valid-Until "false";
EOF
  printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"; chmod +x "$dir/usr/sbin/policy-rc.d"
  mount_root "$dir"
  echo "trixie: debootstrap took $((SECONDS - started)) s"
  in_root "$dir" apt-get update -qq
  in_root "$dir" apt-get install -y -qq "${PACKAGES[@]}" >"$CACHE/apt.log" 2>&1 \
    || { tail -n 30 "$CACHE/apt.log" >&2; return 1; }
  in_root "$dir" apt-get clean
  echo "trixie: packages installed after $((SECONDS - started)) s"
  in_root "$dir" python3 -m venv --system-site-packages "$VENV"
  in_root "$dir" "$VENV/bin/python" -m pip install -q -r /src/requirements-dev.txt
  unmount_root
  mv "$dir" "$ROOT"
  echo "trixie: root built in $((SECONDS - started)) s"
}

exec 9>"$CACHE/$SUITE.lock"
flock -s 9  # test runs share a finished root (each run's mounts are private to it)
if [ ! -x "$ROOT$VENV/bin/python" ]; then
  flock -x 9  # building, and removing roots of older package lists, waits for running suites
  if [ ! -x "$ROOT$VENV/bin/python" ]; then
    for old in "$CACHE/$SUITE"-root-*; do
      if [ "$old" != "$ROOT" ]; then rm -rf --one-file-system "$old"; fi
    done
    build_root
  fi
  flock -s 9
else
  echo "trixie: reusing the cached Debian 13 root $ROOT"
fi

mount_root "$ROOT"
echo "trixie: $(in_root "$ROOT" python3 -c 'from qgis.core import Qgis; print("QGIS", Qgis.QGIS_VERSION)')," \
  "$(in_root "$ROOT" python3 --version)"
started=$SECONDS
status=0
command=("$VENV/bin/python" -m pytest -q "$@")
if [ "${1:-}" = --run ]; then command=("${@:2}"); fi
in_root "$ROOT" QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1 CI="${CI:-}" \
  QFSP_PGHOST="${QFSP_PGHOST:-127.0.0.1}" QFSP_PGPORT="${QFSP_PGPORT:-55432}" \
  bash -c 'cd /src && exec "$@"' bash "${command[@]}" || status=$?
echo "trixie: suite took $((SECONDS - started)) s (exit $status)"
exit "$status"
