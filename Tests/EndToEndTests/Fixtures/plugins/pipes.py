#!/usr/bin/env python3
"""A plugin that plays with its pipes and its children (issue 13), to prove deadlines hold."""
import json
import os
import sys
import time

COMMANDS = [
    {"name": name, "summary": summary, "examples": [{"command": name, "explanation": summary}]}
    for name, summary in [("close-stdout", "close stdout and stay alive"), ("orphan", "start a child, then hang"),
                          ("ahead", "answer, then answer the next request before it is sent"),
                          ("big", "answer with 8 MB"), ("fine", "answer properly")]
]

def send(reply):
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()

for line in sys.stdin:
    request = json.loads(line)
    method, rid = request.get("method"), request.get("id")
    if method == "shutdown":
        break
    if rid is None:
        continue
    if method == "handshake":
        send({"id": rid, "result": {"protocol": 1, "name": "pipes", "version": "0.0.1"}})
        continue
    if method == "describe":
        send({"id": rid, "result": {"commands": COMMANDS}})
        continue
    command = (request.get("params") or {}).get("command")
    if command == "close-stdout":
        sys.stdout.close()
        os.close(1)
        time.sleep(3600)
    if command == "orphan":
        child = os.fork()
        if child == 0:
            os.close(1)
            time.sleep(3600)
            os._exit(0)
        with open(os.environ["PIPES_CHILD_LOG"], "w") as log:
            log.write(f"{os.getpid()} {child}\n")
        time.sleep(3600)
    if command == "big":
        send({"id": rid, "result": {"output": [{"type": "text", "text": "x" * (8 << 20)}]}})
        continue
    send({"id": rid, "result": {"output": [{"type": "message", "text": f"{command}: answered"}]}})
    if command == "ahead":
        send({"id": rid + 1, "result": {"output": [{"type": "message", "text": "a stray answer"}]}})
