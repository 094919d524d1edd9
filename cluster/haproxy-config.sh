#!/usr/bin/env bash
# Prints HAProxy's configuration for the archive's nodes, from cluster/haproxy.cfg.template:
#
#   cluster/haproxy-config.sh PORT NAME=HOST:PORT...   e.g. 8088 a=127.0.0.1:8181 b=127.0.0.1:8182
#
# Used by cluster/start.sh and benchmark/cluster.sh; ClusterIT fills the same template in Java.
set -euo pipefail
cd "$(dirname "$0")/.."
front=$1
shift
servers=""
for node in "$@"; do
    servers+="    server ${node%%=*} ${node#*=} check cookie ${node%%=*}"$'\n'
done
template=$(<cluster/haproxy.cfg.template)
printf '%s\n' "${template//@PORT@/$front}" | awk -v servers="$servers" '{ if ($0 == "@SERVERS@") printf "%s", servers; else print }'
