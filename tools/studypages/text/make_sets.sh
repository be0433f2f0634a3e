#!/bin/sh
# Draws the held-out text-PDF sets: S (study, pool S, seeds 601-624), J (judge, pool J, seeds 701-716)
# S2 (a second study set: pool S prose in new layouts, seeds 625-648), S3 (a third study set:
# the new prose pool T in new layouts, seeds 649-672), S4 (a held-out check nobody studies:
# a fourth prose pool U in new layouts, seeds 673-696), S5 (the next held-out check: a fifth
# prose pool V in new layouts, seeds 721-744; 697-720 are skipped so no seed repeats J's 701-716),
# S6 (the held-out check after it: a sixth prose pool W in new layouts, seeds 745-768), S7 (the
# unseen judge after it: a seventh prose pool X in new layouts, seeds 769-792), S8 (the next
# unseen judge: an eighth prose pool Y in new layouts, seeds 793-816), S9 (the judge after it:
# a ninth prose pool Z in new layouts, seeds 817-840), S10 (the judge after S9: a tenth prose
# pool A in new layouts, seeds 841-864), S11 (the judge after S10: an eleventh prose pool B in
# new layouts, seeds 865-888) and S12 (a study set, read once unseen: a twelfth prose pool C in new
# layouts, seeds 889-912).
# Same seeds give byte-identical files. Usage: sh make_sets.sh [OUTROOT]   (default /work/heldout/text)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-/work/heldout/.venv/bin/python}
OUT=${1:-/work/heldout/text}
mkdir -p "$OUT/S" "$OUT/J" "$OUT/S2" "$OUT/S3" "$OUT/S4" "$OUT/S5" "$OUT/S6" "$OUT/S7" "$OUT/S8" "$OUT/S9" "$OUT/S10" "$OUT/S11" "$OUT/S12"
gen() { "$PY" "$HERE/gen.py" --pool "$1" --lang "$2" --seed "$3" --out "$OUT/${4:-$1}"; }
(for s in $(seq 601 612); do gen S zh $s; done; for s in $(seq 701 708); do gen J zh $s; done; for s in $(seq 625 636); do gen S zh $s S2; done; for s in $(seq 649 660); do gen T zh $s S3; done; for s in $(seq 673 684); do gen U zh $s S4; done; for s in $(seq 721 732); do gen V zh $s S5; done; for s in $(seq 745 756); do gen W zh $s S6; done; for s in $(seq 769 780); do gen X zh $s S7; done; for s in $(seq 793 804); do gen Y zh $s S8; done; for s in $(seq 817 828); do gen Z zh $s S9; done; for s in $(seq 841 852); do gen A zh $s S10; done; for s in $(seq 865 876); do gen B zh $s S11; done; for s in $(seq 889 900); do gen C zh $s S12; done) &
(for s in $(seq 613 624); do gen S en $s; done; for s in $(seq 709 716); do gen J en $s; done; for s in $(seq 637 648); do gen S en $s S2; done; for s in $(seq 661 672); do gen T en $s S3; done; for s in $(seq 685 696); do gen U en $s S4; done; for s in $(seq 733 744); do gen V en $s S5; done; for s in $(seq 757 768); do gen W en $s S6; done; for s in $(seq 781 792); do gen X en $s S7; done; for s in $(seq 805 816); do gen Y en $s S8; done; for s in $(seq 829 840); do gen Z en $s S9; done; for s in $(seq 853 864); do gen A en $s S10; done; for s in $(seq 877 888); do gen B en $s S11; done; for s in $(seq 901 912); do gen C en $s S12; done) &
wait
n=$(ls "$OUT"/S/*.truth.json "$OUT"/J/*.truth.json "$OUT"/S2/*.truth.json "$OUT"/S3/*.truth.json "$OUT"/S4/*.truth.json "$OUT"/S5/*.truth.json "$OUT"/S6/*.truth.json "$OUT"/S7/*.truth.json "$OUT"/S8/*.truth.json "$OUT"/S9/*.truth.json "$OUT"/S10/*.truth.json "$OUT"/S11/*.truth.json "$OUT"/S12/*.truth.json | wc -l)
test "$n" -eq 304 || { echo "make_sets: expected 304 pages, got $n" >&2; exit 1; }
echo "make_sets: 304 pages in $OUT/S, $OUT/J, $OUT/S2, $OUT/S3, $OUT/S4, $OUT/S5, $OUT/S6, $OUT/S7, $OUT/S8, $OUT/S9, $OUT/S10, $OUT/S11 and $OUT/S12" >&2
