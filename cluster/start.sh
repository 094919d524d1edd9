#!/usr/bin/env bash
# Two archive nodes behind HAProxy on this machine, for trying several nodes (README, "Several nodes"):
# MariaDB (the running one), one OpenSearch node (cluster/opensearch.sh), Payara Micro nodes a and b
# with the built WAR in one data grid, and HAProxy in front. Ctrl+C stops what it started.
#
#   cluster/start.sh
#
# CLUSTER_PORT     HAProxy's port on 127.0.0.1: the archive is at http://127.0.0.1:$CLUSTER_PORT/ (default 8088)
# CLUSTER_DB_URL   the shared database (default jdbc:mysql://127.0.0.1:3306/archive_cluster, created when absent)
# DB_USER, DB_PASSWORD   its account (default root, no password)
# CLUSTER_HOME     the nodes' shared data folder (documents) and logs (default cluster/target/cluster)
# OPENSEARCH_PORT  the OpenSearch node's port (default 9201)
# Nodes listen on 8181 and 8182, their data grid on 6900 and 6901, all on 127.0.0.1 but the HTTP ports.
set -euo pipefail
cd "$(dirname "$0")/.."

front=${CLUSTER_PORT:-8088}
db_url=${CLUSTER_DB_URL:-jdbc:mysql://127.0.0.1:3306/archive_cluster}
db_user=${DB_USER:-root}
db_password=${DB_PASSWORD:-}
home=$(realpath -m "${CLUSTER_HOME:-cluster/target/cluster}")
search_port=${OPENSEARCH_PORT:-9201}
micro_version=$(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' pom.xml)
micro=cluster/target/payara-micro-$micro_version.jar
war=web/target/treaty-archive.war

command -v haproxy >/dev/null || { echo "HAProxy is needed: apt-get install haproxy" >&2; exit 1; }
command -v mariadb >/dev/null || { echo "The MariaDB client is needed: apt-get install mariadb-client" >&2; exit 1; }
mkdir -p "$home" cluster/target
[ -f "$war" ] || ./mvnw -q -pl web -am package -DskipTests
[ -f "$micro" ] || ./mvnw -q -N dependency:copy -Dartifact="fish.payara.extras:payara-micro:$micro_version" -DoutputDirectory=cluster/target

# The database named in the URL, created when absent (host, port and name taken from the URL).
hostport=${db_url#jdbc:mysql://}; hostport=${hostport%%/*}
database=${db_url#jdbc:mysql://*/}; database=${database%%\?*}
mariadb --protocol=tcp -h "${hostport%%:*}" -P "${hostport##*:}" -u "$db_user" ${db_password:+-p"$db_password"} \
    -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

children=()
stop() {
    trap - INT TERM EXIT
    [ ${#children[@]} -gt 0 ] && kill "${children[@]}" 2>/dev/null
    wait 2>/dev/null || true
}
trap stop INT TERM EXIT

if ! curl -sf "http://127.0.0.1:$search_port/" >/dev/null 2>&1; then
    OPENSEARCH_PORT=$search_port OPENSEARCH_LOG="$home/opensearch.log" cluster/opensearch.sh &
    children+=($!)
    OPENSEARCH_PORT=$search_port OPENSEARCH_LOG="$home/opensearch.log" cluster/opensearch.sh wait
fi

nodes=()
for node in a b; do
    if [ $node = a ]; then port=8181; grid=6900; else port=8182; grid=6901; fi
    DB_URL=$db_url DB_USER=$db_user DB_PASSWORD=$db_password ARCHIVE_DATA_DIR="$home/data" \
        java -Xmx512m \
        -Dhibernate.search.backend.type=elasticsearch -Dhibernate.search.backend.hosts=127.0.0.1:$search_port \
        -Dhibernate.search.backend.protocol=http -Dhibernate.search.coordination.strategy=outbox-polling \
        -jar "$micro" --deploy "$war" --contextroot / --port $port --name $node \
        --postbootcommandfile web/src/main/payara/cluster-node.asadmin \
        --clustername treaty-archive-local --clustermode tcpip:127.0.0.1:6900,127.0.0.1:6901 --startport $grid \
        --interfaces 127.0.0.1 --nohostaware >"$home/$node.log" 2>&1 &
    children+=($!)
    nodes+=("$node=127.0.0.1:$port")
done

cluster/haproxy-config.sh "$front" "${nodes[@]}" >"$home/haproxy.cfg"
haproxy -db -f "$home/haproxy.cfg" >"$home/haproxy.log" 2>&1 &
children+=($!)

echo "Starting nodes a and b (logs in $home); the archive answers on http://127.0.0.1:$front/ once one is ready."
for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$front/health/ready" >/dev/null 2>&1; then
        echo "Ready: http://127.0.0.1:$front/ (Ctrl+C stops what this script started)"
        break
    fi
    sleep 1
done
wait
