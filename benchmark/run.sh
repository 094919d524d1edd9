#!/usr/bin/env bash
# The benchmark, in one command: builds the archive, generates a treaty series of
# $BENCH_AGREEMENTS agreements (default 250,000) straight into a fresh MariaDB database, starts the
# archive on it with Payara Micro and -Xmx512m, waits until the search index holds every record,
# then drives it with wrk and prints one table: search page, API search, list page, detail page, record API,
# a large party's page and its API, a static file (the server's floor) and the database's own time for the same reads (the SQL
# floor), with the heap used; last, the export of every agreement as CSV against the mariadb client
# reading the same rows. Not part of ./mvnw verify. See BENCHMARKS.md.
#
# Settings (environment): BENCH_AGREEMENTS, BENCH_SECONDS (per measurement, default 30),
# BENCH_CONNECTIONS (default 16), BENCH_DB (default treaty_bench, dropped and recreated),
# BENCH_REUSE=1 (keep the database and index of the previous run when it has the same size: only
# measure again), BENCH_VISITOR_SESSION=1 (visitors bring a session opened on the sign-in page), BENCH_POOL_MB
# (MariaDB buffer pool, default 1024; 0 keeps the server's), DB_HOST/DB_PORT/DB_USER/DB_PASSWORD (default 127.0.0.1:3306, root, empty).
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${BENCH_AGREEMENTS:-250000}
SECONDS_EACH=${BENCH_SECONDS:-30}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DB=${BENCH_DB:-treaty_bench}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-root}
DB_PASSWORD=${DB_PASSWORD:-}
PORT=8282
WORK=benchmark/target/run
URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB"
BASE="http://127.0.0.1:$PORT"

log() { printf '\n=== %s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
sql() { mariadb --protocol=tcp -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"; }

# The archive's tables and indexes come to some 1.2 GB at 250,000 agreements; with MariaDB's default
# 128 MiB buffer pool every large read (a party of 23,000 agreements) is read from disk, which measures the
# disk, not the archive. A server holding such an archive is given a pool its size, so the run sets one
# (the setting is dynamic; it stays until the server restarts). BENCH_POOL_MB=0 keeps the server's own.
POOL_MB=${BENCH_POOL_MB:-1024}
if [ "$POOL_MB" != 0 ] && [ "$(sql -N -e 'select @@innodb_buffer_pool_size div 1048576')" -lt "$POOL_MB" ]; then
    sql -e "set global innodb_buffer_pool_size = $((POOL_MB * 1048576))"
fi

if ! command -v wrk >/dev/null; then
    log "Installing wrk (Debian package)"
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

log "Building the archive and the benchmark tools"
./mvnw -q -B install -DskipTests -DskipITs
./mvnw -q -B -Pbenchmark -pl benchmark package
PAYARA=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
REUSE=
if [ "${BENCH_REUSE:-}" = 1 ] && [ -d "$WORK/data/index" ] \
        && [ "$(sql -N -e "select count(*) from \`$DB\`.agreement where created_by = 'benchmark'" 2>/dev/null)" = "$COUNT" ]; then
    REUSE=1
else
    rm -rf "$WORK" && mkdir -p "$WORK/data"
fi

SERVER_PID=
start_archive() {
    DB_URL="$URL" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" ARCHIVE_DATA_DIR="$WORK/data" \
        ARCHIVE_ADMIN_PASSWORD=benchmark-admin-password \
        java -Xmx512m -jar "$PAYARA" --deploy web/target/treaty-archive.war --contextroot / --port $PORT --nocluster \
        --postbootcommandfile web/src/main/payara/post-boot-commands.asadmin \
        >"$WORK/payara-$1.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 180); do
        curl -sf "$BASE/robots.txt" >/dev/null 2>&1 && return
        kill -0 $SERVER_PID 2>/dev/null || { echo "Payara Micro stopped; see $WORK/payara-$1.log" >&2; exit 1; }
        sleep 1
    done
    echo "The archive did not answer within 3 minutes; see $WORK/payara-$1.log" >&2
    exit 1
}
stop_archive() {
    [ -n "$SERVER_PID" ] && kill $SERVER_PID 2>/dev/null && wait $SERVER_PID 2>/dev/null || true
    SERVER_PID=
}
trap stop_archive EXIT
visible() { curl -sf "$BASE/api/agreements?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }

if [ -z "$REUSE" ]; then
    log "Fresh database $DB; the archive's first start migrates it and loads the starter collection"
    sql -e "drop database if exists \`$DB\`; create database \`$DB\` character set utf8mb4 collate utf8mb4_unicode_ci"
    start_archive schema
    stop_archive

    log "Generating $COUNT agreements into $DB"
    java -cp "benchmark/target/classes:benchmark/target/lib/*" org.treatyarchive.benchmark.GenerateArchive "$URL" "$DB_USER" "$DB_PASSWORD" "$COUNT"
    sql "$DB" -e "analyze table agreement, participation, article, agreement_title, agreement_subject, agreement_relation" >/dev/null
else
    log "Reusing $DB and its index from the previous run"
fi
TOTAL=$(sql -N -e "select count(*) from \`$DB\`.agreement")

log "Starting the archive on it; the index is out of step, so it is rebuilt in the background"
INDEX_START=$(date +%s)
start_archive bench
while [ "$(visible)" != "$TOTAL" ]; do
    kill -0 $SERVER_PID 2>/dev/null || { echo "Payara Micro stopped; see $WORK/payara-bench.log" >&2; exit 1; }
    sleep 5
done
INDEX_SECONDS=$(( $(date +%s) - INDEX_START ))
log "Index holds all $TOTAL agreements after $INDEX_SECONDS s (including the start)"

WORDS=(fisheries aviation extradition "seabed delimitation" warship sturgeon pipelines "double taxation" navigation investments
       archives "nuclear safety" quarantine tourism "border regime" рыболовства "гражданской авиации" Caspian "social security" customs)
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
: >"$WORK/search-page.paths"; : >"$WORK/api-search.paths"
for word in "${WORDS[@]}"; do
    q=$(urlencode "$word")
    echo "/agreements/search.xhtml?q=$q" >>"$WORK/search-page.paths"
    echo "/api/agreements?q=$q" >>"$WORK/api-search.paths"
done
echo "/agreements/list.xhtml" >"$WORK/list-page.paths"
sql -N "$DB" -e "select concat('/agreements/view.xhtml?ref=', reference) from agreement order by rand(7) limit 2000" >"$WORK/detail-page.paths"
sed 's|/agreements/view.xhtml?ref=|/api/agreements/|' "$WORK/detail-page.paths" >"$WORK/record-api.paths"
echo "/robots.txt" >"$WORK/static-file.paths"
# A large party's page and its API: the party with the most agreements (tens of thousands), first page.
BIG_PARTY=$(sql -N "$DB" -e "select p.code from participation pa join party p on p.id = pa.party_id group by p.code order by count(*) desc limit 1")
echo "/parties/view.xhtml?code=$BIG_PARTY" >"$WORK/party-page.paths"
# The same page without its predecessors' agreements: the party's own (the generator gives each
# predecessor as many again, so the page above sorts three times the rows).
echo "/parties/view.xhtml?code=$BIG_PARTY&predecessors=hide" >"$WORK/party-own-page.paths"
echo "/api/parties/$BIG_PARTY/agreements" >"$WORK/party-api.paths"

# The visitor's cookies: none. No page measured gives an anonymous reader a session any more (each is a stateless
# view for readers), so a reader of the public archive has none. BENCH_VISITOR_SESSION=1 gives each visitor a
# session opened once on the sign-in page, with both of its cookies (see report.lua), as a reader has who opened it.
visitor_session() {
    [ "${BENCH_VISITOR_SESSION:-}" = 1 ] || return 0
    curl -s -D - -o /dev/null "$BASE/account/login.xhtml" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | paste -sd';' | sed 's/;/; /g'
}
measure() {
    WRK_NAME=$1 WRK_PATHS="$WORK/$1.paths" WRK_CONNECTIONS=$CONNECTIONS WRK_COOKIE=$(visitor_session) \
        wrk -t2 -c"$CONNECTIONS" -d"$2"s --timeout 10s -s benchmark/report.lua "$BASE" | tail -1
}
measure1() {
    WRK_NAME=$1 WRK_PATHS="$WORK/$1.paths" WRK_CONNECTIONS=1 WRK_COOKIE=$(visitor_session) \
        wrk -t1 -c1 -d"$2"s --timeout 10s -s benchmark/report.lua "$BASE" | tail -1
}

# Every record's page and JSON read once, as the records a public archive's readers open have been read before:
# 10 s of warming reads a third of the 2,000, so the record page was measured a third cold, a figure of how
# full the cache happened to be. What a record costs unkept is the run without the page cache, at the end.
# Without an Accept header, as wrk asks: the API's answers are kept per Accept.
read_every_record() {
    cat "$WORK/detail-page.paths" "$WORK/record-api.paths" | sed "s|^|$BASE|" | xargs -P 4 -n 50 curl -s -H 'Accept:' >/dev/null
}

log "Warming up (JIT, caches): 10 s on each, then every record read once"
for name in search-page api-search list-page detail-page record-api party-page party-own-page party-api static-file; do measure $name 10 >/dev/null; done
read_every_record

log "Measuring: $SECONDS_EACH s each, $CONNECTIONS connections"
REPORT="$WORK/report.txt"
{
    echo "Treaty Archive benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
         "$(java -version 2>&1 | head -1); MariaDB $(sql -N -e 'select version()'), buffer pool $(sql -N -e 'select @@innodb_buffer_pool_size div 1048576') MiB"
    echo "archive: $TOTAL agreements ($COUNT generated), $(sql -N "$DB" -e 'select count(*) from participation') participations," \
         "$(sql -N "$DB" -e 'select count(*) from article') articles, $(sql -N "$DB" -e 'select count(*) from agreement_title') titles in other languages"
    echo "index ready ${INDEX_SECONDS} s after the start${REUSE:+ (reused from the previous run)}; index size $(du -sh "$WORK/data/index" | cut -f1)"
    echo
    echo "under load: $CONNECTIONS connections, ${SECONDS_EACH} s each"
    echo "party pages of $BIG_PARTY ($(sql -N "$DB" -e "select count(*) from participation pa join party p on p.id = pa.party_id where p.code = '$BIG_PARTY'") agreements)"
    for name in search-page api-search list-page detail-page record-api party-page party-own-page party-api static-file; do measure $name "$SECONDS_EACH"; done
    echo
    echo "service time: 1 connection (no queueing), $((SECONDS_EACH / 2)) s each"
    for name in search-page api-search list-page detail-page record-api party-page party-own-page party-api static-file; do CONNECTIONS=1 measure1 $name "$((SECONDS_EACH / 2))"; done
    echo
    echo "database floor: the same reads in SQL over JDBC, 1 connection"
    java -cp "benchmark/target/classes:benchmark/target/lib/*" org.treatyarchive.benchmark.SqlFloor \
        "$URL" "$DB_USER" "$DB_PASSWORD" "$((SECONDS_EACH / 2))" "${WORDS[@]}"
    echo
    echo "heap after the run: $(jcmd $SERVER_PID GC.heap_info | grep -m1 -E 'heap' | xargs)"
    jcmd $SERVER_PID GC.run >/dev/null
    echo "heap after a full GC: $(jcmd $SERVER_PID GC.heap_info | grep -m1 -E 'heap' | xargs)  (limit -Xmx512m)"
    echo
    echo "export: every agreement as CSV (the administrator's view), against the mariadb client reading the same rows"
    start=$(date +%s%N)
    curl -sf -u admin:benchmark-admin-password -o "$WORK/export.csv" "$BASE/api/agreements/export?format=csv"
    export_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "  archive: $(( $(wc -l < "$WORK/export.csv") - 1 )) records in $export_ms ms;" \
         "heap after it: $(jcmd $SERVER_PID GC.heap_info | grep -m1 -E 'heap' | xargs)"
    start=$(date +%s%N)
    sql -N "$DB" -e "select a.reference, a.official_title, a.kind, a.format, a.signed_on, a.signed_at,
        group_concat(p.code order by p.code separator '; ') from agreement a join participation pa on pa.agreement_id = a.id
        join party p on p.id = pa.party_id group by a.id" >"$WORK/export-floor.tsv"
    echo "  mariadb client: $(wc -l < "$WORK/export-floor.tsv") rows in $(( ($(date +%s%N) - start) / 1000000 )) ms"
} | tee "$REPORT"

# The page cache against none, in the same run: the archive restarted without it, then with it
# again, each with the static file beside it, so that the two are compared as ratios to the same floor.
{
    echo
    echo "search page, list page, record page, record API, party page, party API and API search without and with the page cache (ARCHIVE_PAGE_CACHE_MB=0, then the default), restarted for each"
    kept="search-page list-page detail-page record-api party-page party-api api-search static-file"
    for cache in 0 default; do
        stop_archive
        if [ "$cache" = 0 ]; then ARCHIVE_PAGE_CACHE_MB=0 start_archive "page-cache-$cache"; else start_archive "page-cache-$cache"; fi
        for name in $kept; do measure $name 10 >/dev/null; done
        read_every_record
        echo "page cache $cache:"
        for name in $kept; do measure $name "$SECONDS_EACH"; done
        for name in $kept; do CONNECTIONS=1 measure1 $name "$((SECONDS_EACH / 2))"; done
    done
    stop_archive # started in this subshell of the pipe, where the exit trap does not see it
} | tee -a "$REPORT"
log "Report written to $REPORT"
