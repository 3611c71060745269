#!/usr/bin/env bash
# Install and start what the tests need: PostgreSQL (a throwaway cluster on a private socket
# and port) and Debian's Chromium + ChromeDriver for the browser tests. Idempotent; prints the
# environment to export (CLAIMLEDGER_TEST_PG_URL) on its last line.
set -euo pipefail
PGPORT=${CLAIMLEDGER_PG_PORT:-54329}
PGROOT=${CLAIMLEDGER_PG_ROOT:-/tmp/claimledger-pg}

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
mkdir -p "$PGROOT"
chown postgres:postgres "$PGROOT"
if [ ! -f "$PGROOT/data/PG_VERSION" ]; then
  su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGROOT/data -A trust -U postgres" >/dev/null
fi
if ! su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGROOT/data status" >/dev/null 2>&1; then
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGROOT/data -l $PGROOT/log -w -o '-p $PGPORT -k $PGROOT -c listen_addresses=' start" >&2
fi
su postgres -s /bin/sh -c "$PGBIN/psql -h $PGROOT -p $PGPORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='claimledger_test'\"" | grep -q 1 \
  || su postgres -s /bin/sh -c "$PGBIN/createdb -h $PGROOT -p $PGPORT -U postgres claimledger_test"
echo "export CLAIMLEDGER_TEST_PG_URL='postgresql+psycopg://postgres@/claimledger_test?host=$PGROOT&port=$PGPORT'"
