#!/usr/bin/env bash
# Start a throwaway PostgreSQL + PostGIS cluster on loopback for the tests (Debian/root only).
# Port 55432, superuser "qfsp" with password "qfsp". Idempotent: re-running reuses the cluster.
set -euo pipefail
PORT="${QFSP_PGPORT:-55432}"
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx qfsp; then
  pg_createcluster "$VERSION" qfsp -p "$PORT" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  echo "listen_addresses = '127.0.0.1'" >> "/etc/postgresql/$VERSION/qfsp/postgresql.conf"
  echo "fsync = off" >> "/etc/postgresql/$VERSION/qfsp/postgresql.conf"
fi
pg_ctlcluster "$VERSION" qfsp start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p "$PORT" -q && break; sleep 1; done
su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -q" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'qfsp') THEN
    CREATE ROLE qfsp LOGIN SUPERUSER PASSWORD 'qfsp';
  END IF;
END \$\$;
SQL
echo "PostgreSQL $VERSION + PostGIS on 127.0.0.1:$PORT (user qfsp)"
