//! The rules a [`RawCatalog`] must follow to become a [`Catalog`].

use std::collections::HashMap;

use std::collections::BTreeSet;

use crate::advice::{DELAY_PLACEHOLDER, Word, Words};
use crate::catalog::{Catalog, ENGLISH, Entry, Language, Page, PageHead, Retry};
use crate::characters::{self, Stray, describe, stray};
use crate::cross_language;
use crate::diagnostic::Problem;
use crate::links::{self, is_web_address};
use crate::markdown::{self, Inline};
use crate::naming::{variant_for_code, variant_for_language, variant_name_problem};
use crate::page_head;
use crate::raw::{At, RawCatalog, RawEntry, RawPage, RawPageHead, Span};
use crate::site_paths;
use crate::source::LineIndex;
use crate::suggest::{closest, did_you_mean};

/// The longest delay a catalog may advise: longer than this, a client is
/// better served by giving up than by waiting.
pub const MAX_RETRY_AFTER_MS: i64 = 3_600_000;

pub fn validate(raw: &RawCatalog, lines: &LineIndex<'_>) -> Result<Catalog, Vec<Problem>> {
    let mut validator = Validator {
        lines,
        problems: Vec::new(),
        codes_seen: HashMap::new(),
        variants_seen: HashMap::new(),
        anchors_seen: HashMap::new(),
    };
    let languages = validator.languages(raw);
    let pages = validator.pages(raw, languages.as_deref());
    let page_head = raw
        .page_head
        .as_ref()
        .and_then(|head| validator.page_head(head));
    if raw.entries.is_empty() && !raw.has_unusable_error_key {
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
    match (
        languages,
        pages,
        entries.into_iter().collect::<Option<Vec<_>>>(),
    ) {
        (Some(languages), Some(pages), Some(entries)) if validator.problems.is_empty() => {
            Ok(Catalog {
                languages,
                pages,
                page_head,
                entries,
            })
        }
        _ => Err(validator.problems),
    }
}

/// A table that must hold some keys, for reporting the missing ones.
struct Required<'a> {
    keys: &'a [String],
    header: &'a Span,
    table: &'a str,
}

struct Validator<'a> {
    lines: &'a LineIndex<'a>,
    problems: Vec<Problem>,
    /// Every code and alias met so far, with where it was first written.
    codes_seen: HashMap<String, Span>,
    /// Every variant name met so far, with the code it was made for.
    variants_seen: HashMap<String, At<String>>,
    /// Every heading id met so far, with where it was written or made.
    anchors_seen: HashMap<String, Span>,
}

impl Validator<'_> {
    fn languages(&mut self, raw: &RawCatalog) -> Option<Vec<Language>> {
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
        if !seen.contains_key(ENGLISH) {
            self.problem(
                &languages.span,
                "`languages` lacks \"en\", the language errors print in by default; add \"en\" to the list",
            );
            return None;
        }
        (valid.len() == languages.value.len()).then_some(valid)
    }

    fn entry(&mut self, raw: &RawEntry, languages: Option<&[Language]>) -> Option<Entry> {
        let required = Required {
            keys: &raw.keys,
            header: &raw.span,
            table: "[[error]]",
        };
        let code = self.required(&raw.code, &required, "code", "code = \"ERROR_...\"");
        let title = self.required(&raw.title, &required, "title", "title = \"NO FUNDS\"");
        let retry = self.required(&raw.retry, &required, "retry", "retry = \"never\"");

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
        let retired_ok = raw
            .retired
            .as_ref()
            .is_none_or(|reason| self.one_line(reason, "`retired` reason"));
        let anchor = code
            .filter(|_| code_ok)
            .and_then(|code| self.anchor(raw, code));

        if !(code_ok && aliases_ok && title_ok && retired_ok) {
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
            anchor: anchor?,
            retired: raw.retired.as_ref().map(|reason| reason.value.clone()),
        })
    }

    fn required<'r, T>(
        &mut self,
        value: &'r Option<At<T>>,
        table: &Required<'_>,
        key: &str,
        example: &str,
    ) -> Option<&'r At<T>> {
        // A key given with a value of the wrong type was reported already.
        if value.is_none() && !table.keys.iter().any(|given| given == key) {
            self.problem(
                table.header,
                format!(
                    "this {} has no `{key}`; add a line like {example} under it",
                    table.table
                ),
            );
        }
        value.as_ref()
    }

    fn pages(&mut self, raw: &RawCatalog, languages: Option<&[Language]>) -> Option<Vec<Page>> {
        let mut ok = true;
        for page in &raw.pages {
            let declared = languages
                .is_none_or(|all| all.iter().any(|known| known.tag == page.language.value));
            if !declared {
                self.problem(
                    &page.language.span,
                    format!(
                        "`[page.{}]` is for a language not declared in `languages` under [catalog]; add it there, or remove this table",
                        page.language.value.escape_debug()
                    ),
                );
                ok = false;
            }
        }
        let mut paths_seen: HashMap<&str, &Span> = HashMap::new();
        for path in raw.pages.iter().filter_map(|page| page.path.as_ref()) {
            if let Some(first) = paths_seen.insert(&path.value, &path.span) {
                let first = self.place(first);
                self.problem(
                    &path.span,
                    format!(
                        "two languages' pages have the `path` {}, also at {first}; give each language its own file",
                        quote(&path.value)
                    ),
                );
                ok = false;
            }
        }
        let languages = languages?;
        // A `page` of the wrong type was reported already.
        let report_missing = !(raw.has_page_key && raw.pages.is_empty());
        let mut pages = Vec::new();
        for language in languages {
            match raw
                .pages
                .iter()
                .find(|page| page.language.value == language.tag)
            {
                Some(page) => match self.page(page) {
                    Some(page) => pages.push(page),
                    None => ok = false,
                },
                None => {
                    if report_missing {
                        let at = self.language_span(raw, &language.tag);
                        self.problem(
                            &at,
                            format!(
                                "there is no `[page.{0}]` table for the `{0}` docs page; add one with url, site_url, heading, advice_title and code_label",
                                language.tag
                            ),
                        );
                    }
                    ok = false;
                }
            }
        }
        ok.then_some(pages)
    }

    fn language_span(&self, raw: &RawCatalog, tag: &str) -> Span {
        raw.languages
            .iter()
            .flat_map(|languages| &languages.value)
            .find(|language| language.value == tag)
            .map_or(0..0, |language| language.span.clone())
    }

    fn page(&mut self, raw: &RawPage) -> Option<Page> {
        let table = format!("[page.{}] table", raw.language.value);
        let required = Required {
            keys: &raw.keys,
            header: &raw.span,
            table: &table,
        };
        let example_url = "url = \"https://docs.capmonster.cloud/docs/api/api-errors\"";
        let url = self.required(&raw.url, &required, "url", example_url);
        let site_url = self.required(
            &raw.site_url,
            &required,
            "site_url",
            "site_url = \"https://docs.capmonster.cloud\"",
        );
        let heading = self.required(&raw.heading, &required, "heading", "heading = \"Errors\"");
        let advice_title = self.required(
            &raw.advice_title,
            &required,
            "advice_title",
            "advice_title = \"Tips:\"",
        );
        let code_label = self.required(
            &raw.code_label,
            &required,
            "code_label",
            "code_label = \"API error code: \"",
        );

        let mut ok = true;
        for address in [url, site_url].into_iter().flatten() {
            if !is_web_address(&address.value) {
                self.problem(
                    &address.span,
                    format!(
                        "{} is not a full web address; write one that starts with https://, like \"https://docs.capmonster.cloud\"",
                        quote(&address.value)
                    ),
                );
                ok = false;
            }
        }
        let sidebar_position = match &raw.sidebar_position {
            Some(position) => match u32::try_from(position.value) {
                Ok(position) => Some(position),
                Err(_) => {
                    self.problem(
                        &position.span,
                        format!(
                            "`sidebar_position` is {}, but must be 0 or more; write the page's place in the sidebar, like sidebar_position = 4",
                            position.value
                        ),
                    );
                    ok = false;
                    None
                }
            },
            None => None,
        };
        for (text, what) in [
            (heading, "heading"),
            (advice_title, "advice_title"),
            (code_label, "code_label"),
            (raw.sidebar_label.as_ref(), "sidebar_label"),
            (raw.title.as_ref(), "title"),
            (raw.description.as_ref(), "description"),
        ] {
            if let Some(text) = text {
                ok &= self.one_line(text, what) && self.links(text, what);
            }
        }
        if let Some(path) = &raw.path {
            if let Some(problem) = site_paths::page_path_problem(&path.value) {
                self.problem(&path.span, problem);
                ok = false;
            }
        }
        if let Some(note) = &raw.advice_note {
            ok &= self.one_line(note, "advice_note") && self.links(note, "advice_note");
        }
        for (list, key, example) in [
            (&raw.advice, "advice", "[\"Use good proxies.\"]"),
            (&raw.advice_note_items, "advice_note_items", "[\"taskId\"]"),
        ] {
            let Some(list) = list else { continue };
            if list.value.is_empty() {
                self.problem(
                    &list.span,
                    format!("`{key}` is empty; list its items, like {example}, or remove the line"),
                );
                ok = false;
            }
            let what = format!("{key} item");
            for item in &list.value {
                ok &= self.one_line(item, &what) && self.links(item, &what);
            }
        }
        for (word, text) in &raw.words {
            let what = format!("`{}`", word.key());
            ok &= self.one_line(text, &what) && self.links(text, &what);
            let placeholders = text.value.matches(DELAY_PLACEHOLDER).count();
            let wanted = usize::from(*word == Word::RetrySameRequestAfter);
            let problem = match (wanted, placeholders) {
                (1, 0) => format!(
                    "`{}` has no {DELAY_PLACEHOLDER}; write {DELAY_PLACEHOLDER} once, where the number of milliseconds goes",
                    word.key()
                ),
                (1, 1) | (0, 0) => continue,
                (1, _) => format!(
                    "`{}` has {DELAY_PLACEHOLDER} {placeholders} times; keep one",
                    word.key()
                ),
                _ => format!(
                    "`{}` has {DELAY_PLACEHOLDER}, but no delay goes with it; remove {DELAY_PLACEHOLDER}: only `retry_same_request_after` has one",
                    word.key()
                ),
            };
            self.problem(&text.span, problem);
            ok = false;
        }
        if !ok {
            return None;
        }
        Some(Page {
            url: url?.value.clone(),
            site_url: site_url?.value.clone(),
            path: raw.path.as_ref().map(|path| path.value.clone()),
            sidebar_position,
            sidebar_label: raw.sidebar_label.as_ref().map(|text| text.value.clone()),
            title: raw.title.as_ref().map(|text| text.value.clone()),
            description: raw.description.as_ref().map(|text| text.value.clone()),
            heading: heading?.value.clone(),
            advice_title: advice_title?.value.clone(),
            advice: values(&raw.advice),
            advice_note: raw.advice_note.as_ref().map(|note| note.value.clone()),
            advice_note_items: values(&raw.advice_note_items),
            code_label: code_label?.value.clone(),
            words: Words::with(|wanted| {
                raw.words
                    .iter()
                    .find(|(word, _)| *word == wanted)
                    .map(|(_, text)| text.value.clone())
            }),
        })
    }

    fn page_head(&mut self, raw: &RawPageHead) -> Option<PageHead> {
        let required = Required {
            keys: &raw.keys,
            header: &raw.span,
            table: "[page_head] table",
        };
        let component = self.required(
            &raw.component,
            &required,
            "component",
            "component = \"ArticleHead\"",
        );
        let module = self.required(
            &raw.module,
            &required,
            "module",
            "module = \"src/theme/ArticleHead\"",
        );
        let mut ok = true;
        let checks = [
            component.map(|name| (name, page_head::component_problem(&name.value))),
            module.map(|module| (module, page_head::module_problem(&module.value))),
        ];
        for (at, problem) in checks.into_iter().flatten() {
            if let Some(problem) = problem {
                self.problem(&at.span, problem);
                ok = false;
            }
        }
        let mut names_seen = BTreeSet::new();
        for (name, value) in &raw.properties {
            if let Some(problem) = page_head::property_problem(&name.value) {
                self.problem(&name.span, problem);
                ok = false;
            }
            if !names_seen.insert(name.value.as_str()) {
                self.problem(
                    &name.span,
                    format!("the property `{}` is given twice; keep one", name.value),
                );
                ok = false;
            }
            let what = format!("`{}` property", name.value);
            ok &= self.no_disruptive_character(value, &what);
        }
        if !ok {
            return None;
        }
        Some(PageHead {
            component: component?.value.clone(),
            module: module?.value.clone(),
            properties: raw
                .properties
                .iter()
                .map(|(name, value)| (name.value.clone(), value.value.clone()))
                .collect(),
        })
    }

    /// Checks a piece of Markdown text as CommonMark reads it: every link
    /// goes to a web address or a page of the docs site, by an address
    /// nothing can read as anything else; there is no image; and no
    /// character reference (`&#27;`) stands for a character the text may
    /// not hold.
    fn links(&mut self, text: &At<String>, what: &str) -> bool {
        let pieces = markdown::parse(&text.value);
        let mut ok = true;
        for_each_piece(&pieces, &mut |piece| {
            let problem = match piece {
                Inline::Image { url, .. } => Some(format!(
                    "the {what} shows an image ![...]({url}); images are not allowed in the catalog's text, so remove the `!` to make it a link"
                )),
                Inline::Link { url, .. } => links::link_problem(url)
                    .map(|problem| format!("the {what} links to {}: {problem}", quote(url))),
                Inline::Text(read) | Inline::Code(read) => read
                    .chars()
                    .find(|&c| characters::is_disruptive(c))
                    .map(|c| {
                        format!(
                            "the {what} holds a character reference to {}; delete the reference",
                            characters::named(c)
                        )
                    }),
                Inline::Strong(..) | Inline::Emphasis(..) => None,
            };
            if let Some(problem) = problem {
                self.problem(&text.span, problem);
                ok = false;
            }
        });
        ok
    }

    /// Checks that a piece of page text is not empty and fits on one line.
    fn one_line(&mut self, text: &At<String>, what: &str) -> bool {
        if !self.no_disruptive_character(text, what) {
            return false;
        }
        let problem = if !characters::is_visible(&text.value) {
            format!("the {what} is empty; write the text between the quotes")
        } else if text.value.contains(['\n', '\r']) {
            format!("the {what} must fit on one line; remove the line break")
        } else {
            return true;
        };
        self.problem(&text.span, problem);
        false
    }

    /// Checks the form of a code or alias and that it is not used twice.
    fn api_code(&mut self, code: &At<String>) -> bool {
        if let Some((at, c, kind)) = self.first_stray(code, |c| !c.is_ascii()) {
            let fix = match kind {
                Stray::LooksLike(_) => {
                    let ascii = characters::to_ascii_look_alikes(&code.value);
                    format!("retype it with ordinary letters A-Z and digits: \"{ascii}\"")
                }
                _ => "delete it".to_string(),
            };
            self.problem(
                &(at..at + c.len_utf8()),
                format!(
                    "the code {} holds {}; {fix}",
                    quote(&code.value),
                    describe(c, kind)
                ),
            );
            return false;
        }
        if !is_api_code(&code.value) {
            self.problem(
                &code.span,
                format!(
                    "{} is not an API code; write capital letters A-Z, digits and `_`, starting with a letter, like \"ERROR_ZERO_BALANCE\"",
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
        if !self.no_disruptive_character(title, "title") {
            return false;
        }
        let problem = if !characters::is_visible(&title.value) {
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
                    "unknown retry value {}{}; use \"never\", \"same_request\", \"new_task\" or \"new_task_fresh_data\"",
                    quote(&retry.value),
                    did_you_mean(closest(&retry.value, &keys))
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

    /// The id of the entry's heading: `anchor` as written, or made from
    /// the code, which never changes, so that renaming the title breaks no
    /// link to the entry.
    fn anchor(&mut self, raw: &RawEntry, code: &At<String>) -> Option<String> {
        let (anchor, span) = match &raw.anchor {
            Some(anchor) => (anchor.value.clone(), anchor.span.clone()),
            None => (links::anchor_for_code(&code.value), code.span.clone()),
        };
        if !links::is_anchor(&anchor) {
            self.problem(
                &span,
                format!(
                    "{} is not a heading id; write lowercase letters a-z, digits, `-` and `_`, like anchor = \"no-funds\"",
                    quote(&anchor)
                ),
            );
            return None;
        }
        if anchor == links::RETRY_SECTION_ANCHOR {
            self.problem(
                &span,
                format!(
                    "the heading id \"{anchor}\" belongs to the page's section on retrying; set anchor = \"...\" on this entry to another id"
                ),
            );
            return None;
        }
        if let Some(first) = self.anchors_seen.get(&anchor) {
            let first = self.place(first);
            self.problem(
                &span,
                format!(
                    "the heading id \"{anchor}\" is already used at {first}; set anchor = \"...\" on this entry to an id of its own"
                ),
            );
            return None;
        }
        self.anchors_seen.insert(anchor.clone(), span);
        Some(anchor)
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
        let written = raw.variant.as_ref().filter(|_| origin.is_empty());
        if let Some((at, c, kind)) =
            written.and_then(|variant| self.first_stray(variant, |c| !c.is_ascii()))
        {
            self.problem(
                &(at..at + c.len_utf8()),
                format!(
                    "the Rust name `{name}` holds {}; write it with ordinary letters, like `{}`",
                    describe(c, kind),
                    example_variant(&name)
                ),
            );
            return None;
        }
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
            let lowercase = language.value.to_lowercase();
            let in_other_case =
                languages.is_some_and(|all| all.iter().any(|known| known.tag == lowercase));
            if !declared && in_other_case {
                self.problem(
                    &language.span,
                    format!(
                        "the language key `{}` has capital letters; write it in lowercase: `{lowercase}`",
                        language.value
                    ),
                );
                ok = false;
            } else if !declared {
                self.problem(
                    &language.span,
                    format!(
                        "language {} is not declared in `languages` under [catalog]; add it there, or remove this line",
                        quote(&language.value)
                    ),
                );
                ok = false;
            } else if let Some(text) = text {
                let what = format!("`{}` description", language.value);
                if !self.no_disruptive_character_but_line_feeds(text, &language.value)
                    || !self.links(text, &what)
                {
                    ok = false;
                } else if !characters::is_visible(&text.value) {
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
        }
        let mut texts = Vec::new();
        let mut described = Vec::new();
        for language in languages? {
            let text = raw
                .descriptions
                .iter()
                .find(|(tag, _)| tag.value == language.tag);
            match text {
                Some((tag, Some(text))) => {
                    texts.push(text.value.trim().to_string());
                    described.push((tag, text));
                }
                // Reported by the parser as a value of the wrong type.
                Some((_, None)) => ok = false,
                // Written in capitals, and reported so.
                None if raw
                    .descriptions
                    .iter()
                    .any(|(tag, _)| tag.value.to_lowercase() == language.tag) =>
                {
                    ok = false;
                }
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
        if ok {
            ok = self.consistent(raw, &described);
        }
        ok.then_some(texts)
    }

    /// Reports what the [cross-language lint](crate::cross_language) finds
    /// in an entry's descriptions.
    fn consistent(&mut self, raw: &RawEntry, described: &[(&At<String>, &At<String>)]) -> bool {
        let texts: Vec<&str> = described
            .iter()
            .map(|(_, text)| text.value.as_str())
            .collect();
        let may_differ: Vec<&str> = raw
            .may_differ
            .iter()
            .map(|item| item.value.as_str())
            .collect();
        let findings = cross_language::lint(&texts, &may_differ);
        for (lacking, missing, has_it) in &findings.missing {
            let (language, text) = described[*lacking];
            let (other, _) = described[*has_it];
            self.problem(
                &text.span,
                format!(
                    "the `{}` description lacks {missing}, which the `{}` description has; add it, or if the difference is intended, add {} to `may_differ` in this entry",
                    language.value,
                    other.value,
                    quote(missing.target())
                ),
            );
        }
        for &index in &findings.needless {
            let item = &raw.may_differ[index];
            self.problem(
                &item.span,
                format!(
                    "`may_differ` lists {}, but no link target or code span by that name differs between the descriptions; remove it from the list",
                    quote(&item.value)
                ),
            );
        }
        findings == cross_language::Findings::default()
    }

    /// The first stray character of `text` that `suspect` picks out: its
    /// offset in the file (the opening quote's, when escapes in the quoted
    /// text hide where it stands), the character, and what it is.
    fn first_stray(
        &self,
        text: &At<String>,
        suspect: impl Fn(char) -> bool,
    ) -> Option<(usize, char, Stray)> {
        let (index, c, kind) = text
            .value
            .char_indices()
            .filter(|&(_, c)| suspect(c))
            .find_map(|(index, c)| Some((index, c, stray(c)?)))?;
        let written = self.lines.text().get(text.span.clone());
        let verbatim = written.is_some_and(|written| {
            written.len() == text.value.len() + 2 && written[1..written.len() - 1] == text.value
        });
        let at = if verbatim {
            text.span.start + 1 + index
        } else {
            text.span.start
        };
        Some((at, c, kind))
    }

    /// As [`Validator::no_disruptive_character`], for a description, which
    /// may hold line feeds (multi-line TOML text).
    fn no_disruptive_character_but_line_feeds(
        &mut self,
        text: &At<String>,
        language: &str,
    ) -> bool {
        let Some((at, c, kind)) = self.first_stray(text, characters::is_disruptive) else {
            return true;
        };
        self.problem(
            &(at..at + c.len_utf8()),
            format!(
                "the `{language}` description holds {}; delete it",
                describe(c, kind)
            ),
        );
        false
    }

    /// Reports a character in `text` that could break the line it is shown
    /// on or hide what follows: controls, line separators, direction
    /// overrides. Line feeds are allowed in descriptions only.
    fn no_disruptive_character(&mut self, text: &At<String>, what: &str) -> bool {
        let found = self.first_stray(text, |c| characters::is_disruptive(c) || c == '\n');
        let Some((at, c, kind)) = found else {
            return true;
        };
        let is_line_break = matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_line_break {
            self.problem(
                &(at..at + c.len_utf8()),
                format!(
                    "the {what} holds {}, a line break, but must fit on one line; remove it",
                    characters::named(c)
                ),
            );
            return false;
        }
        let fix = "delete it";
        self.problem(
            &(at..at + c.len_utf8()),
            format!("the {what} holds {}; {fix}", describe(c, kind)),
        );
        false
    }

    fn place(&self, span: &Span) -> String {
        let (line, column) = self.lines.position(span.start);
        format!("line {line}, column {column}")
    }

    fn problem(&mut self, span: &Span, message: impl Into<String>) {
        self.problems.push(Problem::at(span, message));
    }
}

/// Calls `visit` on every piece of `pieces`, depth first, in reading order.
/// The texts of a list, or none.
fn values(list: &Option<At<Vec<At<String>>>>) -> Vec<String> {
    list.iter()
        .flat_map(|list| &list.value)
        .map(|item| item.value.clone())
        .collect()
}

fn for_each_piece(pieces: &[Inline], visit: &mut dyn FnMut(&Inline)) {
    for piece in pieces {
        visit(piece);
        match piece {
            Inline::Strong(inner, _)
            | Inline::Emphasis(inner, _)
            | Inline::Link { text: inner, .. }
            | Inline::Image { text: inner, .. } => for_each_piece(inner, visit),
            Inline::Text(_) | Inline::Code(_) => {}
        }
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
    let letters: String = characters::to_ascii_look_alikes(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
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
