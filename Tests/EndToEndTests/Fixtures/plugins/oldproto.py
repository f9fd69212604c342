#!/usr/bin/env python3
"""A plugin that speaks another protocol version."""
import json
import sys

for line in sys.stdin:
    request = json.loads(line)
    if request.get("method") == "handshake":
        print(json.dumps({"id": request["id"], "result": {"protocol": 2, "name": "oldproto"}}), flush=True)
    elif request.get("id") is not None:
        print(json.dumps({"id": request["id"], "result": {}}), flush=True)
