#!/usr/bin/env bash
# Start-up benchmark: seconds from launching the JVM to the first answered page, the way the README
# starts the archive (the built WAR on Payara Micro, embedded database, -Xmx512m). BENCH_STARTS starts
# (default 3) on one data folder: the first on a new folder (migrations, the starter collection and its
# scans), the rest on the folder as it then is. Prints each start and Payara's own "ready" and
# deployment figures beside it. Traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${BENCH_STARTS:-3}
PORT=${BENCH_PORT:-8186}
WORK=$(mktemp -d /tmp/archive-startup-bench.XXXXXX)
. benchmark/lib.sh

trap 'stop_archive; rm -rf "$WORK"' EXIT
for start in $(seq 1 "$STARTS"); do
    launched=$(millis)
    ARCHIVE_DATA_DIR="$WORK/data" ARCHIVE_ADMIN_PASSWORD=$ADMIN \
        java -Xmx512m -jar "$PAYARA" --deploy web/target/treaty-archive.war --contextroot / --port "$PORT" --nocluster \
        --postbootcommandfile web/src/main/payara/post-boot-commands.asadmin >"$WORK/payara-$start.log" 2>&1 &
    SERVER_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/agreements/list.xhtml")" = 200 ]; do
        kill -0 $SERVER_PID 2>/dev/null || { echo "Payara Micro stopped; see $WORK/payara-$start.log" >&2; exit 1; }
        sleep 0.2
    done
    answered=$(millis)
    ready=$(grep -o 'ready in [0-9,]* (ms)' "$WORK/payara-$start.log" | tr -dc '0-9')
    deployed=$(grep -o 'deployed in [0-9,]* milliseconds' "$WORK/payara-$start.log" | tr -dc '0-9')
    what=$([ "$start" = 1 ] && echo "new data folder" || echo "existing data folder")
    printf 'start %d (%s): first page answered after %d ms; Payara ready at %d ms, the WAR deployed in %d ms\n' \
        "$start" "$what" $((answered - launched)) "$ready" "$deployed"
    stop_archive
done
