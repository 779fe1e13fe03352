//! The rules for an `[[error]]` entry's own keys: its code and aliases,
//! title, advice, delay, anchor and Rust name.

use super::*;

impl Validator<'_> {
    pub(super) fn entry(
        &mut self,
        raw: &RawEntry,
        languages: Option<&[Language]>,
    ) -> Option<Entry> {
        let required = Required {
            keys: &raw.keys,
            header: &raw.span,
            table: "[[error]]",
        };
        let code = self.required(&raw.code, &required, "code", "code = \"ERROR_...\"");
        let title = self.required(&raw.title, &required, "title", "title = \"NO FUNDS\"");
        let retry = self.required(&raw.retry, &required, "retry", "retry = \"never\"");

        // Every key is checked, so that every problem is reported. An entry
        // is built whatever they find: a problem anywhere fails the whole
        // catalog (`validate`), so an entry with one is never used.
        let code_ok = code.is_some_and(|code| self.api_code(code));
        for alias in &raw.aliases {
            self.api_code(alias);
        }
        if let Some(title) = title {
            self.title(title);
        }
        let retry = retry.and_then(|retry| self.retry(retry));
        let retry_after_ms = self.retry_after_ms(raw, retry);
        // A bad or repeated code has been reported; its Rust name would only
        // repeat the news.
        let variant = code
            .filter(|_| code_ok)
            .and_then(|code| self.variant(raw, code));
        let descriptions = self.descriptions(raw, languages);
        if let Some(reason) = &raw.retired {
            self.one_line(reason, "`retired` reason");
        }
        let anchor = code
            .filter(|_| code_ok)
            .and_then(|code| self.anchor(raw, code));

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

    /// Checks the form of a code or alias and that it is not used twice.
    pub(super) fn api_code(&mut self, code: &At<String>) -> bool {
        if let Some((written, c, kind)) = self.first_stray(code, |c| !c.is_ascii()) {
            let fix = match kind {
                Stray::LooksLike(_) => {
                    let ascii = characters::to_ascii_look_alikes(&code.value);
                    format!("retype it with ordinary letters A-Z and digits: \"{ascii}\"")
                }
                _ => "delete it".to_string(),
            };
            self.problem(
                &written,
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

    pub(super) fn title(&mut self, title: &At<String>) {
        if !self.no_disruptive_character(title, "title") {
            return;
        }
        let problem = if !characters::is_visible(&title.value) {
            "the title is empty; write the page's heading, like title = \"NO FUNDS\""
        } else if title.value.contains(['\n', '\r']) {
            "the title must fit on one line; remove the line break"
        } else if title.value.trim() != title.value {
            "the title starts or ends with spaces; remove them"
        } else {
            return;
        };
        self.problem(&title.span, problem);
    }

    pub(super) fn retry(&mut self, retry: &At<String>) -> Option<Retry> {
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
    pub(super) fn retry_after_ms(
        &mut self,
        raw: &RawEntry,
        retry: Option<Retry>,
    ) -> Option<Option<u64>> {
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
    pub(super) fn anchor(&mut self, raw: &RawEntry, code: &At<String>) -> Option<String> {
        let (anchor, span) = match &raw.anchor {
            Some(anchor) => (anchor.value.clone(), anchor.span.clone()),
            None => (addresses::anchor_for_code(&code.value), code.span.clone()),
        };
        if !addresses::is_anchor(&anchor) {
            self.problem(
                &span,
                format!(
                    "{} is not a heading id; write lowercase letters a-z, digits, `-` and `_`, like anchor = \"no-funds\"",
                    quote(&anchor)
                ),
            );
            return None;
        }
        if anchor == addresses::RETRY_SECTION_ANCHOR {
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

    pub(super) fn variant(&mut self, raw: &RawEntry, code: &At<String>) -> Option<String> {
        let (name, span, origin) = match &raw.variant {
            Some(variant) => (variant.value.clone(), &variant.span, String::new()),
            None => (
                variant_for_code(&code.value),
                &code.span,
                format!(", made from the code {}", quote(&code.value)),
            ),
        };
        let written = raw.variant.as_ref().filter(|_| origin.is_empty());
        if let Some((written, c, kind)) =
            written.and_then(|variant| self.first_stray(variant, |c| !c.is_ascii()))
        {
            self.problem(
                &written,
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
}
