# Shared by the documents benchmarks: start and stop the built WAR on Payara Micro, an archivist to
# work as, timing and figures. Source it after setting PORT and WORK; the caller's environment
# (DB_URL...) reaches the archive.

BASE="http://127.0.0.1:$PORT"
ADMIN=benchmark-admin-password
ARCHIVIST='bench:benchmark password 1'
log() { printf '\n=== %s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
millis() { date +%s%N | cut -c1-13; }
percentiles() { sort -n | awk '{a[NR]=$1} END {printf "p50 %d ms, p95 %d ms, max %d ms", a[int(NR*0.5+0.5)], a[int(NR*0.95+0.5)], a[NR]}'; }
rate() { awk -v n="$1" -v ms="$2" -v unit="$3" 'BEGIN {printf "%.1f %s/s", n * 1000 / (ms > 0 ? ms : 1), unit}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

[ -f web/target/treaty-archive.war ] || ./mvnw -q -B install -DskipTests -DskipITs
PAYARA=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)

SERVER_PID=
# start_archive LOG_NAME: the archive on $WORK/data, answering on $PORT, with the fixity schedule off.
# BENCH_JAVA_OPTS reaches its JVM (a flight recording to profile a run, say).
start_archive() {
    ARCHIVE_DATA_DIR="$WORK/data" ARCHIVE_ADMIN_PASSWORD=$ADMIN ARCHIVE_FIXITY_CRON=off \
        java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$PAYARA" --deploy web/target/treaty-archive.war --contextroot / --port "$PORT" --nocluster \
        --postbootcommandfile web/src/main/payara/post-boot-commands.asadmin \
        >"$WORK/payara-$1.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 240); do
        curl -sf "$BASE/robots.txt" >/dev/null 2>&1 && return
        kill -0 $SERVER_PID 2>/dev/null || { echo "Payara Micro stopped; see $WORK/payara-$1.log" >&2; exit 1; }
        sleep 1
    done
    echo "The archive did not start; see $WORK/payara-$1.log" >&2
    exit 1
}
stop_archive() {
    if [ -n "$SERVER_PID" ]; then kill $SERVER_PID 2>/dev/null && wait $SERVER_PID 2>/dev/null || true; fi
    SERVER_PID=
}
# make_archivist: the user "bench" (archivist, confidential clearance), its first password changed.
make_archivist() {
    curl -sf -u admin:$ADMIN -H 'Content-Type: application/json' "$BASE/api/users" -d \
        '{"username":"bench","displayName":"Benchmark","roles":["ARCHIVIST"],"clearance":"CONFIDENTIAL","password":"temporary password 1"}' >/dev/null
    curl -sf -u 'bench:temporary password 1' -X PUT -H 'Content-Type: application/json' "$BASE/api/me/password" \
        -d '{"currentPassword":"temporary password 1","password":"benchmark password 1"}' >/dev/null
}
# new_record TITLE: a confidential draft of the archivist's, answering its reference.
new_record() {
    curl -sf -u "$ARCHIVIST" -H 'Content-Type: application/json' "$BASE/api/agreements" -d \
        "{\"officialTitle\":\"$1\",\"kind\":\"AGREEMENT\",\"format\":\"BILATERAL\",\"signed\":\"2020\",\"classification\":\"CONFIDENTIAL\"}" \
        | json '["reference"]'
}
