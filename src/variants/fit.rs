//! Fitting a CV into a number of pages.
//!
//! Every piece of content that may go is a [`Unit`]. They are left out in a
//! fixed order ([`drop_order`]): the lowest `priority:` first; within one
//! priority every part shrinks by about the same share of its size, each
//! from its end: a list loses its last entries first, and the experience
//! its oldest job's content first, from the end, then the job's detail
//! lines (it is then collapsed to one line). The name, contacts, headline,
//! and each job's company, position and period are never units, so they
//! always stay.
//!
//! The search compiles the CV a handful of times: once whole, once with
//! every unit left out (when even that is too long, the fit cannot be met),
//! then a search for the shortest run of units whose removal makes it fit,
//! then a pass that puts back, most important first, each of those units
//! that still fits. That pass skips a unit that needs another one left out,
//! and any unit at least as large as one that already did not fit, which
//! keeps the number of compilations small (and it stops after
//! [`MAX_PUT_BACK`] tries). All of it depends only on the data, so the
//! result is the same every time.

use std::collections::BTreeMap;

use super::select::{Selection, Unit, UnitKey};
use crate::error::Error;

/// At most this many units are tried when putting back, so that data with
/// thousands of tiny entries cannot make a fit take minutes; a CV needs a
/// dozen or so.
const MAX_PUT_BACK: usize = 200;

/// The order in which `fit` leaves units out, as indices into `units`.
///
/// Within its part, a unit goes after those with a larger `seq`. Across
/// parts, every part is shortened by about the same share of its size: a
/// unit's place is the share of its part's weight that goes before it. A
/// lower priority goes before all of that; ties go to the part written later
/// in the data file (`part_line` is the line of a part's key).
pub(crate) fn drop_order(units: &[Unit], part_line: impl Fn(&str) -> usize) -> Vec<usize> {
    let mut within_part: Vec<usize> = (0..units.len()).collect();
    within_part.sort_by_key(|&index| (units[index].part, std::cmp::Reverse(units[index].seq)));
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for unit in units {
        *totals.entry(unit.part).or_default() += unit.weight;
    }
    // The share of its part's weight before each unit, as a fraction with
    // the part's total as denominator, compared exactly by cross-multiplying.
    let mut before = vec![0usize; units.len()];
    let mut running: BTreeMap<&str, usize> = BTreeMap::new();
    for &index in &within_part {
        let sum = running.entry(units[index].part).or_default();
        before[index] = *sum;
        *sum += units[index].weight;
    }
    let lines: BTreeMap<&str, usize> = totals.keys().map(|&part| (part, part_line(part))).collect();
    let mut order: Vec<usize> = (0..units.len()).collect();
    order.sort_by(|&a, &b| {
        let (ua, ub) = (&units[a], &units[b]);
        let share = |index: usize, other: &Unit| before[index] as u128 * totals[other.part].max(1) as u128;
        ua.priority
            .cmp(&ub.priority)
            .then_with(|| share(a, ub).cmp(&share(b, ua)))
            .then_with(|| lines[ub.part].cmp(&lines[ua.part]))
            .then_with(|| ub.seq.cmp(&ua.seq))
            .then_with(|| a.cmp(&b))
    });
    order
}

/// What the search found.
#[derive(Debug)]
pub(crate) enum Outcome<T> {
    /// The CV fits with `selection` left out; `best` is what the trial of
    /// that selection returned, and `trials` counts the compilations.
    Fits { selection: Selection, best: T, trials: usize },
    /// Even with every unit left out, the CV takes `minimum` pages.
    Unreachable { minimum: usize },
}

/// Finds what to leave out so that `trial` (which compiles a selection and
/// returns its page count) gives at most `pages` pages. `order` is the
/// [`drop_order`] of `units`.
pub(crate) fn search<T>(
    pages: usize,
    units: &[Unit],
    order: &[usize],
    mut trial: impl FnMut(&Selection) -> Result<(usize, T), Error>,
) -> Result<Outcome<T>, Error> {
    let mut trials = 0;
    let mut run = |selection: &Selection| {
        trials += 1;
        trial(selection)
    };
    let first = |count: usize| {
        let mut selection = Selection::default();
        for &index in &order[..count] {
            selection.insert(&units[index].key);
        }
        selection
    };

    let (whole, best) = run(&Selection::default())?;
    if whole <= pages {
        return Ok(Outcome::Fits { selection: Selection::default(), best, trials: 1 });
    }
    let (minimum, mut best) = run(&first(order.len()))?;
    if minimum > pages {
        return Ok(Outcome::Unreachable { minimum });
    }

    // The shortest run of units, in order, whose removal makes it fit:
    // leaving out `low` units is too long, `high` fits. Each step guesses
    // where the run ends from the weights left out and the pages they gave
    // (a long CV shrinks about evenly), which avoids laying out the many
    // pages halfway between; a guess that does not halve the range is
    // followed by a plain halving, so the search stays logarithmic.
    let mut before = vec![0usize; order.len() + 1];
    for (count, &index) in order.iter().enumerate() {
        before[count + 1] = before[count] + units[index].weight;
    }
    let (mut low, mut high) = (0, order.len());
    let (mut low_pages, mut high_pages) = (whole, minimum);
    let mut halve = false;
    while high - low > 1 {
        let middle =
            if halve { low + (high - low) / 2 } else { guess(&before, (low, low_pages), (high, high_pages), pages) };
        let width = high - low;
        let (count, result) = run(&first(middle))?;
        if count <= pages {
            (high, high_pages, best) = (middle, count, result);
        } else {
            (low, low_pages) = (middle, count);
        }
        halve = !halve && (high - low) * 2 > width;
    }

    // The last unit of the run was needed; the others may have been left out
    // only because they came first. Put back what still fits.
    let mut selection = first(high);
    let mut smallest_failure = usize::MAX;
    let mut tried = 0;
    for &index in order[..high.saturating_sub(1)].iter().rev() {
        let unit = &units[index];
        if unit.requires.iter().any(|key| selection.contains(key)) || unit.weight >= smallest_failure {
            continue;
        }
        if tried == MAX_PUT_BACK {
            break;
        }
        tried += 1;
        let mut candidate = selection.clone();
        candidate.remove(&unit.key);
        let (count, result) = run(&candidate)?;
        if count <= pages {
            (selection, best) = (candidate, result);
        } else {
            smallest_failure = unit.weight;
        }
    }
    Ok(Outcome::Fits { selection, best, trials })
}

/// Where in `low..high` the run that fits `pages` probably ends: the
/// weight left out is interpolated between the two ends, taking a count of
/// pages as the middle of its last page (a CV of 3 pages is about 2.5 pages
/// long). `before[k]` is the weight of the first `k` units.
fn guess(
    before: &[usize],
    (low, low_pages): (usize, usize),
    (high, high_pages): (usize, usize),
    pages: usize,
) -> usize {
    let length = |count: usize| count as f64 - 0.5;
    let span = length(low_pages) - length(high_pages);
    let share = if span > 0.0 { ((length(low_pages) - pages as f64) / span).clamp(0.0, 1.0) } else { 0.5 };
    let target = before[low] as f64 + share * (before[high] - before[low]) as f64;
    let end = before.partition_point(|&weight| (weight as f64) < target);
    end.clamp(low + 1, high - 1)
}

/// One entry of what `fit` left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LeftOut {
    /// The field path in the data file.
    pub path: String,
    /// A job collapsed to one line, rather than an entry left out.
    pub collapsed: bool,
}

/// What `selection` leaves out, in the order the CV shows it: each entry by
/// its outermost path (a section whose content is all gone is named, not
/// each of its paragraphs), and the jobs collapsed to one line.
pub(crate) fn report(units: &[Unit], selection: &Selection) -> Vec<LeftOut> {
    let hidden = |unit: &Unit| selection.contains(&unit.key) || unit.requires.iter().any(|key| selection.contains(key));
    // Whether everything within each container is hidden, in one pass.
    let mut all_hidden_in: std::collections::BTreeMap<&str, bool> = std::collections::BTreeMap::new();
    for unit in units {
        let hidden = hidden(unit);
        for container in &unit.within {
            *all_hidden_in.entry(container.as_str()).or_insert(true) &= hidden;
        }
    }
    let all_hidden = |container: &str| all_hidden_in.get(container).copied().unwrap_or(true);
    let mut seen = std::collections::BTreeSet::new();
    let mut left_out: Vec<LeftOut> = Vec::new();
    for unit in units {
        if !selection.contains(&unit.key) || unit.requires.iter().any(|key| selection.contains(key)) {
            continue;
        }
        let entry = match &unit.key {
            UnitKey::Collapse(job) => LeftOut { path: format!("experience[{job}]"), collapsed: true },
            UnitKey::Drop(path) => {
                let outer = unit.within.iter().find(|container| all_hidden(container));
                LeftOut { path: outer.unwrap_or(path).clone(), collapsed: false }
            }
        };
        if seen.insert((entry.path.clone(), entry.collapsed)) {
            left_out.push(entry);
        }
    }
    left_out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(path: &str, part: &'static str, seq: u64, weight: usize) -> Unit {
        Unit {
            key: UnitKey::Drop(path.into()),
            part,
            seq,
            priority: 0,
            weight,
            requires: Vec::new(),
            within: Vec::new(),
        }
    }

    /// Pages of a fake layout: one page per 100 of weight shown, rounded up.
    fn pages_of(units: &[Unit], selection: &Selection) -> usize {
        let shown: usize = units
            .iter()
            .filter(|unit| !selection.contains(&unit.key) && !unit.requires.iter().any(|key| selection.contains(key)))
            .map(|unit| unit.weight)
            .sum();
        shown.div_ceil(100).max(1)
    }

    fn fit(units: &[Unit], pages: usize) -> Outcome<()> {
        let order = drop_order(units, |_| 1);
        search(pages, units, &order, |selection| Ok((pages_of(units, selection), ()))).unwrap()
    }

    fn left_out(outcome: &Outcome<()>) -> Vec<String> {
        match outcome {
            Outcome::Fits { selection, .. } => selection.dropped.iter().cloned().collect(),
            Outcome::Unreachable { minimum } => panic!("unreachable, minimum {minimum}"),
        }
    }

    #[test]
    fn later_units_go_first_and_priority_comes_before_order() {
        let mut units = vec![unit("a", "about", 1, 10), unit("b", "about", 2, 10), unit("c", "about", 3, 10)];
        assert_eq!(drop_order(&units, |_| 1), [2, 1, 0]);
        units[2].priority = 1;
        assert_eq!(drop_order(&units, |_| 1), [1, 0, 2]);
        // The part written later in the file loses its units first.
        units[2].priority = 0;
        units[0].part = "skills";
        assert_eq!(drop_order(&units, |part| if part == "skills" { 9 } else { 1 }), [0, 2, 1]);
    }

    #[test]
    fn what_fits_whole_is_left_alone() {
        let units = [unit("a", "about", 1, 50), unit("b", "about", 2, 40)];
        assert!(left_out(&fit(&units, 1)).is_empty());
    }

    /// The greedy run overshoots: the small `b` and `c` go before the large
    /// `a` that must go; both come back.
    #[test]
    fn units_left_out_only_because_they_came_first_are_put_back() {
        let units = [
            unit("keep", "about", 1, 60),
            unit("a", "about", 2, 80),
            unit("b", "about", 3, 15),
            unit("c", "about", 4, 15),
        ];
        assert_eq!(left_out(&fit(&units, 1)), ["a"]);
    }

    #[test]
    fn a_unit_whose_container_stays_out_is_not_put_back() {
        let mut units = [unit("parent", "about", 1, 120), unit("child", "about", 2, 5), unit("x", "about", 3, 60)];
        units[1].requires = vec![UnitKey::Drop("parent".into())];
        // Left out in the order x, child, parent: only without the parent
        // does it fit; x comes back, the child cannot without its parent.
        assert_eq!(left_out(&fit(&units, 1)), ["child", "parent"]);
    }

    /// The guesses only choose which runs to try: on a monotone layout the
    /// search ends where a scan from the start would, then puts back as a
    /// unit-by-unit pass would.
    #[test]
    fn the_search_finds_what_a_plain_scan_finds() {
        let mut seed = 7u64;
        let mut next = |limit: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % limit
        };
        for case in 0..40 {
            let count = 5 + next(120) as usize;
            let units: Vec<Unit> =
                (0..count).map(|i| unit(&format!("u{i}"), "about", i as u64, 1 + next(60) as usize)).collect();
            let pages = 1 + next(4) as usize;
            let order = drop_order(&units, |_| 1);
            let fits = |selection: &Selection| pages_of(&units, selection) <= pages;
            let prefix = |k: usize| {
                let mut selection = Selection::default();
                order[..k].iter().for_each(|&index| selection.insert(&units[index].key));
                selection
            };
            let Some(k) = (0..=count).find(|&k| fits(&prefix(k))) else { continue };
            let mut expected = prefix(k);
            for &index in order[..k.saturating_sub(1)].iter().rev() {
                let mut candidate = expected.clone();
                candidate.remove(&units[index].key);
                if fits(&candidate) {
                    expected = candidate;
                }
            }
            let found = match fit(&units, pages) {
                Outcome::Fits { selection, .. } => selection,
                Outcome::Unreachable { .. } => panic!("case {case}: unreachable"),
            };
            // The size cut may skip a unit the plain pass would try; with
            // these weights a smaller unit never fails where a larger fits.
            assert_eq!(found, expected, "case {case}: {count} units into {pages} pages");
        }
    }

    #[test]
    fn an_unreachable_fit_reports_the_minimum() {
        let units = [unit("a", "about", 1, 10)];
        let order = drop_order(&units, |_| 1);
        let outcome = search(1, &units, &order, |_| Ok((3, ()))).unwrap();
        assert!(matches!(outcome, Outcome::Unreachable { minimum: 3 }));
    }

    #[test]
    fn the_report_names_containers_whose_content_is_all_gone() {
        let mut units = vec![
            unit("sections[0].body[0]", "sections", 1, 10),
            unit("sections[0].body[1]", "sections", 2, 10),
            unit("sections[1].body[0]", "sections", 3, 10),
            unit("sections[1].body[1]", "sections", 4, 10),
        ];
        for unit in &mut units[..2] {
            unit.within = vec!["sections[0]".into()];
        }
        for unit in &mut units[2..] {
            unit.within = vec!["sections[1]".into()];
        }
        let mut selection = Selection::default();
        for path in ["sections[0].body[0]", "sections[0].body[1]", "sections[1].body[1]"] {
            selection.insert(&UnitKey::Drop(path.into()));
        }
        let paths: Vec<String> = report(&units, &selection).into_iter().map(|entry| entry.path).collect();
        assert_eq!(paths, ["sections[0]", "sections[1].body[1]"]);
    }
}
