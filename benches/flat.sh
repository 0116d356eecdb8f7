#!/bin/sh
# Checks the output of `cargo bench --bench scale` (the file given, or
# standard input): for each bench (variants, tags, languages, jobs,
# parts), the time per item at 10,000 items may be at most BUDGET (2.5)
# times the time per item at 100, compared on each count's fastest run,
# which noise from other processes lengthens least. Run by `make bench`.
set -eu

budget=${BUDGET:-2.5}
# divan draws its table with box-drawing characters: blanked first, so
# that each line is plain words.
LC_ALL=C sed 's/[^ -~]/ /g' "${1:--}" | awk -v budget="$budget" '
function per_second(value, unit) {
    if (unit ~ /^Gitem/) return value * 1e9
    if (unit ~ /^Mitem/) return value * 1e6
    if (unit ~ /^Kitem/) return value * 1e3
    return value
}
# The rates come on the line after each count: read before a rate of
# whole items could pass for a count.
want && $2 ~ /item\/s/ {
    want = 0
    rate[bench "@" count] = per_second($1, $2)
    benches[bench] = 1
    next
}
NF == 1 && $1 ~ /^[a-z_]+$/ { bench = $1; next }
$1 ~ /^[0-9]+$/ && NF > 2 { count = $1; want = 1; next }
END {
    failed = 0
    for (bench in benches) {
        small = rate[bench "@100"]; large = rate[bench "@10000"]
        if (small == "" || large == "") { printf "%s: no runs at 100 and 10000 items\n", bench; failed = 1; continue }
        ratio = small / large
        verdict = ratio <= budget ? "ok" : "OVER BUDGET"
        printf "%-10s time per item at 10,000 / at 100: %.2f (budget %s) %s\n", bench, ratio, budget, verdict
        if (ratio > budget) failed = 1
    }
    if (length(benches) == 0) { print "no benches found"; failed = 1 }
    exit failed
}'
