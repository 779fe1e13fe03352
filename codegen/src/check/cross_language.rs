//! The cross-language lint: every language's description of an entry must
//! hold the same link targets and code spans, but for those the entry lists
//! in `may_differ`. This is how a translation that dropped a link or a
//! code name is caught.

use std::collections::BTreeSet;

use crate::markdown::{self, Carried};

/// What the lint finds in one entry's descriptions.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Findings {
    /// Each link target or code span a description lacks: the index of the
    /// description that lacks it, what it lacks, and the index of the first
    /// that has it.
    pub missing: Vec<(usize, Carried, usize)>,
    /// The index in `may_differ` of each item that names no link target or
    /// code span that differs between the descriptions.
    pub needless: Vec<usize>,
}

/// Lints the descriptions `texts` (Markdown, one per language) of an
/// entry whose `may_differ` lists the targets and codes that may differ.
pub fn lint(texts: &[&str], may_differ: &[&str]) -> Findings {
    let found: Vec<BTreeSet<Carried>> = texts
        .iter()
        .map(|text| markdown::carried(&markdown::parse(text.trim())))
        .collect();
    let all: BTreeSet<&Carried> = found.iter().flatten().collect();
    let differs = |item: &Carried| found.iter().any(|own| !own.contains(item));
    let mut findings = Findings::default();
    for (index, own) in found.iter().enumerate() {
        for &missing in all.iter().filter(|item| !own.contains(item)) {
            if may_differ.contains(&missing.target()) {
                continue;
            }
            let has_it = found
                .iter()
                .position(|theirs| theirs.contains(missing))
                .expect("every link and code span comes from some description");
            findings.missing.push((index, missing.clone(), has_it));
        }
    }
    for (index, item) in may_differ.iter().enumerate() {
        let listed_differs = all
            .iter()
            .any(|carried| carried.target() == *item && differs(carried));
        if !listed_differs {
            findings.needless.push(index);
        }
    }
    findings
}
