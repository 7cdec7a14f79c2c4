"""Compare article pairs on Spark with `claimdiff batch --stdin`.

Each Spark partition streams its pairs, one JSON object per line, through a claimdiff process
(`RDD.pipe`) and gets one JSON result per line back, in the same order. The pairs travel inline
(`source_text`, `target_text`), so executors need the claimdiff binary but no shared file system.

    python3 docs/pyspark_example.py --claimdiff .build/release/claimdiff \
        --documents ../shared/corpora/ntrex128-en-it/documents --out results.jsonl

Runs on a laptop with `pip install pyspark` and Java 17; on a cluster, ship the binary to the
executors (for example with `spark-submit --files`) and point --claimdiff at it.
"""

import argparse
import json
import os
import shlex

from pyspark.sql import SparkSession


def pairs(documents):
    """One manifest record per article pair: a folder holding en.txt and it.txt."""
    for name in sorted(os.listdir(documents)):
        folder = os.path.join(documents, name)
        try:
            with open(os.path.join(folder, "en.txt"), encoding="utf-8") as en, \
                 open(os.path.join(folder, "it.txt"), encoding="utf-8") as it:
                yield {"id": name, "source_text": en.read(), "target_text": it.read(),
                       "source_lang": "en", "target_lang": "it"}
        except OSError:
            continue


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claimdiff", required=True, help="path of the claimdiff executable")
    parser.add_argument("--documents", required=True, help="folder of NAME/en.txt + NAME/it.txt")
    parser.add_argument("--out", required=True, help="where to write the JSON Lines results")
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()

    spark = (SparkSession.builder.master("local[2]").appName("claimdiff")
             .config("spark.ui.enabled", "false").getOrCreate())
    lines = [json.dumps(pair, ensure_ascii=False) for pair in pairs(args.documents)]
    command = shlex.join([os.path.abspath(args.claimdiff), "batch", "--stdin", "--jobs", "1", "--no-progress"])
    results = (spark.sparkContext.parallelize(lines, args.partitions)
               .pipe(command)            # one result line per input line, in order
               .map(json.loads)
               .collect())
    spark.stop()

    with open(args.out, "w", encoding="utf-8") as out:
        for record in results:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    failed = sum(record["status"] == "error" for record in results)
    findings = sum(len(record["findings"]) for record in results)
    print(f"{len(results)} pairs, {failed} could not be compared, {findings} findings -> {args.out}")


if __name__ == "__main__":
    main()
