//! Which of the catalog's languages a user's locale asks for.
//!
//! Kept apart from [`Lang`](crate::Lang) so that it can be tested on any
//! list of tags, not only on the languages of the catalog this crate was
//! built with.

/// A tag's language and region subtags, in the case they were written in.
struct Subtags<'a> {
    language: &'a str,
    region: Option<&'a str>,
}

impl<'a> Subtags<'a> {
    /// Reads a BCP 47 tag (`pt-BR`, `zh-Hant-TW`) or a POSIX locale name
    /// (`pt_BR.UTF-8`, `de_DE@euro`): the language is the first subtag; the
    /// region is the first later one of two letters or three digits, so
    /// that a script subtag (`Hant`) is passed over.
    fn of(tag: &'a str) -> Self {
        let name = tag.split(['.', '@']).next().unwrap_or(tag);
        let mut subtags = name.split(['-', '_']);
        let language = subtags.next().unwrap_or(name);
        let region = subtags.find(|subtag| {
            subtag.len() == 2 && subtag.bytes().all(|byte| byte.is_ascii_alphabetic())
                || subtag.len() == 3 && subtag.bytes().all(|byte| byte.is_ascii_digit())
        });
        Subtags { language, region }
    }
}

/// How well a catalog tag serves the wanted locale; higher is better, and 0
/// is not at all.
fn closeness(catalog: &Subtags<'_>, wanted: &Subtags<'_>) -> u8 {
    if !catalog.language.eq_ignore_ascii_case(wanted.language) {
        return 0;
    }
    match (catalog.region, wanted.region) {
        (Some(offered), Some(asked)) if offered.eq_ignore_ascii_case(asked) => 3,
        (None, _) => 2,
        (Some(_), _) => 1,
    }
}

/// The index in `catalog` of the tag that best serves `wanted`: the same
/// language and region; else the language alone (`pt` for `pt_BR`); else
/// the same language with another region (`pt-br` for `pt_PT`); else
/// `None`. Among tags equally close, the first listed. Case is ignored.
pub(crate) fn best_match(catalog: &[&str], wanted: &str) -> Option<usize> {
    let wanted = Subtags::of(wanted);
    if wanted.language.is_empty() {
        return None;
    }
    let mut best: Option<(usize, u8)> = None;
    for (index, tag) in catalog.iter().enumerate() {
        let score = closeness(&Subtags::of(tag), &wanted);
        if score > best.map_or(0, |(_, best_score)| best_score) {
            best = Some((index, score));
        }
    }
    best.map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use super::best_match;

    /// The docs site's locales, in the order errors.toml may list them.
    const SITE: &[&str] = &["ru", "en", "zh", "pt-br"];

    fn found<'a>(catalog: &[&'a str], wanted: &str) -> Option<&'a str> {
        best_match(catalog, wanted).map(|index| catalog[index])
    }

    #[test]
    fn locale_names_and_tags_find_the_sites_languages() {
        for (wanted, expected) in [
            ("ru", Some("ru")),
            ("ru_RU.UTF-8", Some("ru")),
            ("RU-ru", Some("ru")),
            ("pt-BR", Some("pt-br")),
            ("pt_BR.UTF-8", Some("pt-br")),
            ("pt_BR@euro", Some("pt-br")),
            ("pt", Some("pt-br")),
            ("pt_PT.UTF-8", Some("pt-br")),
            ("zh-Hant-TW", Some("zh")),
            ("zh_CN.GB18030", Some("zh")),
            ("en-US", Some("en")),
            ("EN", Some("en")),
            ("en.UTF-8", Some("en")),
            ("de_DE.UTF-8", None),
            ("C", None),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("", None),
            ("-en", None),
            ("_RU", None),
            ("eng", None),
            ("e", None),
            ("br", None),
            ("pt-br-x", Some("pt-br")),
        ] {
            assert_eq!(found(SITE, wanted), expected, "{wanted:?}");
        }
    }

    #[test]
    fn the_exact_region_wins_over_the_language_alone() {
        let catalog = &["en", "pt", "pt-br", "pt-pt"];
        assert_eq!(found(catalog, "pt_BR.UTF-8"), Some("pt-br"));
        assert_eq!(found(catalog, "pt-PT"), Some("pt-pt"));
        assert_eq!(found(catalog, "pt_AO"), Some("pt"));
        assert_eq!(found(catalog, "pt"), Some("pt"));
    }

    #[test]
    fn among_regions_none_of_which_is_asked_for_the_first_listed_wins() {
        assert_eq!(found(&["en", "pt-pt", "pt-br"], "pt_AO"), Some("pt-pt"));
        assert_eq!(found(&["en", "pt-br", "pt-pt"], "pt"), Some("pt-br"));
        assert_eq!(found(&["es-419", "en", "es-es"], "es_MX"), Some("es-419"));
        assert_eq!(found(&["es-es", "en", "es-419"], "es-419"), Some("es-419"));
    }

    #[test]
    fn a_region_is_two_letters_or_three_digits_and_comes_after_the_language() {
        // `Hant` is a script, not a region; `419` is Latin America.
        assert_eq!(found(&["zh-tw", "zh"], "zh-Hant"), Some("zh"));
        assert_eq!(found(&["zh", "zh-tw"], "zh-Hant-TW"), Some("zh-tw"));
        assert_eq!(found(&["es", "es-419"], "es-419"), Some("es-419"));
        // Nor is a three-letter extended language (`yue`) one.
        assert_eq!(found(&["zh", "zh-hk"], "zh-yue-HK"), Some("zh-hk"));
        assert_eq!(found(&["zh-hk", "zh"], "zh-yue"), Some("zh"));
        // The language subtag is never read as a region.
        assert_eq!(found(&["en", "br"], "br"), Some("br"));
        assert_eq!(found(&["en", "pt-br"], "br"), None);
    }
}
