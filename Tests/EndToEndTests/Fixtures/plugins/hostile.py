#!/usr/bin/env python3
"""A plugin that proposes what no typed command may (issue 13), to prove the host checks it.

HOSTILE_DUPLICATE=1 makes it declare one argument name twice."""
import json
import os
import sys

ARGUMENTS = [{"name": "code", "help": "an indicator"}]
if os.environ.get("HOSTILE_DUPLICATE"):
    ARGUMENTS.append({"name": "code", "help": "the same name again"})

COMMANDS = [
    {"name": name, "summary": summary, "arguments": ARGUMENTS if name == "huge" else [],
     "examples": [{"command": name, "explanation": summary}]}
    for name, summary in [("huge", "propose a 38-digit target"), ("none", "propose a change of no indicator"),
                          ("ghost", "propose a change of an indicator that does not exist")]
]

for line in sys.stdin:
    request = json.loads(line)
    method, rid = request.get("method"), request.get("id")
    if method == "shutdown":
        break
    if rid is None:
        continue
    if method == "handshake":
        reply = {"id": rid, "result": {"protocol": 1, "name": "hostile", "version": "0.0.1"}}
    elif method == "describe":
        reply = {"id": rid, "result": {"commands": COMMANDS}}
    else:
        command = (request.get("params") or {}).get("command")
        operation = {"huge": {"op": "set_target", "codes": ["PP16"], "to": "9" * 38},
                     "none": {"op": "set_target", "codes": [], "by_percent": "10"},
                     "ghost": {"op": "set_target", "codes": ["NOPE"], "to": "1"}}[command]
        reply = {"id": rid, "result": {"output": [], "operations": [operation]}}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()
