#!/bin/sh
# Times the whole `cvpdf render` process beside `typst compile` on the same
# template and data, in paired runs, and checks the budgets of README:
#   cvpdf's median <= 50 ms, <= 0.9 x typst (median of the per-pair ratios),
#   peak RSS <= 64 MiB.
# The typst CLI is installed from crates.io on first use (a long build) into
# $CVPDF_BENCH_TOOLS (default ~/.cache/cvpdf-bench). Run through `make bench`.
# PROFILE=dist times the `dist` build (whole-program optimisation), the
# binary to hand out; the default is the everyday `release` build.
set -eu

runs=${RUNS:-31}
typst_version=0.15.1
target=${CARGO_TARGET_DIR:-target}
tools=${CVPDF_BENCH_TOOLS:-$HOME/.cache/cvpdf-bench}
profile=${PROFILE:-release}
cvpdf=$target/$profile/cvpdf
typst=$tools/bin/typst

cargo build --profile "$profile" --locked --quiet --bin cvpdf
if ! "$typst" --version 2>/dev/null | grep -q " $typst_version"; then
    cargo install typst-cli --version "$typst_version" --locked --root "$tools"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
# What typst compiles: the same template tree cvpdf embeds, the data as
# cvpdf hands it over (`cvpdf data`), the photo where the template looks.
cp -R typst "$work/typst"
"$cvpdf" data tests/fixtures/owner/cv.yaml -o "$work/typst/print/cv.json"
mkdir -p "$work/typst/.cvpdf"
cp tests/fixtures/owner/photo.jpg "$work/typst/.cvpdf/photo"

run_cvpdf() { "$cvpdf" render tests/fixtures/owner/cv.yaml -q -o "$work/cvpdf.pdf"; }
run_typst() {
    "$typst" compile --root "$work/typst" --font-path fonts --ignore-system-fonts \
        --creation-timestamp 1770508800 "$work/typst/print/main.typ" "$work/typst.pdf"
}

# Microseconds of wall time of one run of "$@".
wall() {
    start=$(date +%s%N)
    "$@"
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

run_cvpdf && run_typst # warm the page cache
: >"$work/cvpdf.times"
: >"$work/typst.times"
i=0
while [ "$i" -lt "$runs" ]; do
    # Paired: each round runs both, in alternating order, so drift in the
    # machine's load hits both alike.
    if [ $((i % 2)) -eq 0 ]; then
        wall run_cvpdf >>"$work/cvpdf.times"
        wall run_typst >>"$work/typst.times"
    else
        wall run_typst >>"$work/typst.times"
        wall run_cvpdf >>"$work/cvpdf.times"
    fi
    i=$((i + 1))
done

cvpdf_us=$(median <"$work/cvpdf.times")
typst_us=$(median <"$work/typst.times")
# The machine's speed drifts within seconds; the ratio inside each pair
# cancels the drift that the ratio of the two medians keeps.
pair_ratio=$(paste "$work/cvpdf.times" "$work/typst.times" | awk '{ printf "%d\n", $1 * 1000 / $2 }' | median)
rss_kb=$(/usr/bin/time -f %M "$cvpdf" render tests/fixtures/owner/cv.yaml -q -o "$work/cvpdf.pdf" 2>&1 >/dev/null | tail -n 1)
typst_rss_kb=$( (/usr/bin/time -f %M "$typst" compile --root "$work/typst" --font-path fonts --ignore-system-fonts \
    "$work/typst/print/main.typ" "$work/typst.pdf") 2>&1 >/dev/null | tail -n 1)

echo "runs:            $runs paired"
echo "cvpdf render:    ($profile) median $((cvpdf_us / 1000)).$(((cvpdf_us % 1000) / 100)) ms, peak RSS $((rss_kb / 1024)) MiB, $(wc -c <"$work/cvpdf.pdf") bytes"
echo "typst compile:   median $((typst_us / 1000)).$(((typst_us % 1000) / 100)) ms, peak RSS $((typst_rss_kb / 1024)) MiB, $(wc -c <"$work/typst.pdf") bytes"
echo "ratio:           $(awk "BEGIN { printf \"%.3f\", $pair_ratio / 1000 }") (median of the per-pair ratios cvpdf / typst; of the medians: $(awk "BEGIN { printf \"%.3f\", $cvpdf_us / $typst_us }"))"

status=0
check() { # name, value, limit, unit
    if [ "$2" -le "$3" ]; then echo "ok    $1: $2 <= $3 $4"; else echo "OVER  $1: $2 > $3 $4"; status=1; fi
}
check "median render" "$cvpdf_us" 50000 µs
check "ratio to typst" "$pair_ratio" 900 ‰
check "peak memory" "$rss_kb" 65536 KiB
exit $status
