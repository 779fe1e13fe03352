//! The rules for the `[page.LANG]` tables and `[page_head]`.

use super::*;

impl Validator<'_> {
    pub(super) fn pages(
        &mut self,
        raw: &RawCatalog,
        languages: Option<&[Language]>,
    ) -> Option<Vec<Page>> {
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

    pub(super) fn page(&mut self, raw: &RawPage) -> Option<Page> {
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
            if let Some(problem) = page_path::page_path_problem(&path.value) {
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

    pub(super) fn page_head(&mut self, raw: &RawPageHead) -> Option<PageHead> {
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
}
