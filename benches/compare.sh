#!/bin/sh
# Times the whole `cvpdf render` process of the test CV in paired runs and
# checks the budgets of docs/performance.md:
#   - each template's render over the floor: the same texts of the same CV
#     as plain paragraphs in Inter 10.5 pt (benches/floor), print <= 1.25 x;
#   - cvpdf <= 0.9 x the typst CLI on the same template and data;
#   - `render --fit 2` <= 1 s; peak RSS of a render <= 48 MiB;
#   - a stray last page pulled back <= 2 × the render as it is (one layout more at most);
#   - a last page that cannot be pulled back, filled instead <= 4 × the render
#     as it is (three layouts more at most: estimate, least spacing, looser);
#   - with DIVAN_OUTPUT (the output of `cargo bench --bench render`), a
#     re-render after an edit inside a job <= 1/4 of a whole render, the
#     live preview's new page image after that edit <= 1/3 of it, and the
#     Word document of a CV as long as the test CV <= 1/4 of that CV's PDF;
#   - `cvpdf ats` on a fictional CV as long as the owner's
#     (tests/fixtures/senior, 25 jobs, 8 pages): the render and the report
#     read back from the PDF <= 2 x the render alone.
# The floor is compiled by the typst CLI 0.15.1 when there is one (on PATH
# or in $CVPDF_BENCH_TOOLS, default ~/.cache/cvpdf-bench), else by cvpdf
# itself through the floor as a custom template; the output says which.
# INSTALL_TYPST=1 installs the typst CLI there first (a build of several
# minutes). Needs jq. Run through `make bench`; PROFILE=dist times the
# `dist` build (whole-program optimisation), the binary to hand out; the
# default is the everyday `release` build. RUNS sets the number of pairs.
set -eu

runs=${RUNS:-21}
typst_version=0.15.1
target=${CARGO_TARGET_DIR:-target}
tools=${CVPDF_BENCH_TOOLS:-$HOME/.cache/cvpdf-bench}
profile=${PROFILE:-release}
cvpdf=$target/$profile/cvpdf
cv=tests/fixtures/long-russian/cv.yaml

cargo build --profile "$profile" --locked --quiet --bin cvpdf
is_typst() { [ -n "$1" ] && "$1" --version 2>/dev/null | grep -q " $typst_version"; }
typst=
for candidate in "$tools/bin/typst" "$(command -v typst || true)"; do
    if is_typst "$candidate"; then typst=$candidate && break; fi
done
if [ -z "$typst" ] && [ "${INSTALL_TYPST:-0}" = 1 ]; then
    cargo install typst-cli --version "$typst_version" --locked --root "$tools"
    typst=$tools/bin/typst
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# What typst compiles: the same template tree cvpdf embeds, the data as
# cvpdf hands it over (`cvpdf data`), the photo where the template looks.
cp -R typst "$work/typst"
"$cvpdf" data "$cv" -o "$work/typst/print/cv.json"
mkdir -p "$work/typst/.cvpdf"
cp tests/fixtures/long-russian/photo.jpg "$work/typst/.cvpdf/photo"

# The floor: the CV's texts, from cvpdf's Markdown of it, as plain
# paragraphs (benches/floor.jq), set by benches/floor/main.typ.
mkdir -p "$work/floor"
cp benches/floor/main.typ "$work/floor/main.typ"
"$cvpdf" render "$cv" --format md --no-photo -q -o "$work/floor/cv.md"
jq -R -s -f benches/floor.jq "$work/floor/cv.md" |
    jq --arg lang "$(jq -r .lang "$work/typst/print/cv.json")" '{lang: $lang, paragraphs: .}' >"$work/floor/floor.json"

run_cvpdf() { "$cvpdf" render "$cv" -t "$1" -q -o "$work/cvpdf.pdf"; }
run_typst() {
    "$typst" compile --root "$work/typst" --font-path fonts --ignore-system-fonts \
        --creation-timestamp 1770508800 "$work/typst/print/main.typ" "$work/typst.pdf"
}
if [ -n "$typst" ]; then
    floor_by="the typst CLI $typst_version"
    run_floor() {
        "$typst" compile --root "$work/floor" --font-path fonts --ignore-system-fonts \
            --creation-timestamp 1770508800 "$work/floor/main.typ" "$work/floor.pdf"
    }
else
    floor_by="cvpdf (no typst CLI $typst_version found; INSTALL_TYPST=1 installs it)"
    run_floor() { "$cvpdf" render "$cv" -t "$work/floor" --no-photo -q -o "$work/floor.pdf"; }
fi

# Microseconds of wall time of one run of "$@".
wall() {
    start=$(date +%s%N)
    "$@"
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { echo "$(($1 / 1000)).$((($1 % 1000) / 100)) ms"; }
permille() { awk "BEGIN { printf \"%.3f\", $1 / 1000 }"; }

# Runs the commands "$1" and "$2" (shell functions with their arguments) in
# $runs pairs, in alternating order so that drift in the machine's load hits
# both alike, into $work/a.times and $work/b.times; prints the median of the
# per-pair ratios a / b in per mille. The machine's speed drifts within
# seconds: the ratio inside each pair cancels the drift that the ratio of
# the two medians keeps.
paired() {
    $1 && $2 # warm the page cache
    : >"$work/a.times"
    : >"$work/b.times"
    i=0
    while [ "$i" -lt "$runs" ]; do
        if [ $((i % 2)) -eq 0 ]; then
            wall $1 >>"$work/a.times"
            wall $2 >>"$work/b.times"
        else
            wall $2 >>"$work/b.times"
            wall $1 >>"$work/a.times"
        fi
        i=$((i + 1))
    done
    paste "$work/a.times" "$work/b.times" | awk '{ printf "%d\n", $1 * 1000 / $2 }' | median
}

status=0
check() { # name, value, limit, unit
    if [ "$2" -le "$3" ]; then echo "ok    $1: $2 <= $3 $4"; else echo "OVER  $1: $2 > $3 $4"; status=1; fi
}

echo "runs:            $runs pairs each, cvpdf $profile build"
echo "floor:           $(jq '.paragraphs | length' "$work/floor/floor.json") plain paragraphs, compiled by $floor_by"
for template in print classic sidebar; do
    ratio=$(paired "run_cvpdf $template" run_floor)
    echo "$template over floor: $(permille "$ratio") (median of per-pair ratios; cvpdf $(ms "$(median <"$work/a.times")"), floor $(ms "$(median <"$work/b.times")"))"
    if [ "$template" = print ]; then print_ratio=$ratio; print_us=$(median <"$work/a.times"); fi
done
if [ -n "$typst" ]; then
    typst_ratio=$(paired "run_cvpdf print" run_typst)
    echo "print over typst: $(permille "$typst_ratio") (the typst CLI on the same template and data: $(ms "$(median <"$work/b.times")"))"
else
    echo "print over typst: not measured, no typst CLI $typst_version"
fi

fit_runs=$(((runs + 3) / 4))
: >"$work/fit.times"
i=0
while [ "$i" -lt "$fit_runs" ]; do
    wall "$cvpdf" render "$cv" --fit 2 -q -o "$work/fit.pdf" >>"$work/fit.times"
    i=$((i + 1))
done
fit_us=$(median <"$work/fit.times")
echo "render --fit 2:  median $(ms "$fit_us") of $fit_runs runs"

# The ATS report renders the CV, then reads the PDF back as a parser does.
long=tests/fixtures/senior/cv.yaml
run_render_long() { "$cvpdf" render "$long" -q -o "$work/long.pdf"; }
run_ats_long() { "$cvpdf" ats "$long" >"$work/ats.txt"; }
ats_ratio=$(paired run_ats_long run_render_long)
echo "ats over render: $(permille "$ats_ratio") (cvpdf ats $(ms "$(median <"$work/a.times")"), render $(ms "$(median <"$work/b.times")") of $long)"

rss_kb=$(/usr/bin/time -f %M "$cvpdf" render "$cv" -q -o "$work/cvpdf.pdf" 2>&1 >/dev/null | tail -n 1)
echo "peak RSS:        $((rss_kb / 1024)) MiB (print, $(wc -c <"$work/cvpdf.pdf") bytes of PDF)"

# divan prints `├─ name  fastest │ slowest │ median │ mean │ samples │ iters`.
divan_median_ns() {
    awk -v name="$2" '$2 == name {
        n = split($0, cells, "│"); split(cells[3], v, " ")
        f = v[2] == "s" ? 1e9 : v[2] == "ms" ? 1e6 : v[2] == "µs" ? 1e3 : 1
        printf "%d\n", v[1] * f }' "$1"
}
# The ratio in per mille of two benchmarks' divan medians: $1 over $2.
divan_ratio() {
    echo $(( $(divan_median_ns "$DIVAN_OUTPUT" "$1") * 1000 / $(divan_median_ns "$DIVAN_OUTPUT" "$2") ))
}
if [ -n "${DIVAN_OUTPUT:-}" ]; then
    watch_ratio=$(divan_ratio rerender_after_an_edit_inside_a_job whole_render)
    echo "watch:           re-render after an edit inside a job $(permille "$watch_ratio") of a whole render (divan medians)"
    docx_ratio=$(divan_ratio docx_of_a_long_cv pdf_of_a_long_cv)
    echo "docx:            the Word document of a long CV $(permille "$docx_ratio") of its PDF (divan medians)"
    serve_ratio=$(divan_ratio serve_after_an_edit_inside_a_job whole_render)
    echo "serve:           save to new page image after an edit inside a job $(permille "$serve_ratio") of a whole render (divan medians)"
    pull_ratio=$(divan_ratio stray_page_pulled_back stray_page_as_is)
    echo "pull back:       a stray last page pulled back $(permille "$pull_ratio") of the render as it is (divan medians)"
    fill_ratio=$(divan_ratio unpullable_page_filled unpullable_page_as_is)
    echo "fill:            a last page that cannot be pulled back, filled $(permille "$fill_ratio") of the render as it is (divan medians)"
fi

check "print over floor" "$print_ratio" 1250 ‰
[ -z "$typst" ] || check "print over typst" "$typst_ratio" 900 ‰
check "median render" "$print_us" 50000 µs
check "render --fit 2" "$fit_us" 1000000 µs
check "peak memory" "$rss_kb" 49152 KiB
check "ats over render" "$ats_ratio" 2000 ‰
[ -z "${DIVAN_OUTPUT:-}" ] || check "watch re-render" "$watch_ratio" 250 ‰
[ -z "${DIVAN_OUTPUT:-}" ] || check "docx over pdf" "$docx_ratio" 250 ‰
[ -z "${DIVAN_OUTPUT:-}" ] || check "serve new page" "$serve_ratio" 333 ‰
[ -z "${DIVAN_OUTPUT:-}" ] || check "pull back" "$pull_ratio" 2000 ‰
[ -z "${DIVAN_OUTPUT:-}" ] || check "fill" "$fill_ratio" 4000 ‰
exit $status
