//! The rules a [`RawCatalog`] must follow to become a [`Catalog`].

use std::collections::HashMap;

use super::catalog::{Catalog, Entry, Language, Retry};
use super::diagnostic::Problem;
use super::naming::{variant_for_code, variant_for_language, variant_name_problem};
use super::raw::{At, RawCatalog, RawEntry, Span};
use super::source::LineIndex;
use super::suggest::did_you_mean;

/// The longest delay a catalog may advise: longer than this, a client is
/// better served by giving up than by waiting.
pub const MAX_RETRY_AFTER_MS: i64 = 3_600_000;

/// The language `Display` speaks, so every catalog must have it.
const DISPLAY_LANGUAGE: &str = "en";

pub fn validate(raw: &RawCatalog, lines: &LineIndex<'_>) -> Result<Catalog, Vec<Problem>> {
    let mut validator = Validator {
        lines,
        problems: Vec::new(),
        codes_seen: HashMap::new(),
        variants_seen: HashMap::new(),
    };
    let languages = validator.languages(raw);
    if !raw.has_error_key {
        validator.problem(
            &raw.catalog_span.clone().unwrap_or(0..0),
            "the catalog has no entries; add an `[[error]]` entry with code, title, retry and [error.description]",
        );
    }
    let entries: Vec<Option<Entry>> = raw
        .entries
        .iter()
        .map(|entry| validator.entry(entry, languages.as_deref()))
        .collect();
    match (languages, entries.into_iter().collect::<Option<Vec<_>>>()) {
        (Some(languages), Some(entries)) if validator.problems.is_empty() => {
            Ok(Catalog { languages, entries })
        }
        _ => Err(validator.problems),
    }
}

struct Validator<'a> {
    lines: &'a LineIndex<'a>,
    problems: Vec<Problem>,
    /// Every code and alias met so far, with where it was first written.
    codes_seen: HashMap<String, Span>,
    /// Every variant name met so far, with the code it was made for.
    variants_seen: HashMap<String, At<String>>,
}

impl Validator<'_> {
    fn languages(&mut self, raw: &RawCatalog) -> Option<Vec<Language>> {
        let Some(catalog_span) = &raw.catalog_span else {
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
                self.problem(
                    &tag.span,
                    format!(
                        "language {} is not a two- or three-letter lowercase language code; write one like \"zh\" or \"en\"",
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
        if !seen.contains_key(DISPLAY_LANGUAGE) {
            self.problem(
                &languages.span,
                "`languages` must include \"en\": the English text is what an error prints by default",
            );
            return None;
        }
        (valid.len() == languages.value.len()).then_some(valid)
    }

    fn entry(&mut self, raw: &RawEntry, languages: Option<&[Language]>) -> Option<Entry> {
        let code = self.required(&raw.code, raw, "code", "code = \"ERROR_...\"");
        let title = self.required(&raw.title, raw, "title", "title = \"NO FUNDS\"");
        let retry = self.required(&raw.retry, raw, "retry", "retry = \"never\"");

        let code_ok = code.is_some_and(|code| self.api_code(code));
        let mut aliases_ok = true;
        for alias in &raw.aliases {
            // Not `all`: every alias is checked, so every problem is reported.
            aliases_ok &= self.api_code(alias);
        }
        let title_ok = title.is_some_and(|title| self.title(title));
        let retry = retry.and_then(|retry| self.retry(retry));
        let retry_after_ms = self.retry_after_ms(raw, retry);
        // A bad or repeated code has been reported; its Rust name would only
        // repeat the news.
        let variant = code
            .filter(|_| code_ok)
            .and_then(|code| self.variant(raw, code));
        let descriptions = self.descriptions(raw, languages);

        if !(code_ok && aliases_ok && title_ok) {
            return None;
        }
        Some(Entry {
            code: code?.value.clone(),
            aliases: raw
                .aliases
                .iter()
                .map(|alias| alias.value.clone())
                .collect(),
            title: title?.value.clone(),
            variant: variant?,
            retry: retry?,
            retry_after_ms: retry_after_ms?,
            descriptions: descriptions?,
        })
    }

    fn required<'r>(
        &mut self,
        value: &'r Option<At<String>>,
        entry: &RawEntry,
        key: &str,
        example: &str,
    ) -> Option<&'r At<String>> {
        if value.is_none() && !entry.keys.iter().any(|given| given == key) {
            self.problem(
                &entry.span,
                format!("this entry has no `{key}`; add a line like {example} under [[error]]"),
            );
        }
        value.as_ref()
    }

    /// Checks the form of a code or alias and that it is not used twice.
    fn api_code(&mut self, code: &At<String>) -> bool {
        if !is_api_code(&code.value) {
            self.problem(
                &code.span,
                format!(
                    "{} is not an API code: write capital letters A-Z, digits and `_`, starting with a letter, like \"ERROR_ZERO_BALANCE\"",
                    quote(&code.value)
                ),
            );
            return false;
        }
        if let Some(first) = self.codes_seen.get(&code.value) {
            let first = self.place(first);
            self.problem(
                &code.span,
                format!(
                    "`{}` is already used at {first}; each code and alias may appear only once in the catalog, so remove one of them",
                    code.value
                ),
            );
            return false;
        }
        self.codes_seen
            .insert(code.value.clone(), code.span.clone());
        true
    }

    fn title(&mut self, title: &At<String>) -> bool {
        let problem = if title.value.trim().is_empty() {
            "the title is empty; write the page's heading, like title = \"NO FUNDS\""
        } else if title.value.contains(['\n', '\r']) {
            "the title must fit on one line; remove the line break"
        } else if title.value.trim() != title.value {
            "the title starts or ends with spaces; remove them"
        } else {
            return true;
        };
        self.problem(&title.span, problem);
        false
    }

    fn retry(&mut self, retry: &At<String>) -> Option<Retry> {
        let found = Retry::ALL
            .into_iter()
            .find(|known| known.key() == retry.value);
        if found.is_none() {
            let keys = Retry::ALL.map(Retry::key);
            self.problem(
                &retry.span,
                format!(
                    "unknown retry value {}{}; use \"never\", \"same_request\" or \"new_task\"",
                    quote(&retry.value),
                    did_you_mean(&retry.value, &keys)
                ),
            );
        }
        found
    }

    /// `Some(None)` when the entry has no delay, `None` when it has a wrong one.
    fn retry_after_ms(&mut self, raw: &RawEntry, retry: Option<Retry>) -> Option<Option<u64>> {
        let Some(delay) = &raw.retry_after_ms else {
            return Some(None);
        };
        if retry.is_some_and(|retry| retry != Retry::SameRequest) {
            self.problem(
                &delay.span,
                "`retry_after_ms` only goes with retry = \"same_request\"; remove it, or change `retry`",
            );
            return None;
        }
        if !(1..=MAX_RETRY_AFTER_MS).contains(&delay.value) {
            self.problem(
                &delay.span,
                format!(
                    "`retry_after_ms` is {}, but must be between 1 and {MAX_RETRY_AFTER_MS} (one hour); write a delay in that range",
                    delay.value
                ),
            );
            return None;
        }
        u64::try_from(delay.value).ok().map(Some)
    }

    fn variant(&mut self, raw: &RawEntry, code: &At<String>) -> Option<String> {
        let (name, span, origin) = match &raw.variant {
            Some(variant) => (variant.value.clone(), &variant.span, String::new()),
            None => (
                variant_for_code(&code.value),
                &code.span,
                format!(", made from the code {}", quote(&code.value)),
            ),
        };
        if let Some(problem) = variant_name_problem(&name) {
            self.problem(
                span,
                format!(
                    "{problem}{origin}; set variant = \"...\" on this entry to an UpperCamelCase name such as `{}`",
                    example_variant(&name)
                ),
            );
            return None;
        }
        let this = At {
            value: code.value.clone(),
            span: span.clone(),
        };
        if let Some(first) = self.variants_seen.get(&name) {
            let (first_code, first_place) = (first.value.clone(), self.place(&first.span));
            self.problem(
                span,
                format!(
                    "the Rust name `{name}`{origin} is already the name of `{first_code}` at {first_place}; set variant = \"...\" on one of them to tell them apart"
                ),
            );
            return None;
        }
        self.variants_seen.insert(name.clone(), this);
        Some(name)
    }

    fn descriptions(
        &mut self,
        raw: &RawEntry,
        languages: Option<&[Language]>,
    ) -> Option<Vec<String>> {
        let Some(table) = &raw.description_span else {
            if raw.keys.iter().any(|key| key == "description") {
                return None;
            }
            self.problem(
                &raw.span,
                "this entry has no `[error.description]`; add that line below the entry's keys, then one line per language, like en = \"...\"",
            );
            return None;
        };
        let mut ok = true;
        for (language, text) in &raw.descriptions {
            let declared =
                languages.is_none_or(|all| all.iter().any(|known| known.tag == language.value));
            if !declared {
                self.problem(
                    &language.span,
                    format!(
                        "language {} is not declared in `languages` under [catalog]; add it there, or remove this line",
                        quote(&language.value)
                    ),
                );
                ok = false;
            } else if let Some(text) = text.as_ref().filter(|text| text.value.trim().is_empty()) {
                self.problem(
                    &text.span,
                    format!(
                        "the `{}` description is empty; write the text between the quotes",
                        language.value
                    ),
                );
                ok = false;
            }
        }
        let mut texts = Vec::new();
        for language in languages? {
            let text = raw
                .descriptions
                .iter()
                .find(|(tag, _)| tag.value == language.tag);
            match text {
                Some((_, Some(text))) => texts.push(text.value.trim().to_string()),
                // Reported by the parser as a value of the wrong type.
                Some((_, None)) => ok = false,
                None => {
                    self.problem(
                        table,
                        format!(
                            "the `{0}` description is missing; add a line {0} = \"...\" under [error.description]",
                            language.tag
                        ),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(texts)
    }

    fn place(&self, span: &Span) -> String {
        let (line, column) = self.lines.position(span.start);
        format!("line {line}, column {column}")
    }

    fn problem(&mut self, span: &Span, message: impl Into<String>) {
        self.problems.push(Problem::at(span, message));
    }
}

fn is_language_tag(tag: &str) -> bool {
    (2..=3).contains(&tag.len()) && tag.bytes().all(|byte| byte.is_ascii_lowercase())
}

/// `[A-Z][A-Z0-9_]*`, the form of every code the API sends.
pub fn is_api_code(code: &str) -> bool {
    let mut bytes = code.bytes();
    bytes.next().is_some_and(|first| first.is_ascii_uppercase())
        && bytes.all(|byte| byte.is_ascii_uppercase() || byte.is_ascii_digit() || byte == b'_')
}

/// A name to suggest in place of an unusable one.
fn example_variant(name: &str) -> String {
    let letters: String = name.chars().filter(char::is_ascii_alphanumeric).collect();
    match letters.chars().next() {
        Some(first) if first.is_ascii_alphabetic() => {
            let candidate = heck::ToUpperCamelCase::to_upper_camel_case(letters.as_str());
            if variant_name_problem(&candidate).is_none() {
                return candidate;
            }
            format!("{candidate}Code")
        }
        _ => format!("Code{letters}"),
    }
}

/// User text shown inside a one-line message, with line breaks and other
/// control characters escaped so the message stays on its line.
fn quote(text: &str) -> String {
    format!("\"{}\"", text.escape_debug())
}
