//! The rules for `[catalog]`'s languages.

use super::*;

impl Validator<'_> {
    pub(super) fn languages(&mut self, raw: &RawCatalog) -> Option<Vec<Language>> {
        let Some(catalog_span) = &raw.catalog_span else {
            if raw.has_catalog_key {
                return None;
            }
            self.problem(
                &(0..0),
                "the file has no `[catalog]` table; add `[catalog]` and under it languages = [\"zh\", \"en\"] at the top",
            );
            return None;
        };
        let Some(languages) = &raw.languages else {
            if raw.has_languages_key {
                return None;
            }
            self.problem(
                catalog_span,
                "`[catalog]` has no `languages`; add languages = [\"zh\", \"en\"] under it",
            );
            return None;
        };
        if languages.value.is_empty() {
            self.problem(
                &languages.span,
                "`languages` is empty; list every language the descriptions are written in, like [\"zh\", \"en\"]",
            );
            return None;
        }
        let mut valid = Vec::new();
        let mut seen: HashMap<&str, &Span> = HashMap::new();
        for tag in &languages.value {
            if !is_language_tag(&tag.value) {
                let lowercase = tag.value.to_ascii_lowercase().replace('_', "-");
                let fix = if !is_language_tag(&lowercase) {
                    "write a two- or three-letter lowercase language code, then - and the region for a regional variety, like \"zh\", \"en\" or \"pt-br\"".to_string()
                } else if tag.value.contains('_') {
                    format!("write it in lowercase, with - before the region: \"{lowercase}\"")
                } else {
                    format!("write it in lowercase: \"{lowercase}\"")
                };
                self.problem(
                    &tag.span,
                    format!(
                        "language {} is not a language tag as the docs site names its locales; {fix}",
                        quote(&tag.value)
                    ),
                );
            } else if let Some(first) = seen.get(tag.value.as_str()) {
                let first = self.place(first);
                self.problem(
                    &tag.span,
                    format!(
                        "language `{}` is listed twice (first at {first}); remove one",
                        tag.value
                    ),
                );
            } else {
                seen.insert(&tag.value, &tag.span);
                valid.push(Language {
                    tag: tag.value.clone(),
                    variant: variant_for_language(&tag.value),
                });
            }
        }
        if !seen.contains_key(ENGLISH) {
            self.problem(
                &languages.span,
                "`languages` lacks \"en\", the language errors print in by default; add \"en\" to the list",
            );
            return None;
        }
        (valid.len() == languages.value.len()).then_some(valid)
    }
}
