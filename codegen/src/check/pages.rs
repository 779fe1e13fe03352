//! The rules for the `[page.LANG]` tables: one for each language, each
//! with its keys, addresses, texts and tips box. Its words are
//! `words.rs`'s, its path `page_path.rs`'s.

use super::*;

impl Validator<'_> {
    pub(super) fn pages(
        &mut self,
        raw: &RawCatalog,
        languages: Option<&[Language]>,
    ) -> Option<Vec<Page>> {
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
                // Without a required key, the page is left out; the key's
                // absence has been reported.
                Some(page) => pages.extend(self.page(page)),
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
                }
            }
        }
        Some(pages)
    }

    /// The page, when it has every required key. Like an entry, it is built
    /// whatever its checks find: a problem anywhere fails the whole catalog.
    pub(super) fn page(&mut self, raw: &RawPage) -> Option<Page> {
        let required = self.page_required(raw);
        self.page_addresses(&required);
        let sidebar_position = self.sidebar_position(raw);
        self.page_texts(raw, &required);
        self.page_path(raw);
        self.tips(raw);
        self.words(raw);
        Some(Page {
            url: required.url?.value.clone(),
            site_url: required.site_url?.value.clone(),
            path: raw.path.as_ref().map(|path| path.value.clone()),
            sidebar_position,
            sidebar_label: raw.sidebar_label.as_ref().map(|text| text.value.clone()),
            title: raw.title.as_ref().map(|text| text.value.clone()),
            description: raw.description.as_ref().map(|text| text.value.clone()),
            heading: required.heading?.value.clone(),
            advice_title: required.advice_title?.value.clone(),
            advice: values(&raw.advice),
            advice_note: raw.advice_note.as_ref().map(|note| note.value.clone()),
            advice_note_items: values(&raw.advice_note_items),
            code_label: required.code_label?.value.clone(),
            words: Words::with(|wanted| {
                raw.words
                    .iter()
                    .find(|(word, _)| *word == wanted)
                    .map(|(_, text)| text.value.clone())
            }),
        })
    }

    /// The keys every page must have, each reported where it is missing.
    fn page_required<'r>(&mut self, raw: &'r RawPage) -> RequiredPageKeys<'r> {
        let table = format!("[page.{}] table", raw.language.value);
        let required = Required {
            keys: &raw.keys,
            header: &raw.span,
            table: &table,
        };
        let example_url = "url = \"https://docs.capmonster.cloud/docs/api/api-errors\"";
        RequiredPageKeys {
            url: self.required(&raw.url, &required, "url", example_url),
            site_url: self.required(
                &raw.site_url,
                &required,
                "site_url",
                "site_url = \"https://docs.capmonster.cloud\"",
            ),
            heading: self.required(&raw.heading, &required, "heading", "heading = \"Errors\""),
            advice_title: self.required(
                &raw.advice_title,
                &required,
                "advice_title",
                "advice_title = \"Tips:\"",
            ),
            code_label: self.required(
                &raw.code_label,
                &required,
                "code_label",
                "code_label = \"API error code: \"",
            ),
        }
    }

    /// `url` and `site_url` are full web addresses.
    fn page_addresses(&mut self, required: &RequiredPageKeys<'_>) {
        for address in [required.url, required.site_url].into_iter().flatten() {
            if !is_web_address(&address.value) {
                self.problem(
                    &address.span,
                    format!(
                        "{} is not a full web address; write one that starts with https://, like \"https://docs.capmonster.cloud\"",
                        quote(&address.value)
                    ),
                );
            }
        }
    }

    /// The page's place in the sidebar, a number of 0 or more.
    fn sidebar_position(&mut self, raw: &RawPage) -> Option<u32> {
        let position = raw.sidebar_position.as_ref()?;
        match u32::try_from(position.value) {
            Ok(position) => Some(position),
            Err(_) => {
                self.problem(
                    &position.span,
                    format!(
                        "`sidebar_position` is {}, but must be 0 or more; write the page's place in the sidebar, like sidebar_position = 4",
                        position.value
                    ),
                );
                None
            }
        }
    }

    /// The page's one-line texts: each on one line, its links good ones.
    fn page_texts(&mut self, raw: &RawPage, required: &RequiredPageKeys<'_>) {
        for (text, what) in [
            (required.heading, "heading"),
            (required.advice_title, "advice_title"),
            (required.code_label, "code_label"),
            (raw.sidebar_label.as_ref(), "sidebar_label"),
            (raw.title.as_ref(), "title"),
            (raw.description.as_ref(), "description"),
        ] {
            if let Some(text) = text {
                self.one_line_with_links(text, what);
            }
        }
    }

    /// Where the page's file lives in the site, when given.
    fn page_path(&mut self, raw: &RawPage) {
        let Some(path) = &raw.path else {
            return;
        };
        if let Some(problem) = page_path::page_path_problem(&path.value) {
            self.problem(&path.span, problem);
        }
    }

    /// The tips box: its paragraph and its two lists, none of them empty.
    fn tips(&mut self, raw: &RawPage) {
        if let Some(note) = &raw.advice_note {
            self.one_line_with_links(note, "advice_note");
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
            }
            let what = format!("{key} item");
            for item in &list.value {
                self.one_line_with_links(item, &what);
            }
        }
    }
}

/// The keys every `[page.LANG]` table must have, those it has.
struct RequiredPageKeys<'r> {
    url: Option<&'r At<String>>,
    site_url: Option<&'r At<String>>,
    heading: Option<&'r At<String>>,
    advice_title: Option<&'r At<String>>,
    code_label: Option<&'r At<String>>,
}
