#!/usr/bin/env python3
"""Checks contrib/grafana/blufio-dashboard.json.

- it is valid JSON (json.tool-equivalent) and a dashboard Grafana 9/10 imports: schemaVersion,
  uid, title, a "datasource" variable of type datasource, unique panel ids, a gridPos on each panel;
- every panel and target uses the ${datasource} variable, not a fixed data source uid;
- every metric registered in Metrics.cpp appears in some panel query, and every blufio_* name the
  queries use is registered (a renamed metric breaks the test, not the dashboard);
- with promtool on PATH, every query is valid PromQL (Grafana variables replaced by sample values).

usage: check-grafana.py DASHBOARD_JSON METRICS_CPP
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    dashboard_path, metrics_cpp = sys.argv[1], sys.argv[2]
    errors = []

    with open(dashboard_path, encoding="utf-8") as f:
        try:
            dash = json.load(f)
        except json.JSONDecodeError as e:
            print(f"FAIL: {dashboard_path} is not valid JSON: {e}", file=sys.stderr)
            return 1
    print(f"ok: {dashboard_path} is valid JSON")

    if not isinstance(dash.get("schemaVersion"), int) or dash["schemaVersion"] < 36:
        errors.append(f"schemaVersion {dash.get('schemaVersion')!r} is missing or older than 36")
    for key in ("uid", "title"):
        if not dash.get(key):
            errors.append(f"dashboard has no {key}")
    variables = {v.get("name"): v for v in dash.get("templating", {}).get("list", [])}
    ds = variables.get("datasource")
    if not ds or ds.get("type") != "datasource" or ds.get("query") != "prometheus":
        errors.append("no 'datasource' variable of type datasource for prometheus")

    panels = []
    for p in dash.get("panels", []):
        panels.append(p)
        panels.extend(p.get("panels", []))  # collapsed rows keep their panels inside
    ids = [p.get("id") for p in panels]
    if len(ids) != len(set(ids)) or None in ids:
        errors.append(f"panel ids are missing or not unique: {ids}")

    exprs = []
    for p in panels:
        title = p.get("title", "?")
        if "gridPos" not in p:
            errors.append(f"panel {title!r} has no gridPos")
        if p.get("type") == "row":
            continue
        if not p.get("targets"):
            errors.append(f"panel {title!r} has no queries")
        for who in [p] + p.get("targets", []):
            uid = who.get("datasource", {}).get("uid")
            if uid != "${datasource}":
                errors.append(f"panel {title!r} uses data source {uid!r}, not ${{datasource}}")
        exprs.extend((title, t.get("expr", "")) for t in p.get("targets", []))

    with open(metrics_cpp, encoding="utf-8") as f:
        registered = set(re.findall(r'\.Name\("(blufio_[a-z_]+)"\)', f.read()))
    if len(registered) < 15:
        errors.append(f"found only {len(registered)} metrics in {metrics_cpp}")
    used = set()
    for _, expr in exprs:
        used |= {re.sub(r"_(bucket|sum|count)$", "", m) for m in re.findall(r"blufio_[a-z_]+", expr)}
    for m in sorted(registered - used):
        errors.append(f"no panel shows {m}")
    for m in sorted(used - registered):
        errors.append(f"a panel queries {m}, which Metrics.cpp does not register")
    print(f"ok: {len(panels)} panels query {len(used & registered)} of {len(registered)} metrics")

    promtool = shutil.which("promtool")
    if promtool:
        # Each query as a recording rule: promtool parses and type-checks it.
        samples = {"$__rate_interval": "1m", "$__interval": "30s", "$job": ".+", "$instance": ".+"}
        lines = ["groups:", "  - name: dashboard", "    rules:"]
        for i, (_, expr) in enumerate(exprs):
            for var, value in samples.items():
                expr = expr.replace(var, value)
            if "$" in expr:
                errors.append(f"query uses an unknown variable: {expr}")
            lines.append(f"      - record: dashboard:query_{i}")
            lines.append(f"        expr: {json.dumps(expr)}")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "queries.yml")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            run = subprocess.run([promtool, "check", "rules", path], capture_output=True, text=True)
            if run.returncode != 0:
                errors.append("promtool rejects a query:\n" + run.stdout + run.stderr)
            else:
                print(f"ok: promtool parses all {len(exprs)} queries")

    for e in errors:
        print(f"FAIL: {e}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
