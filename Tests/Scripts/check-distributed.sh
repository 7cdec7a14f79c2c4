#!/usr/bin/env bash
# Runs docs/pyspark_example.py on the NTREX documents and checks that its results equal a
# single-machine `claimdiff batch` over the same pairs: every field but the timing and the input
# line number, which in a stream counts lines within one Spark partition.
#   bash Tests/Scripts/check-distributed.sh
# Skips cleanly without ../shared, pyspark or Java.
set -euo pipefail
cd "$(dirname "$0")/../.."
documents="../shared/corpora/ntrex128-en-it/documents"
if [ ! -d "$documents" ]; then echo "check-distributed: $documents not found; skipped"; exit 0; fi
if ! python3 -c "import pyspark" 2>/dev/null; then echo "check-distributed: pyspark not installed (pip install pyspark); skipped"; exit 0; fi
if ! command -v java >/dev/null; then echo "check-distributed: Java not found (Spark needs Java 17); skipped"; exit 0; fi

swift build -c release -q --product claimdiff
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 docs/pyspark_example.py --claimdiff .build/release/claimdiff --documents "$documents" --out "$work/spark.jsonl" 2>"$work/spark.log" \
  || { tail -20 "$work/spark.log"; exit 1; }

# The same pairs, inline, through one local batch.
python3 - "$documents" > "$work/pairs.jsonl" <<'PY'
import json, os, sys
root = sys.argv[1]
for name in sorted(os.listdir(root)):
    folder = os.path.join(root, name)
    try:
        en = open(os.path.join(folder, "en.txt"), encoding="utf-8").read()
        it = open(os.path.join(folder, "it.txt"), encoding="utf-8").read()
    except OSError:
        continue
    print(json.dumps({"id": name, "source_text": en, "target_text": it, "source_lang": "en", "target_lang": "it"}, ensure_ascii=False))
PY
.build/release/claimdiff batch --stdin --no-progress < "$work/pairs.jsonl" > "$work/local.jsonl"

python3 - "$work/spark.jsonl" "$work/local.jsonl" <<'PY'
import json, sys
def load(path):
    records = [json.loads(line) for line in open(path, encoding="utf-8")]
    for record in records:
        record.pop("elapsed", None)
        record.pop("line", None)
    return records
spark, local = load(sys.argv[1]), load(sys.argv[2])
assert len(spark) == len(local), f"{len(spark)} records from Spark, {len(local)} locally"
differing = [a["id"] for a, b in zip(spark, local) if a != b]
assert not differing, f"records differ for {differing[:5]}"
findings = sum(len(r["findings"]) for r in spark)
print(f"check-distributed: {len(spark)} pairs, {findings} findings; Spark and the local batch agree on every record")
PY
