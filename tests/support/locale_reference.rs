//! What `Lang::from_tag` must answer, for the property test and the fuzz
//! target alike.

use capmonster_errors::Lang;

/// What `Lang::from_tag` must answer, stated as the rule reads, with
/// strings: lowercased and cut at the encoding (`.`) or modifier (`@`), the
/// name is a language, then subtags after `-` or `_`, of which the first of
/// two letters or three digits is the region. The catalog's tag that is
/// `language-region` wins, then the one that is the language alone, then
/// the first that starts with `language-`.
pub fn reference_language(tag: &str) -> Option<Lang> {
    let lower = tag.to_ascii_lowercase();
    let name = lower.split(['.', '@']).next().unwrap_or_default();
    let subtags: Vec<&str> = name.split(['-', '_']).collect();
    let language = subtags[0];
    if language.is_empty() {
        return None;
    }
    let region = subtags[1..].iter().find(|subtag| {
        subtag.len() == 2 && subtag.chars().all(|c| c.is_ascii_alphabetic())
            || subtag.len() == 3 && subtag.chars().all(|c| c.is_ascii_digit())
    });
    let tagged = |wanted: &str| Lang::ALL.iter().copied().find(|lang| lang.code() == wanted);
    region
        .and_then(|region| tagged(&format!("{language}-{region}")))
        .or_else(|| tagged(language))
        .or_else(|| {
            Lang::ALL
                .iter()
                .copied()
                .find(|lang| lang.code().starts_with(&format!("{language}-")))
        })
}
