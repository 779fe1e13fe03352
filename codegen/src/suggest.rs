//! "Did you mean ...?" for misspelled keys and values.

/// The candidate closest to `typo`, if it is close enough to be a likely
/// misspelling rather than a different word.
pub fn closest<'a>(typo: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|&candidate| (strsim::damerau_levenshtein(typo, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= candidate.len().div_ceil(3))
        .min()
        .map(|(_, candidate)| candidate)
}

/// ` (did you mean `x`?)` for the word `closest` found, or nothing.
pub fn did_you_mean(closest: Option<&str>) -> String {
    closest.map_or_else(String::new, |word| format!(" (did you mean `{word}`?)"))
}
