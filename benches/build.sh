#!/bin/sh
# The budget of `cvpdf build` (docs/performance.md, "Many CVs at once"), on
# 100 fictional CVs of mixed length that this script writes (1 to 12 jobs,
# in English and in Russian, some with a long introduction):
#   - throughput: `cvpdf build DIR` renders at least 1.8 x as many CVs per
#     second as one `cvpdf render` process per CV run one after another;
#   - memory: the build's peak RSS stays under 3 x that of one render of the
#     longest of the CVs.
# The two are timed in $RUNS pairs (default 5) in alternating order, and the
# median of the per-pair ratios is taken, so drift in the load of a shared
# machine hits both alike. Peak RSS is GNU time's maximum resident set size
# (getrusage of the finished process), the median of 3 runs each.
# Run through `make bench`; PROFILE=dist times the `dist` build.
set -eu

runs=${RUNS:-5}
count=${CVS:-100}
target=${CARGO_TARGET_DIR:-target}
profile=${PROFILE:-release}
cvpdf=$target/$profile/cvpdf
cargo build --profile "$profile" --locked --quiet --bin cvpdf

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/cvs" "$work/single"

# CV number $1: its length grows with $1 mod 12, its language alternates.
write_cv() {
    awk -v n="$1" 'BEGIN {
        ru = n % 2 == 1
        jobs = n % 12 + 1
        items = n % 5 + 2
        printf "lang: %s\nupdated: \"2026-03-01\"\n", ru ? "ru" : "en"
        printf "person:\n  name: %s %d\n", ru ? "Иван Примеров" : "Alex Example", n
        printf "  contacts:\n    email: person%d@example.org\n", n
        printf "headline: %s\n", ru ? "Инженер-программист" : "Software engineer"
        if (n % 3 == 0) {
            printf "about:\n"
            for (p = 1; p <= 3; p++) {
                printf "  - \""
                for (s = 1; s <= 6; s++)
                    printf ru ? "Предложение %d абзаца %d о работе и опыте. " : "Sentence %d of paragraph %d about work and experience. ", s, p
                printf "\"\n"
            }
        }
        printf "experience:\n"
        for (j = 1; j <= jobs; j++) {
            year = 2025 - 2 * j
            printf "  - company: %s %d\n", ru ? "ООО «Компания»" : "Company Ltd", j
            printf "    position: %s\n", ru ? "Разработчик" : "Developer"
            printf "    start: \"%d-01\"\n", year
            if (j == 1) printf "    end: present\n"; else printf "    end: \"%d-12\"\n", year + 1
            printf "    items:\n"
            for (i = 1; i <= items; i++)
                printf "      - %s %d, %d\n", ru ? "Сделал важную часть системы номер" : "Built an important part of system number", j, i
        }
        printf "skills: [Go, Rust, PostgreSQL, Kafka, Kubernetes]\n"
    }'
}

longest=
i=1
while [ "$i" -le "$count" ]; do
    name=$(printf 'cv%03d' "$i")
    write_cv "$i" >"$work/cvs/$name.yaml"
    # 11 mod 12 gives the most jobs; of those, one with an introduction.
    if [ $((i % 12)) -eq 11 ] && [ $((i % 3)) -eq 0 ]; then longest=$work/cvs/$name.yaml; fi
    i=$((i + 1))
done
longest=${longest:-$work/cvs/cv011.yaml}

run_build() { "$cvpdf" build "$work/cvs" -o "$work/out" -q; }
run_each() {
    for cv in "$work"/cvs/*.yaml; do
        "$cvpdf" render "$cv" -q -o "$work/single/$(basename "$cv" .yaml).pdf"
    done
}

# Microseconds of wall time of one run of "$@".
wall() {
    start=$(date +%s%N)
    "$@"
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
permille() { awk "BEGIN { printf \"%.2f\", $1 / 1000 }"; }

run_build && run_each # warm the page cache
: >"$work/build.times"
: >"$work/each.times"
: >"$work/ratios"
i=0
while [ "$i" -lt "$runs" ]; do
    if [ $((i % 2)) -eq 0 ]; then
        b=$(wall run_build)
        e=$(wall run_each)
    else
        e=$(wall run_each)
        b=$(wall run_build)
    fi
    echo "$b" >>"$work/build.times"
    echo "$e" >>"$work/each.times"
    echo $((e * 1000 / b)) >>"$work/ratios"
    i=$((i + 1))
done
speedup=$(median <"$work/ratios")
build_us=$(median <"$work/build.times")
each_us=$(median <"$work/each.times")

peak() { # the median of 3 peak RSS readings (KiB) of "$@"
    for _ in 1 2 3; do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; done | median
}
build_kb=$(peak "$cvpdf" build "$work/cvs" -o "$work/out" -q)
single_kb=$(peak "$cvpdf" render "$longest" -q -o "$work/longest.pdf")
memory=$((build_kb * 1000 / single_kb))

files=$(ls "$work/out"/*.pdf | wc -l)
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo "?")
echo "build:           $count CVs ($files PDFs) on $cores cores, $runs pairs"
echo "cvpdf build:     median $((build_us / 1000)) ms, $(awk "BEGIN { printf \"%.1f\", $count * 1e6 / $build_us }") CVs/s"
echo "render per CV:   median $((each_us / 1000)) ms, $(awk "BEGIN { printf \"%.1f\", $count * 1e6 / $each_us }") CVs/s"
echo "speed-up:        $(permille "$speedup") x (median of per-pair ratios)"
echo "peak RSS:        build $((build_kb / 1024)) MiB, one render of the longest CV $((single_kb / 1024)) MiB: $(permille "$memory") x"

status=0
check() { # name, value, comparison, limit, unit
    if [ "$2" "$3" "$4" ]; then echo "ok    $1: $2 $3 $4 $5"; else echo "OVER  $1: $2 is not $3 $4 $5"; status=1; fi
}
check "build speed-up" "$speedup" -ge 1800 ‰
check "build memory" "$memory" -lt 3000 ‰
exit $status
