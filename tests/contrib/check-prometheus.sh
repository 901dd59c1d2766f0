#!/bin/sh
# Checks the Prometheus files in contrib/prometheus with promtool:
#   1. `promtool check rules` accepts the alert rules;
#   2. `promtool test rules` runs RULES_TEST (alerts fire on the situations they describe, not before
#      their `for:`, and not on the zero series blufio exports at start);
#   3. `promtool check config` accepts the scrape example, with its rule_files entry pointed at the
#      rules file (so the rules are checked through it too) and its certificate paths at stand-ins;
#   4. every blufio_* metric the rules use is registered in Metrics.cpp (catches renamed metrics).
#   usage: check-prometheus.sh RULES RULES_TEST SCRAPE_CONFIG METRICS_CPP
set -eu

usage="usage: check-prometheus.sh RULES RULES_TEST SCRAPE_CONFIG METRICS_CPP"
rules=${1:?$usage}
rules_test=${2:?$usage}
scrape=${3:?$usage}
metrics_cpp=${4:?$usage}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

promtool check rules "$rules" || fail "promtool check rules $rules"

# The unit test names its rule file relative to itself.
cp "$rules" "$tmp/blufio-rules.yml"
cp "$rules_test" "$tmp/rules.test.yml"
(cd "$tmp" && promtool test rules rules.test.yml) || fail "promtool test rules $rules_test"

grep -q '/usr/share/blufio/prometheus/blufio-rules.yml' "$scrape" || fail "$scrape does not load the installed rules"
# promtool checks that the client certificate files exist; empty stand-ins are enough.
mkdir "$tmp/tls"
touch "$tmp/tls/ca.crt" "$tmp/tls/prometheus.crt" "$tmp/tls/prometheus.key"
sed -e "s#/usr/share/blufio/prometheus/blufio-rules.yml#$tmp/blufio-rules.yml#" \
    -e "s#/etc/prometheus/blufio/#$tmp/tls/#" "$scrape" >"$tmp/prometheus.yml"
promtool check config "$tmp/prometheus.yml" || fail "promtool check config $scrape"
grep -q 'tls_config:' "$scrape" || fail "$scrape has no tls_config job"
for k in ca_file cert_file key_file; do
    grep -q "^[[:space:]]*$k:" "$scrape" || fail "$scrape: tls_config lacks $k"
done

registered=$(sed -n 's/.*\.Name("\(blufio_[a-z_]*\)").*/\1/p' "$metrics_cpp" | sort -u)
[ "$(echo "$registered" | wc -l)" -ge 15 ] || fail "found only $(echo "$registered" | wc -l) metrics in $metrics_cpp"
used=$(grep -o 'blufio_[a-z_]*' "$rules" | sed -E 's/_(bucket|sum|count)$//' | sort -u)
missing=""
for m in $used; do
    echo "$registered" | grep -qx "$m" || missing="$missing $m"
done
[ -z "$missing" ] || fail "rules use metrics Metrics.cpp does not register:$missing"
echo "ok: the rules use $(echo "$used" | wc -l) metrics, all registered"
