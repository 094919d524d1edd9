#!/usr/bin/env bash
# Search and record throughput of one node on Lucene, one node on OpenSearch, and two nodes on
# OpenSearch behind HAProxy, in one run on one archive (BENCHMARKS.md, "Several nodes"). A generated
# archive of $BENCH_AGREEMENTS agreements (default 20,000: each configuration indexes it afresh) in
# MariaDB; every node with -Xmx512m; each figure also as a ratio to the static file measured in the
# same configuration. Not part of ./mvnw verify.
#
# Settings (environment): BENCH_AGREEMENTS, BENCH_SECONDS (per measurement, default 20),
# BENCH_CONNECTIONS (default 16), BENCH_DB (default treaty_bench_cluster, dropped and recreated),
# OPENSEARCH_PORT (default 9201; started by cluster/opensearch.sh when nothing answers there),
# DB_HOST/DB_PORT/DB_USER/DB_PASSWORD (default 127.0.0.1:3306, root, empty).
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${BENCH_AGREEMENTS:-20000}
SECONDS_EACH=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DB=${BENCH_DB:-treaty_bench_cluster}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
SEARCH_PORT=${OPENSEARCH_PORT:-9201}
WORK=benchmark/target/cluster
URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB"
FRONT=8290

log() { printf '\n=== %s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
sql() { mariadb --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v haproxy >/dev/null || { echo "HAProxy is needed: apt-get install haproxy" >&2; exit 1; }

log "Building the archive and the benchmark tools"
./mvnw -q -B install -DskipTests -DskipITs
./mvnw -q -B -Pbenchmark -pl benchmark package
PAYARA=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
rm -rf "$WORK" && mkdir -p "$WORK"

PIDS=()
stop_all() {
    [ ${#PIDS[@]} -gt 0 ] && kill "${PIDS[@]}" 2>/dev/null
    wait 2>/dev/null || true
    PIDS=()
}
trap stop_all EXIT

# node NAME PORT GRID BACKEND: one node on the benchmark database, its data folder shared with the others.
node() {
    local search=()
    if [ "$4" = opensearch ]; then
        search=(-Dhibernate.search.backend.type=elasticsearch -Dhibernate.search.backend.hosts=127.0.0.1:$SEARCH_PORT
                -Dhibernate.search.backend.protocol=http -Dhibernate.search.coordination.strategy=outbox-polling
                -Darchive.search.index.prefix=bench-)
    fi
    DB_URL="$URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" ARCHIVE_DATA_DIR="$WORK/data-$4" ARCHIVE_ADMIN_PASSWORD=benchmark-admin-password \
        java -Xmx512m "${search[@]}" -jar "$PAYARA" --deploy web/target/treaty-archive.war --contextroot / --port "$2" --name "$1" \
        --postbootcommandfile web/src/main/payara/cluster-node.asadmin \
        --clustername treaty-archive-bench --clustermode tcpip:127.0.0.1:6910,127.0.0.1:6911 --startport "$3" --interfaces 127.0.0.1 \
        --nohostaware >"$WORK/$1-$4.log" 2>&1 &
    PIDS+=($!)
}
# ready URL TOTAL: until the node answers and its index shows every agreement.
ready() {
    for _ in $(seq 1 600); do
        [ "$(curl -sf "$1/api/agreements?size=1" 2>/dev/null | sed -E 's/.*"total":([0-9]+).*/\1/')" = "$2" ] && return
        sleep 2
    done
    echo "No node answered with all $2 agreements at $1; see $WORK/*.log" >&2
    exit 1
}

log "Fresh database $DB; a first start migrates it and loads the starter collection"
sql -e "drop database if exists \`$DB\`; create database \`$DB\` character set utf8mb4 collate utf8mb4_unicode_ci"
node schema 8291 6910 lucene
until curl -sf "http://127.0.0.1:8291/robots.txt" >/dev/null 2>&1; do sleep 2; done
stop_all
log "Generating $COUNT agreements into $DB"
java -cp "benchmark/target/classes:benchmark/target/lib/*" org.treatyarchive.benchmark.GenerateArchive "$URL" "$DB_USER" "$DB_PASSWORD" "$COUNT"
sql "$DB" -e "analyze table agreement, participation, article, agreement_title, agreement_subject, agreement_relation" >/dev/null
TOTAL=$(sql -N -e "select count(*) from \`$DB\`.agreement")

WORDS=(fisheries aviation extradition "seabed delimitation" warship sturgeon pipelines "double taxation" navigation investments)
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
: >"$WORK/search-page.paths"; : >"$WORK/api-search.paths"
for word in "${WORDS[@]}"; do
    echo "/agreements/search.xhtml?q=$(urlencode "$word")" >>"$WORK/search-page.paths"
    echo "/api/agreements?q=$(urlencode "$word")" >>"$WORK/api-search.paths"
done
sql -N "$DB" -e "select concat('/agreements/view.xhtml?ref=', reference) from agreement order by rand(7) limit 2000" >"$WORK/record-page.paths"
sed 's|/agreements/view.xhtml?ref=|/api/agreements/|' "$WORK/record-page.paths" >"$WORK/record-api.paths"
echo "/robots.txt" >"$WORK/static-file.paths"
KINDS="search-page api-search record-page record-api static-file"

measure() { # measure BASE NAME SECONDS
    WRK_NAME=$2 WRK_PATHS="$WORK/$2.paths" WRK_CONNECTIONS=$CONNECTIONS \
        wrk -t2 -c"$CONNECTIONS" -d"$3"s --timeout 10s -s benchmark/report.lua "$1" | tail -1
}
configuration() { # configuration LABEL BASE
    log "$1: warming up, then $SECONDS_EACH s on each"
    for name in $KINDS; do measure "$2" $name 5 >/dev/null; done
    echo "$1"
    for name in $KINDS; do measure "$2" $name "$SECONDS_EACH"; done
    echo
}

REPORT="$WORK/report.txt"
{
    echo "Several nodes, $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores shared by every process; $TOTAL agreements; $CONNECTIONS connections"
    echo

    log "One node, Lucene: indexing $TOTAL agreements at its start"
    node a 8291 6910 lucene
    ready http://127.0.0.1:8291 "$TOTAL"
    configuration "one node, Lucene" http://127.0.0.1:8291
    stop_all

    if ! curl -sf "http://127.0.0.1:$SEARCH_PORT/" >/dev/null 2>&1; then
        OPENSEARCH_PORT=$SEARCH_PORT OPENSEARCH_HEAP=512m OPENSEARCH_LOG="$WORK/opensearch.log" cluster/opensearch.sh &
        OPENSEARCH_PID=$!
        OPENSEARCH_PORT=$SEARCH_PORT OPENSEARCH_LOG="$WORK/opensearch.log" cluster/opensearch.sh wait
    fi
    curl -sf -X DELETE "http://127.0.0.1:$SEARCH_PORT/bench-*" >/dev/null 2>&1 || true
    log "One node, OpenSearch: indexing $TOTAL agreements at its start"
    node a 8291 6910 opensearch
    ready http://127.0.0.1:8291 "$TOTAL"
    configuration "one node, OpenSearch" http://127.0.0.1:8291

    log "Two nodes, OpenSearch, behind HAProxy"
    node b 8292 6911 opensearch
    until curl -sf http://127.0.0.1:8292/health/ready >/dev/null 2>&1; do sleep 2; done
    cluster/haproxy-config.sh "$FRONT" a=127.0.0.1:8291 b=127.0.0.1:8292 >"$WORK/haproxy.cfg"
    haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
    PIDS+=($!)
    ready "http://127.0.0.1:$FRONT" "$TOTAL"
    configuration "two nodes, OpenSearch, HAProxy" "http://127.0.0.1:$FRONT"
    stop_all
    [ -n "${OPENSEARCH_PID:-}" ] && kill "$OPENSEARCH_PID" 2>/dev/null || true
} | tee "$REPORT"
log "Report written to $REPORT"
