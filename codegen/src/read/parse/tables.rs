//! The tables of errors.toml, read into the raw catalog: `[catalog]`,
//! `[page.LANG]`, `[page_head]`, `[[error]]` and `[error.description]`.

use super::*;

impl Reader<'_> {
    pub(super) fn catalog(&mut self, root: &Table<'_>) -> RawCatalog {
        let mut catalog = RawCatalog::default();
        for (key, value) in root.iter() {
            match key.name.as_ref() {
                "catalog" => {
                    catalog.has_catalog_key = true;
                    match &value.value {
                        Value::Table(table) => {
                            catalog.catalog_span = Some(value.span.clone());
                            self.catalog_table(table, &mut catalog);
                        }
                        _ => self.problem(
                            &value.span,
                            "`catalog` is not a table; write it as a `[catalog]` header line",
                        ),
                    }
                }
                "page" => {
                    catalog.has_page_key = true;
                    self.pages(value, &mut catalog.pages);
                }
                "page_head" => catalog.page_head = self.page_head(value),
                "error" => {
                    catalog.has_unusable_error_key = !matches!(value.value, Value::Array(_));
                    self.entries(value, &mut catalog.entries);
                }
                // A misspelled table is reported once, as misspelled, and
                // not again as missing.
                _ => match self.unknown_top_level_key(key) {
                    Some("catalog") => catalog.has_catalog_key = true,
                    Some("page") => catalog.has_page_key = true,
                    Some("error") => catalog.has_unusable_error_key = true,
                    _ => {}
                },
            }
        }
        catalog
    }

    pub(super) fn catalog_table(&mut self, table: &Table<'_>, catalog: &mut RawCatalog) {
        for (key, value) in table.iter() {
            match key.name.as_ref() {
                "languages" => {
                    catalog.has_languages_key = true;
                    catalog.languages = self.strings(key, value).map(|languages| At {
                        value: languages,
                        span: value.span.clone(),
                    });
                }
                _ => {
                    if let Some(meant) = self.unknown_key(key, CATALOG_KEYS, "[catalog]") {
                        catalog.has_languages_key |= meant == "languages";
                    }
                }
            }
        }
    }

    pub(super) fn pages(&mut self, value: &Node<'_>, pages: &mut Vec<RawPage>) {
        let Value::Table(table) = &value.value else {
            self.problem(
                &value.span,
                "`page` does not hold one table per language; write a `[page.en]` header line and the page's keys under it",
            );
            return;
        };
        for (language, page) in table.iter() {
            match &page.value {
                Value::Table(keys) => pages.push(self.page(language, keys, page)),
                _ => self.problem(
                    &page.span,
                    format!(
                        "`page.{}` is not a table; write a `[page.{0}]` header line and the page's keys under it",
                        language.name
                    ),
                ),
            }
        }
        pages.sort_by_key(|page| page.span.start);
    }

    pub(super) fn page(
        &mut self,
        language: &Key<'_>,
        table: &Table<'_>,
        header: &Node<'_>,
    ) -> RawPage {
        let mut page = RawPage {
            span: header.span.clone(),
            language: At {
                value: language.name.to_string(),
                span: language.span.clone(),
            },
            keys: table.iter().map(|(key, _)| key.name.to_string()).collect(),
            url: None,
            site_url: None,
            path: None,
            sidebar_position: None,
            sidebar_label: None,
            title: None,
            description: None,
            heading: None,
            advice_title: None,
            advice: None,
            advice_note: None,
            advice_note_items: None,
            code_label: None,
            words: Vec::new(),
        };
        for (key, value) in table.iter() {
            match key.name.as_ref() {
                "url" => page.url = self.string(key, value),
                "site_url" => page.site_url = self.string(key, value),
                "path" => page.path = self.string(key, value),
                "advice_note" => page.advice_note = self.string(key, value),
                "sidebar_position" => page.sidebar_position = self.integer(key, value),
                "sidebar_label" => page.sidebar_label = self.string(key, value),
                "title" => page.title = self.string(key, value),
                "description" => page.description = self.string(key, value),
                "heading" => page.heading = self.string(key, value),
                "advice_title" => page.advice_title = self.string(key, value),
                "code_label" => page.code_label = self.string(key, value),
                "advice" => page.advice = self.spanned_strings(key, value),
                "advice_note_items" => page.advice_note_items = self.spanned_strings(key, value),
                name if Word::ALL.iter().any(|word| word.key() == name) => {
                    let word = Word::ALL.into_iter().find(|word| word.key() == name);
                    if let (Some(word), Some(text)) = (word, self.string(key, value)) {
                        page.words.push((word, text));
                    }
                }
                _ => {
                    if let Some(meant) = self.unknown_key(key, PAGE_KEYS, "[page] table") {
                        page.keys.push(meant.to_string());
                    }
                }
            }
        }
        page
    }

    pub(super) fn page_head(&mut self, value: &Node<'_>) -> Option<RawPageHead> {
        let Value::Table(table) = &value.value else {
            self.problem(
                &value.span,
                "`page_head` is not a table; write a `[page_head]` header line with component and module under it",
            );
            return None;
        };
        let mut head = RawPageHead {
            span: value.span.clone(),
            keys: table.iter().map(|(key, _)| key.name.to_string()).collect(),
            component: None,
            module: None,
            properties: Vec::new(),
        };
        for (key, value) in table.iter() {
            match key.name.as_ref() {
                "component" => head.component = self.string(key, value),
                "module" => head.module = self.string(key, value),
                "properties" => match &value.value {
                    Value::Table(properties) => {
                        for (name, text) in properties.iter() {
                            if let Some(text) = self.string(name, text) {
                                let name = At {
                                    value: name.name.to_string(),
                                    span: name.span.clone(),
                                };
                                head.properties.push((name, text));
                            }
                        }
                    }
                    _ => self.problem(
                        &value.span,
                        "`properties` is not a table; write a `[page_head.properties]` header line and one line per property under it, like slug = \"api/api-errors\"",
                    ),
                },
                _ => {
                    if let Some(meant) = self.unknown_key(key, PAGE_HEAD_KEYS, "[page_head] table") {
                        head.keys.push(meant.to_string());
                    }
                }
            }
        }
        Some(head)
    }

    pub(super) fn entries(&mut self, value: &Node<'_>, entries: &mut Vec<RawEntry>) {
        match &value.value {
            Value::Array(items) => {
                for item in items.items.iter() {
                    match &item.value {
                        Value::Table(table) => entries.push(self.entry(table, item)),
                        _ => self.problem(
                            &item.span,
                            "each entry of `error` must be a table: start every entry with an `[[error]]` line",
                        ),
                    }
                }
            }
            Value::Table(_) => self.problem(
                &value.span,
                "`[error]` with single brackets holds only one entry; write `[[error]]`, with double brackets, above every entry",
            ),
            _ => self.problem(
                &value.span,
                "`error` must be a list of tables: start every entry with an `[[error]]` line",
            ),
        }
    }

    pub(super) fn entry(&mut self, table: &Table<'_>, header: &Node<'_>) -> RawEntry {
        let mut entry = RawEntry {
            span: header.span.clone(),
            keys: table.iter().map(|(key, _)| key.name.to_string()).collect(),
            code: None,
            aliases: Vec::new(),
            title: None,
            retry: None,
            retry_after_ms: None,
            variant: None,
            may_differ: Vec::new(),
            retired: None,
            anchor: None,
            description_span: None,
            descriptions: Vec::new(),
        };
        for (key, value) in table.iter() {
            match key.name.as_ref() {
                "code" => entry.code = self.string(key, value),
                "aliases" => entry.aliases = self.strings(key, value).unwrap_or_default(),
                "title" => entry.title = self.string(key, value),
                "retry" => entry.retry = self.string(key, value),
                "retry_after_ms" => entry.retry_after_ms = self.integer(key, value),
                "variant" => entry.variant = self.string(key, value),
                "may_differ" => entry.may_differ = self.strings(key, value).unwrap_or_default(),
                "retired" => entry.retired = self.string(key, value),
                "anchor" => entry.anchor = self.string(key, value),
                "description" => self.descriptions(value, &mut entry),
                _ => {
                    if let Some(meant) = self.unknown_key(key, ENTRY_KEYS, "[[error]] entry") {
                        entry.keys.push(meant.to_string());
                    }
                }
            }
        }
        entry
    }

    pub(super) fn descriptions(&mut self, value: &Node<'_>, entry: &mut RawEntry) {
        let Value::Table(table) = &value.value else {
            self.problem(
                &value.span,
                "`description` is not a table; write an `[error.description]` line and one line per language under it, like en = \"...\"",
            );
            return;
        };
        entry.description_span = Some(value.span.clone());
        // In the order written: the tree keeps a table's keys so.
        for (language, text) in table.iter() {
            let name = &*language.name;
            if ENTRY_KEYS.contains(&name) {
                let header_line = self.line(value.span.clone().start);
                self.problem(
                    &language.span,
                    format!(
                        "`{name}` belongs to the entry, not to its description; move this line up, above the [error.description] line ({header_line})"
                    ),
                );
                entry.keys.push(name.to_string());
                continue;
            }
            let text = self.string(language, text);
            let language = At {
                value: language.name.to_string(),
                span: language.span.clone(),
            };
            entry.descriptions.push((language, text));
        }
    }
}
