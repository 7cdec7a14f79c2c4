#!/usr/bin/env bash
# Counts the warnings and errors claimdiff raises on faithful translations it was never tuned
# on: the FLORES-200 devtest documents (English originals, professional Italian translations;
# 281 documents, 1,012 sentence pairs), each document's sentences joined into one paragraph,
# and, with --wmt, the WMT09 newstest and syscomb sentence pairs one pair at a time. Prints the
# findings per 100 sentence pairs, by rule. Every such finding is a false alarm or a real
# translation error; read them with --show RULE.
#   bash Tests/Scripts/faithful-flores.sh [--wmt] [--show RULE]
# Skips cleanly without ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
flores="../shared/corpora/flores200-devtest-en-it"
wmt="../shared/corpora/wmt09-newstest-en-it"
if [ ! -d "$flores" ]; then echo "faithful-flores: $flores not found; skipped"; exit 0; fi
with_wmt=0; show=""
while [ $# -gt 0 ]; do
  case "$1" in
    --wmt) with_wmt=1 ;;
    --show) show="$2"; shift ;;
    *) echo "faithful-flores: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

swift build -c release -q --product claimdiff
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$flores" "$wmt" "$with_wmt" "$work" <<'PY'
import collections, os, sys
flores, wmt, with_wmt, work = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4]
def write(folder, name, en, it):
    os.makedirs(folder, exist_ok=True)
    open(os.path.join(folder, name + ".en.txt"), "w", encoding="utf-8").write(en + "\n")
    open(os.path.join(folder, name + ".it.txt"), "w", encoding="utf-8").write(it + "\n")
ids = [line.strip() for line in open(os.path.join(flores, "doc_ids.txt"), encoding="utf-8")]
pairs = [line.rstrip("\n").split("\t") for line in open(os.path.join(flores, "pairs.tsv"), encoding="utf-8")]
documents = collections.OrderedDict()
for doc, pair in zip(ids, pairs):
    documents.setdefault(doc, []).append(pair)
for number, sentences in enumerate(documents.values()):
    write(os.path.join(work, "flores"), "flores%03d" % number, " ".join(p[0] for p in sentences), " ".join(p[1] for p in sentences))
open(os.path.join(work, "flores.count"), "w").write(str(len(pairs)))
if with_wmt and os.path.isdir(wmt):
    count = 0
    for file in ("newstest2009.pairs.tsv", "newssyscomb2009.pairs.tsv"):
        for number, line in enumerate(open(os.path.join(wmt, file), encoding="utf-8")):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and parts[0].strip() and parts[1].strip():
                write(os.path.join(work, "wmt"), "%s%04d" % (file[:8], number), parts[0], parts[1])
                count += 1
    open(os.path.join(work, "wmt.count"), "w").write(str(count))
PY

for corpus in flores wmt; do
  [ -d "$work/$corpus" ] || continue
  .build/release/claimdiff batch "$work/$corpus" --output "$work/$corpus.jsonl" --no-progress || true
  python3 - "$work/$corpus.jsonl" "$(cat "$work/$corpus.count")" "$corpus" "$show" "$work/$corpus" <<'PY'
import collections, json, sys
path, pairs, corpus, show, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
by_rule = collections.Counter()
errors = 0
for line in open(path, encoding="utf-8"):
    record = json.loads(line)
    if record.get("status") != "ok":
        errors += 1
        continue
    for finding in record["findings"]:
        if finding["severity"] not in ("warning", "error"):
            continue
        by_rule[finding["rule"]] += 1
        if show and finding["rule"] == show:
            print("## %s: %s" % (record["id"], finding["message"]))
            # The sentences the finding points at, read from the pair's files.
            for side, language in (("source", "en"), ("target", "it")):
                evidence = finding.get(side)
                if evidence and "start" in evidence:
                    text = open("%s/%s.%s.txt" % (folder, record["id"], language), encoding="utf-8").read()
                    start, end = evidence["start"], evidence["end"]
                    stop = text.rfind(". ", 0, start)
                    left = max(stop + 2 if stop >= 0 else 0, start - 200)
                    right = text.find(". ", end)
                    right = len(text) if right < 0 else min(right + 1, end + 200)
                    print("   %s: %s" % (language, text[left:right].strip()))
total = sum(by_rule.values())
print("%s: %d sentence pairs, %d warnings or errors, %.2f per 100 sentence pairs; pairs not compared: %d" % (corpus, pairs, total, 100.0 * total / pairs, errors))
for rule, count in by_rule.most_common():
    print("  %-26s %4d  %.2f per 100" % (rule, count, 100.0 * count / pairs))
PY
done
