"""Write our own Banking77 dev carve (stratified 15%, seed 7, same as bench/) as train/test CSVs, so that
`warmline eval intents` can be run on it:

    python tools/banking77_split.py ../shared/data/banking77/train.csv --out /tmp/b77
    warmline eval intents --train /tmp/b77/train.csv --test /tmp/b77/test.csv --json
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from warmline.triage.training import _stratified_dev


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("--out", required=True)
    ap.add_argument("--fraction", type=float, default=0.15)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with Path(args.source).open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    tr, te = _stratified_dev([r["category"] for r in rows], args.fraction, args.seed)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, idx in (("train", tr), ("test", te)):
        with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["text", "category"])
            for i in idx:
                w.writerow([rows[i]["text"], rows[i]["category"]])
        print(f"{out / f'{name}.csv'}: {len(idx)} rows")


if __name__ == "__main__":
    main()
