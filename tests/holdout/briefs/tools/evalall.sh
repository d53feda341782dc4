#!/bin/bash
# evalall.sh TAG [DOCS GOLD [CODE]]: parse the held-out plans (or DOCS) with the code of this
# checkout (or of the checkout CODE, e.g. a git worktree of an older commit) into /tmp/ev_TAG,
# write the scores and every miss to /tmp/ev_TAG.txt, and print the scores.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
TAG=$1
DOCS=${2:-$ROOT/tests/holdout/docs}
GOLD=${3:-$ROOT/tests/holdout/gold}
CODE=${4:-$ROOT}
rm -rf "/tmp/ev_$TAG"
(cd "$CODE" && "$ROOT/.venv/bin/python" -m pipeline.cli parse "$DOCS" --out "/tmp/ev_$TAG" --jobs 2 --full > /dev/null 2>&1)
"$ROOT/.venv/bin/python" -m pipeline.cli eval --gold "$GOLD" --parsed "/tmp/ev_$TAG" --misses > "/tmp/ev_$TAG.txt"
sed -n '1,/^$/p' "/tmp/ev_$TAG.txt" | head -12
