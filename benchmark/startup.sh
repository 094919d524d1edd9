#!/usr/bin/env bash
# Start-up benchmark: seconds from launching the JVM to the first answered page, the built WAR on Payara
# Micro with the embedded database and -Xmx512m, started both ways in turn on one data folder: as the
# README starts it (./mvnw -Prun: Payara Micro's launcher in a folder of its own and the JVM mapping the
# classes a first start recorded, class-data sharing) and plainly (java -jar payara-micro.jar, the
# baseline). BENCH_STARTS pairs (default 3) after a first start on a new data folder (migrations, the
# starter collection and its scans) that also records the classes. Prints each start with Payara's own
# "ready" and deployment figures, and the ratio of the medians. Traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${BENCH_STARTS:-3}
PORT=${BENCH_PORT:-8186}
WORK=$(mktemp -d /tmp/archive-startup-bench.XXXXXX)
. benchmark/lib.sh
ROOT=$WORK/payara-micro-root
CLASSES=$WORK/payara-micro.jsa

trap 'stop_archive; rm -rf "$WORK"' EXIT
# The launcher and its folder, as the run profile makes them (web/pom.xml, prepare-payara-micro).
java -jar "$PAYARA" --rootdir "$ROOT" --outputlauncher >"$WORK/launcher.log" 2>&1
cp -a "$ROOT/config" "$WORK/payara-micro-config"
fresh_root() { rm -rf "$ROOT/applications" "$ROOT/generated" "$ROOT/config"; cp -a "$WORK/payara-micro-config" "$ROOT/config"; }

# start NAME JAVA_ARGS...: prints the milliseconds to the first page, then the line of the start.
start() {
    local name=$1; shift
    local launched answered ready deployed
    launched=$(millis)
    ARCHIVE_DATA_DIR="$WORK/data" ARCHIVE_ADMIN_PASSWORD=$ADMIN \
        java -Xmx512m "$@" --deploy web/target/treaty-archive.war --contextroot / --port "$PORT" --nocluster \
        --postbootcommandfile web/src/main/payara/post-boot-commands.asadmin >"$WORK/payara-$name.log" 2>&1 &
    SERVER_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/agreements/list.xhtml")" = 200 ]; do
        kill -0 $SERVER_PID 2>/dev/null || { echo "Payara Micro stopped; see $WORK/payara-$name.log" >&2; exit 1; }
        sleep 0.2
    done
    answered=$(millis)
    ${AFTER_FIRST_PAGE:-true}
    ready=$(grep -o 'ready in [0-9,]* (ms)' "$WORK/payara-$name.log" | tr -dc '0-9')
    deployed=$(grep -o 'deployed in [0-9,]* milliseconds' "$WORK/payara-$name.log" | tr -dc '0-9')
    printf '%-34s first page answered after %6d ms; Payara ready at %6d ms, the WAR deployed in %6d ms\n' \
        "$name:" $((answered - launched)) "$ready" "$deployed" >&2
    stop_archive
    echo $((answered - launched))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The recording start reads a few pages before it stops, as a first run of the README's command does before Ctrl+C:
# the classes of what was served are recorded too.
visit() { for path in "agreements/view.xhtml?ref=AGR-2018-0001" "agreements/search.xhtml?q=caspian" "parties/view.xhtml?code=KZ" \
    "api/agreements/AGR-2018-0001" "statistics.xhtml"; do curl -s -o /dev/null "$BASE/$path"; done; }
fresh_root
AFTER_FIRST_PAGE=visit start "new data folder, recording classes" -XX:ArchiveClassesAtExit="$CLASSES" -Xlog:cds*=off -jar "$ROOT/launch-micro.jar" >/dev/null
[ -s "$CLASSES" ] || { echo "no class archive was written" >&2; exit 1; }
: >"$WORK/readme.ms"; : >"$WORK/plain.ms"
for pair in $(seq 1 "$STARTS"); do
    fresh_root
    start "as the README starts it, $pair" -XX:SharedArchiveFile="$CLASSES" -Xlog:cds*=off -jar "$ROOT/launch-micro.jar" >>"$WORK/readme.ms"
    start "plain java -jar, $pair" -jar "$PAYARA" >>"$WORK/plain.ms"
done
readme=$(median <"$WORK/readme.ms"); plain=$(median <"$WORK/plain.ms")
echo "medians on the existing data folder: as the README starts it $readme ms, plain $plain ms; ratio $(ratio "$readme" "$plain")"
