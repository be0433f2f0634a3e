#!/bin/sh
# Regenerate the held-out scan sets: S (study, seeds 801-812), J (judge, seeds 901-908),
# S2 (a second study set: pool S prose in new layouts, seeds 813-824), S3 (a third study set:
# the new prose pool T in new layouts, seeds 825-836), S4 (a held-out check nobody studies:
# a fourth prose pool U in new layouts, seeds 837-848), S5 (the next held-out check: a fifth
# prose pool V in new layouts, seeds 849-860), S6 (the held-out check after it: a sixth prose
# pool W in new layouts, seeds 861-872), S7 (the unseen judge after it: a seventh prose pool X
# in new layouts, seeds 873-884), S8 (the next unseen judge: an eighth prose pool Y in new
# layouts, seeds 885-896), S9 (the judge after it: a ninth prose pool Z in new layouts, seeds
# 909-920; 897-908 are skipped so no seed repeats J's 901-908) and S10 (the judge after S9: a
# tenth prose pool A in new layouts, seeds 921-932), Y2 (a study set drawn as S8: pool Y,
# seeds 961, 963, 966, 969 zh + 961, 966, 970, 973 en, the pool's narrowest gutters), S11
# (the judge after S10: an eleventh prose pool B in new layouts, seeds 933-944), N3 (a
# study set drawn at the narrowest gutters of pools T, U, V, W: zh T 1119, 1117 + U 1122,
# 1104, en V 1123, 1110 + W 1135, 1122; replayed draws of seeds 1101-1140, none/light pages,
# gutter 26 px, most columns first) and S12 (a study set, read once unseen: a twelfth prose pool
# C in new layouts, seeds 945-950 zh + 951-956 en). 168 pages in all.
# Usage: sh make_sets.sh [OUTROOT]   (default /work/heldout/scans)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PY:-/work/heldout/scanvenv/bin/python}
ROOT=${1:-/work/heldout/scans}
mkdir -p "$ROOT/S" "$ROOT/J" "$ROOT/S2" "$ROOT/S3" "$ROOT/S4" "$ROOT/S5" "$ROOT/S6" "$ROOT/S7" "$ROOT/S8" "$ROOT/S9" \
  "$ROOT/S10" "$ROOT/Y2" "$ROOT/S11" "$ROOT/N3" "$ROOT/S12"
for s in 801 802 803 804 805 806; do "$PY" "$HERE/gen.py" --pool S --lang zh --seed $s --out "$ROOT/S"; done
for s in 807 808 809 810 811 812; do "$PY" "$HERE/gen.py" --pool S --lang en --seed $s --out "$ROOT/S"; done
for s in 901 902 903 904; do "$PY" "$HERE/gen.py" --pool J --lang zh --seed $s --out "$ROOT/J"; done
for s in 905 906 907 908; do "$PY" "$HERE/gen.py" --pool J --lang en --seed $s --out "$ROOT/J"; done
for s in 813 814 815 816 817 818; do "$PY" "$HERE/gen.py" --pool S --lang zh --seed $s --out "$ROOT/S2"; done
for s in 819 820 821 822 823 824; do "$PY" "$HERE/gen.py" --pool S --lang en --seed $s --out "$ROOT/S2"; done
for s in 825 826 827 828 829 830; do "$PY" "$HERE/gen.py" --pool T --lang zh --seed $s --out "$ROOT/S3"; done
for s in 831 832 833 834 835 836; do "$PY" "$HERE/gen.py" --pool T --lang en --seed $s --out "$ROOT/S3"; done
for s in 837 838 839 840 841 842; do "$PY" "$HERE/gen.py" --pool U --lang zh --seed $s --out "$ROOT/S4"; done
for s in 843 844 845 846 847 848; do "$PY" "$HERE/gen.py" --pool U --lang en --seed $s --out "$ROOT/S4"; done
for s in 849 850 851 852 853 854; do "$PY" "$HERE/gen.py" --pool V --lang zh --seed $s --out "$ROOT/S5"; done
for s in 855 856 857 858 859 860; do "$PY" "$HERE/gen.py" --pool V --lang en --seed $s --out "$ROOT/S5"; done
for s in 861 862 863 864 865 866; do "$PY" "$HERE/gen.py" --pool W --lang zh --seed $s --out "$ROOT/S6"; done
for s in 867 868 869 870 871 872; do "$PY" "$HERE/gen.py" --pool W --lang en --seed $s --out "$ROOT/S6"; done
for s in 873 874 875 876 877 878; do "$PY" "$HERE/gen.py" --pool X --lang zh --seed $s --out "$ROOT/S7"; done
for s in 879 880 881 882 883 884; do "$PY" "$HERE/gen.py" --pool X --lang en --seed $s --out "$ROOT/S7"; done
for s in 885 886 887 888 889 890; do "$PY" "$HERE/gen.py" --pool Y --lang zh --seed $s --out "$ROOT/S8"; done
for s in 891 892 893 894 895 896; do "$PY" "$HERE/gen.py" --pool Y --lang en --seed $s --out "$ROOT/S8"; done
for s in 909 910 911 912 913 914; do "$PY" "$HERE/gen.py" --pool Z --lang zh --seed $s --out "$ROOT/S9"; done
for s in 915 916 917 918 919 920; do "$PY" "$HERE/gen.py" --pool Z --lang en --seed $s --out "$ROOT/S9"; done
for s in 921 922 923 924 925 926; do "$PY" "$HERE/gen.py" --pool A --lang zh --seed $s --out "$ROOT/S10"; done
for s in 927 928 929 930 931 932; do "$PY" "$HERE/gen.py" --pool A --lang en --seed $s --out "$ROOT/S10"; done
for s in 961 963 966 969; do "$PY" "$HERE/gen.py" --pool Y --lang zh --seed $s --out "$ROOT/Y2"; done
for s in 961 966 970 973; do "$PY" "$HERE/gen.py" --pool Y --lang en --seed $s --out "$ROOT/Y2"; done
for s in 933 934 935 936 937 938; do "$PY" "$HERE/gen.py" --pool B --lang zh --seed $s --out "$ROOT/S11"; done
for s in 939 940 941 942 943 944; do "$PY" "$HERE/gen.py" --pool B --lang en --seed $s --out "$ROOT/S11"; done
for s in 1119 1117; do "$PY" "$HERE/gen.py" --pool T --lang zh --seed $s --out "$ROOT/N3"; done
for s in 1122 1104; do "$PY" "$HERE/gen.py" --pool U --lang zh --seed $s --out "$ROOT/N3"; done
for s in 1123 1110; do "$PY" "$HERE/gen.py" --pool V --lang en --seed $s --out "$ROOT/N3"; done
for s in 1135 1122; do "$PY" "$HERE/gen.py" --pool W --lang en --seed $s --out "$ROOT/N3"; done
for s in 945 946 947 948 949 950; do "$PY" "$HERE/gen.py" --pool C --lang zh --seed $s --out "$ROOT/S12"; done
for s in 951 952 953 954 955 956; do "$PY" "$HERE/gen.py" --pool C --lang en --seed $s --out "$ROOT/S12"; done
