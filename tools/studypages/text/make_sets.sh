#!/bin/sh
# Draws the held-out text-PDF sets: S (study, pool S, seeds 601-624), J (judge, pool J, seeds 701-716)
# S2 (a second study set: pool S prose in new layouts, seeds 625-648) and S3 (a third study set:
# the new prose pool T in new layouts, seeds 649-672).
# Same seeds give byte-identical files. Usage: sh make_sets.sh [OUTROOT]   (default /work/heldout/text)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-/work/heldout/.venv/bin/python}
OUT=${1:-/work/heldout/text}
mkdir -p "$OUT/S" "$OUT/J" "$OUT/S2" "$OUT/S3"
gen() { "$PY" "$HERE/gen.py" --pool "$1" --lang "$2" --seed "$3" --out "$OUT/${4:-$1}"; }
(for s in $(seq 601 612); do gen S zh $s; done; for s in $(seq 701 708); do gen J zh $s; done; for s in $(seq 625 636); do gen S zh $s S2; done; for s in $(seq 649 660); do gen T zh $s S3; done) &
(for s in $(seq 613 624); do gen S en $s; done; for s in $(seq 709 716); do gen J en $s; done; for s in $(seq 637 648); do gen S en $s S2; done; for s in $(seq 661 672); do gen T en $s S3; done) &
wait
n=$(ls "$OUT"/S/*.truth.json "$OUT"/J/*.truth.json "$OUT"/S2/*.truth.json "$OUT"/S3/*.truth.json | wc -l)
test "$n" -eq 88 || { echo "make_sets: expected 88 pages, got $n" >&2; exit 1; }
echo "make_sets: 88 pages in $OUT/S, $OUT/J, $OUT/S2 and $OUT/S3" >&2
