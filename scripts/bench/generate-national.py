#!/usr/bin/env python3
"""Generates a national-scale report dataset (synthetic, in the dataset format) for benchmarks
and reliability tests: every administration's budget lines and indicators in one dataset.

    scripts/bench/generate-national.py OUT_DIR [--budget 2000000] [--indicators 200000] [--seed 1]
"""
import argparse
import os
import random

p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("--budget", type=int, default=2_000_000)
p.add_argument("--indicators", type=int, default=200_000)
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
rng = random.Random(a.seed)
os.makedirs(a.out, exist_ok=True)

with open(os.path.join(a.out, "dataset.yaml"), "w") as f:
    f.write("format: senaryo-dataset/1\nid: ulusal-2023\ninstitution: \"Tüm idareler (sentetik)\"\n"
            "title: \"Ulusal ölçek deneme verisi\"\nkind: activity-report\nyear: 2023\n")

# Budget: institutions × economic codes, two years, four levels deep (01 → 01.1 → 01.1.1 → 01.1.1.01).
lines_per_year = a.budget // 2
with open(os.path.join(a.out, "budget.csv"), "w") as f:
    f.write("year,classification,code,parent,name,initial,added,deducted,revised,spent\n")
    n = 0
    institution = 0
    while n < lines_per_year:
        institution += 1
        inst = f"{institution // 100:02d}.{institution % 100:02d}"
        for l1 in range(1, 10):
            top = f"{inst}.{l1:02d}"
            children = []
            for l2 in range(1, 6):
                code = f"{top}.{l2}"
                children.append(code)
            for year in (2022, 2023):
                amounts = []
                for code in children:
                    initial = rng.randint(10_000, 50_000_000)
                    added, deducted = rng.randint(0, initial // 5), rng.randint(0, initial // 10)
                    revised = initial + added - deducted
                    spent = f"{rng.randint(revised // 2, revised)}.{rng.randint(0, 99):02d}"
                    amounts.append((code, initial, added, deducted, revised, spent))
                f.write(f"{year},institutional,{top},,Kalem {top},,,,,\n")
                for code, initial, added, deducted, revised, spent in amounts:
                    f.write(f"{year},institutional,{code},{top},Alt kalem {code},{initial},{added},{deducted},{revised},{spent}\n")
            n += 1 + len(children)
            if n >= lines_per_year:
                break

with open(os.path.join(a.out, "indicators.csv"), "w") as f:
    f.write("code,year,name,unit,aggregation,baseline,target,q1,q2,q3,q4,actual,reported_rate_pct\n")
    for i in range(a.indicators):
        target = rng.randint(10, 100_000)
        q = [rng.randint(0, target // 3) for _ in range(4)]
        actual = sum(q)
        f.write(f"PG{i},2023,Gösterge {i} (İş ve İşlem Sayısı),adet,sum,{rng.randint(0, target)},{target},{q[0]},{q[1]},{q[2]},{q[3]},{actual},"
                f"{round(actual * 100 / target, 2)}\n")
