#!/usr/bin/env bash
# Shows what a change to the engine changes in its findings on every corpus of ../shared: the
# 82 NTREX documents, the cases inject.py makes from them, the FLORES-200 devtest documents and
# the WMT09 sentence pairs (4,023 article pairs in all), and on the europol-2017 fixture, text
# and HTML. Each binary compares them all with
# `claimdiff batch`; the findings that differ are printed pair by pair, and the warnings and
# errors counted per corpus. A speed change should print none; a rule change shows its gains
# and its new false alarms.
#   bash Tests/Scripts/findings-diff.sh OLD_CLAIMDIFF NEW_CLAIMDIFF
# (for instance the release binary of a `git worktree` of main, and .build/release/claimdiff).
# Skips cleanly without ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="../shared"
if [ ! -d "$shared/corpora/ntrex128-en-it" ]; then echo "findings-diff: $shared/corpora not found; skipped"; exit 0; fi
if [ $# -ne 2 ] || [ ! -x "$1" ] || [ ! -x "$2" ]; then
  echo "findings-diff: give two claimdiff binaries: OLD NEW" >&2
  exit 2
fi
old="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
new="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$shared/tools/inject.py" "$shared/corpora/ntrex128-en-it/documents" "$work/injected" > /dev/null
mkdir -p "$work/fixture"
for ext in txt html; do
  cp Fixtures/europol-2017/en.$ext "$work/fixture/europol-$ext.en.$ext"
  cp Fixtures/europol-2017/it.$ext "$work/fixture/europol-$ext.it.$ext"
done
python3 - "$shared/corpora" "$work" <<'PY'
import collections, os, sys
corpora, work = sys.argv[1], sys.argv[2]
def write(folder, name, en, it):
    os.makedirs(folder, exist_ok=True)
    open(f"{folder}/{name}.en.txt", "w", encoding="utf-8").write(en)
    open(f"{folder}/{name}.it.txt", "w", encoding="utf-8").write(it)
documents = f"{corpora}/ntrex128-en-it/documents"
for name in sorted(os.listdir(documents)):
    write(f"{work}/ntrex", name, open(f"{documents}/{name}/en.txt", encoding="utf-8").read(), open(f"{documents}/{name}/it.txt", encoding="utf-8").read())
for name in sorted(os.listdir(f"{work}/injected")):
    case = f"{work}/injected/{name}"
    if os.path.exists(f"{case}/en.txt"):
        write(f"{work}/inject", name, open(f"{case}/en.txt", encoding="utf-8").read(), open(f"{case}/it.txt", encoding="utf-8").read())
flores = f"{corpora}/flores200-devtest-en-it"
urls = [line.split("\t")[0] for line in open(f"{flores}/metadata.tsv", encoding="utf-8")]
pairs = [line.rstrip("\n").split("\t") for line in open(f"{flores}/pairs.tsv", encoding="utf-8")]
docs = collections.OrderedDict()
for url, pair in zip(urls, pairs): docs.setdefault(url, []).append(pair)
for number, sentences in enumerate(docs.values()):
    write(f"{work}/flores", f"d{number:03}", "\n".join(e for e, _ in sentences) + "\n", "\n".join(i for _, i in sentences) + "\n")
number = 0
for file in ["newstest2009.pairs.tsv", "newssyscomb2009.pairs.tsv"]:
    for line in open(f"{corpora}/wmt09-newstest-en-it/{file}", encoding="utf-8"):
        en, it = line.rstrip("\n").split("\t")
        write(f"{work}/wmt", f"p{number:04}", en + "\n", it + "\n")
        number += 1
PY

for corpus in fixture ntrex inject flores wmt; do
  "$old" batch "$work/$corpus" --format jsonl --output "$work/$corpus.old.jsonl" > /dev/null 2>&1 || true
  "$new" batch "$work/$corpus" --format jsonl --output "$work/$corpus.new.jsonl" > /dev/null 2>&1 || true
done

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def load(path):
    records = {}
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        records[record["id"]] = {(f["rule"], f["severity"], f["message"]) for f in record.get("findings", [])}
    return records
for corpus in ["fixture", "ntrex", "inject", "flores", "wmt"]:
    old, new = load(f"{work}/{corpus}.old.jsonl"), load(f"{work}/{corpus}.new.jsonl")
    serious = lambda records: sum(1 for findings in records.values() for f in findings if f[1] in ("warning", "error"))
    print(f"## {corpus}: {len(new)} pairs, warnings and errors {serious(old)} -> {serious(new)}")
    for name in sorted(set(old) | set(new)):
        gone, came = old.get(name, set()) - new.get(name, set()), new.get(name, set()) - old.get(name, set())
        if not gone and not came: continue
        print(f"  {name}")
        for rule, severity, message in sorted(gone): print(f"    - {rule} ({severity}) {message[:200]}")
        for rule, severity, message in sorted(came): print(f"    + {rule} ({severity}) {message[:200]}")
PY
