#!/usr/bin/env python3
"""A plugin that misbehaves on purpose, one way per command, to prove the shell survives it."""
import json
import os
import sys
import time

COMMANDS = [
    {"name": name, "summary": summary, "examples": [{"command": name, "explanation": summary}]}
    for name, summary in [("crash", "exit in the middle of a call"), ("hang", "never answer"),
                          ("garbage", "answer with something that is not JSON"), ("flood", "write without end"),
                          ("wrong-id", "answer another request"), ("fine", "answer properly")]
]

counter = os.environ.get("FAULTY_LAUNCH_LOG")
if counter:
    with open(counter, "a") as log:
        log.write("launch\n")

for line in sys.stdin:
    request = json.loads(line)
    method, rid = request.get("method"), request.get("id")
    if method == "shutdown":
        break
    if rid is None:
        continue
    if method == "handshake":
        reply = {"id": rid, "result": {"protocol": 1, "name": "faulty", "version": "0.0.1"}}
    elif method == "describe":
        reply = {"id": rid, "result": {"commands": COMMANDS}}
    else:
        command = (request.get("params") or {}).get("command")
        if command == "crash":
            sys.stderr.write("faulty: crashing as asked\n")
            sys.exit(3)
        if command == "hang":
            time.sleep(3600)
        if command == "garbage":
            sys.stdout.write("this is not json\n")
            sys.stdout.flush()
            continue
        if command == "flood":
            while True:
                sys.stdout.write("x" * 65536)
                sys.stdout.flush()
        if command == "wrong-id":
            reply = {"id": rid + 1000, "result": {"output": []}}
        else:
            reply = {"id": rid, "result": {"output": [{"type": "message", "text": "fine, thank you"}]}}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()
