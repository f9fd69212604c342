"""Tests of the enflasyon example plugin: its functions, and the real process over the protocol.

    python3 -m unittest discover -s Plugins/examples -p 'test_*.py'
"""
import json
import os
import subprocess
import sys
import unittest
from decimal import Decimal

sys.path.insert(0, os.path.dirname(__file__))
import enflasyon  # noqa: E402

BUDGET = [
    {"year": "2021", "classification": "economic", "code": "1", "parent": None, "name": "Personel Giderleri",
     "initial": "736083000", "revised": "829583000"},
    {"year": "2021", "classification": "economic", "code": "3", "parent": None, "name": "Mal ve Hizmet Alımı Giderleri",
     "initial": "141352000", "revised": "314426000"},
    {"year": "2022", "classification": "economic", "code": "1", "parent": None, "name": "Personel Giderleri",
     "initial": "1132970000", "revised": None},
]
CONTEXT = {"dataset": {"id": "goc-idaresi-2021"}, "tables": {"budget": BUDGET}}


class DeflateTests(unittest.TestCase):
    def test_deflates_revised_amounts_exactly(self):
        result = enflasyon.deflate({"positional": {"year": ["2021"]}, "options": {"path": ["2021=25"]}, "flags": []}, CONTEXT)
        rows = result["output"][0]["rows"]
        self.assertEqual(rows[0], ["1", "Personel Giderleri", "829583000", "663666400.00"])
        self.assertEqual(rows[-1][1:], ["Toplam", "1144009000", "915207200.00"])
        self.assertEqual(result["operations"], [])

    def test_compounds_the_path_and_uses_kbo_when_there_is_no_revised(self):
        result = enflasyon.deflate({"positional": {"year": ["2022"]}, "options": {"path": ["2021=25,2022=60"]}, "flags": ["apply"]}, CONTEXT)
        self.assertEqual(result["output"][0]["rows"][0][3], str((Decimal("1132970000") / Decimal("2")).quantize(Decimal("0.01"))))
        self.assertEqual(result["operations"], [{"op": "inflation", "path": {"2021": "25", "2022": "60"}}])

    def test_errors_name_the_argument(self):
        with self.assertRaises(enflasyon.Failure) as caught:
            enflasyon.deflate({"positional": {"year": ["2021"]}, "options": {"path": ["2021-25"]}}, CONTEXT)
        self.assertEqual(caught.exception.argument, "--path")
        with self.assertRaises(enflasyon.Failure) as caught:
            enflasyon.deflate({"positional": {"year": ["2030"]}, "options": {"path": ["2030=5"]}}, CONTEXT)
        self.assertIn("no budget lines for 2030", caught.exception.message)


class ProtocolTests(unittest.TestCase):
    def exchange(self, *requests):
        lines = "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in requests)
        done = subprocess.run([sys.executable, enflasyon.__file__], input=lines, capture_output=True, text=True, timeout=20)
        return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]

    def test_handshake_describe_run(self):
        replies = self.exchange(
            {"id": 1, "method": "handshake", "params": {"protocol": 1, "host": "test", "features": []}},
            {"id": 2, "method": "describe"},
            {"id": 3, "method": "run", "params": {"command": "deflate",
                                                  "arguments": {"positional": {"year": ["2021"]}, "options": {"path": ["2021=25"]}, "flags": [], "line": ""},
                                                  "context": CONTEXT}},
            {"method": "shutdown"})
        self.assertEqual(replies[0]["result"]["protocol"], 1)
        self.assertEqual(replies[1]["result"]["commands"][0]["name"], "deflate")
        self.assertEqual(replies[2]["id"], 3)
        self.assertEqual(replies[2]["result"]["output"][0]["rows"][0][3], "663666400.00")

    def test_refuses_another_protocol_and_survives_garbage(self):
        replies = self.exchange({"id": 1, "method": "handshake", "params": {"protocol": 2}}, "not json", '"a json string"',
                                {"id": 2, "method": "run", "params": {"command": "nope"}})
        self.assertIn("protocol 1", replies[0]["error"]["message"])
        self.assertEqual(replies[-1]["id"], 2)
        self.assertIn("no command nope", replies[-1]["error"]["message"])


if __name__ == "__main__":
    unittest.main()
