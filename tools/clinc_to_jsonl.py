"""Turn CLINC150's `train_val.json` (dict of [text, label] lists) into JSONL for `warmline eval intents`.

    python tools/clinc_to_jsonl.py ../shared/data/clinc150/train_val.json --out /tmp/clinc \
        --train train,oos_train,oos_plus_train --test val,oos_val
    warmline eval intents --train /tmp/clinc/train.jsonl --test /tmp/clinc/test.jsonl --json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("--out", required=True)
    ap.add_argument("--train", default="train,oos_train,oos_plus_train")
    ap.add_argument("--test", default="val,oos_val")
    args = ap.parse_args()
    data = json.loads(Path(args.source).read_text(encoding="utf-8"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, keys in (("train", args.train), ("test", args.test)):
        n = 0
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for key in filter(None, keys.split(",")):
                if key not in data:
                    raise SystemExit(f"{args.source}: no split {key!r} (have: {', '.join(data)})")
                for text, label in data[key]:
                    fh.write(json.dumps({"text": text, "label": label}) + "\n")
                    n += 1
        print(f"{out / f'{name}.jsonl'}: {n} rows")


if __name__ == "__main__":
    main()
