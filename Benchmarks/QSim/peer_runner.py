"""Runs one of the peers' benchmark scripts (../shared/bench/peers) unchanged, but sends what it
would save into results/ as one JSON line to OUT instead (the shared folder stays untouched).

usage: python peer_runner.py OUT.jsonl /path/to/peers/bench_x.py [script arguments...]
"""
import json
import os
import runpy
import sys

out, script, *args = sys.argv[1:]
sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
import common  # noqa: E402  (the peers' helpers; the script imports `save` from it)


def save(name, payload):
    payload = dict(payload)
    payload["env_info"] = common.env_info()
    payload["other_processes_avg_cores_during_run"] = common.PROCESS_PROBE.others_cores()
    with open(out, "a") as f:
        f.write(json.dumps({"name": "peer", "peer": name, "payload": payload}, default=float) + "\n")
    print("recorded", name, "in", out)


common.save = save
sys.argv = [script] + args
runpy.run_path(script, run_name="__main__")
