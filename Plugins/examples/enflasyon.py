#!/usr/bin/env python3
"""enflasyon — a Senaryo plugin in Python: budget amounts in real terms.

`deflate YEAR --path 2022=64.3,2023=45` shows a year's budget lines in the prices of the year
before the inflation path starts (nominal / Π(1 + rate)); `--apply` also adds the path to the
scenario in use, so `budget --real`, `sweep` and `simulate` use it.

It speaks Senaryo's plugin protocol 1 (docs/plugin-protocol.md): one JSON object per line on
stdin and stdout. Standard library only; money stays exact with `decimal`.
"""
import json
import sys
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP

PROTOCOL = 1
NAME = "enflasyon"
VERSION = "1.0.0"

DEFLATE = {
    "name": "deflate",
    "summary": "Show a year's budget in real terms (deflated by an inflation path)",
    "discussion": "Divides each line's revised appropriation (or KBÖ) by the product of (1 + inflation) "
                  "over the path's years up to YEAR: real amounts in the prices of the year before the path. "
                  "--apply adds the path to the scenario in use.",
    "arguments": [{"name": "year", "help": "the budget year", "optional": False}],
    "options": [
        {"name": "path", "value": "YEAR=PCT,...", "help": "the inflation path, percent a year (e.g. 2022=64.3,2023=45)"},
        {"name": "apply", "help": "also add the path to the scenario in use"},
    ],
    "examples": [
        {"command": "deflate 2021 --path 2021=36.1", "explanation": "2021 in 2020 prices"},
        {"command": "deflate 2022 --path 2021=36.1,2022=64.3 --apply", "explanation": "and keep the path in the scenario"},
    ],
    "needs": ["budget"],
}


class Failure(Exception):
    def __init__(self, message, help=None, argument=None):
        super().__init__(message)
        self.message, self.help, self.argument = message, help, argument


def parse_path(text):
    path = {}
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        year, sep, rate = part.partition("=")
        if not sep or not year.strip().isdigit() or len(year.strip()) != 4:
            raise Failure(f'"{part}" is not YEAR=PCT', help="e.g. --path 2022=64.3,2023=45", argument="--path")
        try:
            path[int(year)] = Decimal(rate.strip().replace(",", "."))
        except InvalidOperation:
            raise Failure(f'"{rate}" is not a percentage', argument="--path")
    if not path:
        raise Failure("the path is empty", argument="--path")
    return path


def deflate(arguments, context):
    years = arguments.get("positional", {}).get("year", [])
    if not years or not years[0].isdigit():
        raise Failure("YEAR must be a year such as 2022", argument="YEAR")
    year = int(years[0])
    options = arguments.get("options", {})
    if "path" not in options:
        raise Failure("--path is required", help="e.g. --path 2022=64.3,2023=45", argument="--path")
    path = parse_path(options["path"][-1])
    start = min(path)
    if year < start - 1:
        raise Failure(f"{year} is before the path, which starts in {start}", argument="YEAR")
    deflator = Decimal(1)
    for y in sorted(path):
        if y <= year:
            deflator *= 1 + path[y] / 100
    lines = [row for row in context.get("tables", {}).get("budget", []) if row.get("year") == str(year)]
    if not lines:
        dataset = (context.get("dataset") or {}).get("id", "the dataset in use")
        raise Failure(f"no budget lines for {year} in {dataset}")
    rows, total_nominal, total_real = [], Decimal(0), Decimal(0)
    for row in lines:
        amount = row.get("revised") or row.get("initial")
        if amount is None:
            continue
        nominal = Decimal(amount)
        real = (nominal / deflator).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if row.get("parent") is None:
            total_nominal += nominal
            total_real += real
        rows.append([row["code"], row["name"], str(nominal), str(real)])
    rows.append(["", "Toplam", str(total_nominal), str(total_real)])
    output = [{
        "type": "table",
        "columns": [{"key": "code"}, {"key": "name"}, {"key": "nominal", "type": "decimal"},
                    {"key": "real", "type": "decimal"}],
        "rows": rows,
        "caption": f"{year} in {start - 1} prices (deflator {deflator.normalize()})",
    }]
    operations = []
    if "apply" in arguments.get("flags", []):
        operations.append({"op": "inflation", "path": {str(y): str(r) for y, r in sorted(path.items())}})
    return {"output": output, "operations": operations}


def respond(request):
    method, rid = request.get("method"), request.get("id")
    params = request.get("params") or {}
    if method == "handshake":
        if params.get("protocol") != PROTOCOL:
            return {"id": rid, "error": {"message": f"{NAME} speaks plugin protocol {PROTOCOL}, the host {params.get('protocol')}",
                                         "help": "update the plugin or Senaryo"}}
        return {"id": rid, "result": {"protocol": PROTOCOL, "name": NAME, "version": VERSION, "features": ["operations"]}}
    if method == "describe":
        return {"id": rid, "result": {"commands": [DEFLATE]}}
    if method == "run":
        if params.get("command") != "deflate":
            return {"id": rid, "error": {"message": f"{NAME} has no command {params.get('command')}"}}
        try:
            return {"id": rid, "result": deflate(params.get("arguments") or {}, params.get("context") or {})}
        except Failure as failure:
            error = {"message": failure.message}
            if failure.help:
                error["help"] = failure.help
            if failure.argument:
                error["argument"] = failure.argument
            return {"id": rid, "error": error}
    return {"id": rid, "error": {"message": f"unknown method {method}"}}


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError:
            request = None
        if not isinstance(request, dict):
            print(json.dumps({"id": 0, "error": {"message": "not a protocol request"}}), flush=True)
            continue
        if request.get("method") == "shutdown":
            return
        if request.get("id") is None:
            continue  # notifications: interrupt needs nothing here, every call is short
        print(json.dumps(respond(request), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
