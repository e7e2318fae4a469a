#!/usr/bin/env bash
# --shard K/N and merge-reports (docs/behaviour.md §12) on a generated tree:
# the four shards' reports partition the files (every file read, changed or
# skipped in exactly one shard), and merge-reports of them equals the
# unsharded report: files with their edits and findings, summary counts,
# skipped files, action items; the merged SARIF equals the unsharded SARIF.
#   shard_merge.sh HOLYMIGRATE CORPUS_DIR
set -euo pipefail
hm=$1 corpus=$2
tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT
cd "$corpus"
run() { "$hm" --no-ignore -j2 "$@" . 2>/dev/null || [[ $? == 1 ]]; }
for k in 1 2 3 4; do run --check --format json --shard "$k/4" >"$tmp/$k.json"; done
run --check --format json >"$tmp/all.json"
run --check --format sarif >"$tmp/all.sarif"
"$hm" merge-reports "$tmp"/[1-4].json >"$tmp/merged.json"
"$hm" merge-reports "$tmp"/[1-4].json --format sarif >"$tmp/merged.sarif"
python3 - "$tmp" <<'PY'
import json, sys
t = sys.argv[1]
load = lambda name: json.load(open(f"{t}/{name}"))
shards = [load(f"{k}.json") for k in range(1, 5)]
whole, merged = load("all.json"), load("merged.json")
# A partition: each file with a result, and each skipped file, in one shard.
paths = [f["path"] for s in shards for f in s["files"]]
assert len(paths) == len(set(paths)), "a file is reported by two shards"
assert sorted(paths) == sorted(f["path"] for f in whole["files"]), "shards miss or add files"
skipped = [f["path"] for s in shards for f in s["skipped"]]
assert sorted(skipped) == sorted(f["path"] for f in whole["skipped"]), "skipped files differ"
assert sum(s["summary"]["files_read"] for s in shards) == whole["summary"]["files_read"]
assert all(s["summary"]["files_read"] > 0 for s in shards), "an empty shard proves nothing"
assert len(whole["files"]) > 10, "a corpus without results proves nothing"
# The merge equals the unsharded run.
assert merged["files"] == whole["files"], "merged files, edits or findings differ"
for d in (merged, whole):
    del d["summary"]["elapsed_seconds"]
for key in ("summary", "skipped", "actions", "errors", "mode"):
    assert merged[key] == whole[key], key + " differs"
assert load("merged.sarif")["runs"][0]["results"] == load("all.sarif")["runs"][0]["results"]
print(f"{len(whole['files'])} files with results, {whole['summary']['files_read']} read: "
      "4 shards partition them; the merged JSON and SARIF equal the unsharded ones")
PY
