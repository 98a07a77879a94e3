#!/usr/bin/env bash
# Regenerates the generated text-normalisation data from its sources:
#   src/Mizan.Core/Text/Normalization/GeneratedFoldData.cs      letter folds, rasm classes, confusables
#   src/Mizan.Core/Text/Background/Resources/quran-uthmani.txt.gz the built-in background corpus
# Needs node and npm (the npm registry); the Arabic TSVs default to the shared design data beside the repository.
# Usage: bash tools/text-tables/generate.sh [arabic-tsv-dir]
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
arabic_dir="${1:-$repo/../shared/data/arabic}"
here="$repo/tools/text-tables"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-save --ignore-scripts --no-audit --no-fund \
  unhomoglyph@1.0.6 quran-json@3.1.2 >/dev/null)

mkdir -p "$repo/src/Mizan.Core/Text/Normalization"
node "$here/generate-fold-data.mjs" "$arabic_dir" "$work/node_modules/unhomoglyph/data.json" \
  "$repo/src/Mizan.Core/Text/Normalization/GeneratedFoldData.cs"
mkdir -p "$repo/src/Mizan.Core/Text/Background/Resources"
node "$here/generate-quran.mjs" "$work/node_modules/quran-json" \
  "$repo/src/Mizan.Core/Text/Background/Resources/quran-uthmani.txt.gz"
