//! What a program asks of an error code.

use core::fmt;
use core::str::FromStr;
use core::time::Duration;

use crate::{ErrorCode, Lang, Localized, Retry, UnknownCode};

impl ErrorCode {
    /// The code for a string the API sent: a canonical code or an alias,
    /// matched exactly (case-sensitive). `None` for a code this catalog does
    /// not know, so that a new code from the API never panics; keep the raw
    /// string in that case.
    ///
    /// ```
    /// use capmonster_errors::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_code("ERROR_ZERO_BALANCE"), Some(ErrorCode::ZeroBalance));
    /// assert_eq!(ErrorCode::from_code("WRONG_CAPTCHA_ID"), Some(ErrorCode::NoSuchCapchaId));
    /// assert_eq!(ErrorCode::from_code("error_zero_balance"), None);
    /// ```
    ///
    /// It answers as [`CODES`](crate::CODES) does, through a perfect-hash table of its own
    /// whose hash is several times cheaper than `phf`'s SipHash.
    #[inline]
    pub fn from_code(code: &str) -> Option<ErrorCode> {
        crate::lookup::find(code)
    }

    /// The canonical code, as the API sends it.
    ///
    /// ```
    /// use capmonster_errors::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::NoSuchCapchaId.code(), "ERROR_NO_SUCH_CAPCHA_ID");
    /// ```
    #[inline]
    pub const fn code(self) -> &'static str {
        self.entry().code
    }

    /// Other codes the API sends with the same meaning, often none.
    ///
    /// ```
    /// use capmonster_errors::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::NoSuchCapchaId.aliases(), ["WRONG_CAPTCHA_ID"]);
    /// assert!(ErrorCode::ZeroBalance.aliases().is_empty());
    /// ```
    #[inline]
    pub const fn aliases(self) -> &'static [&'static str] {
        crate::entry::strings(&crate::generated::ALIASES, self.entry().aliases)
    }

    /// The short title of the docs page's heading, like `"NO FUNDS"`.
    ///
    /// ```
    /// use capmonster_errors::ErrorCode;
    ///
    /// // The heading doc writers give the entry in errors.toml.
    /// println!("{}", ErrorCode::ZeroBalance.title());
    /// ```
    #[inline]
    pub const fn title(self) -> &'static str {
        self.entry().title
    }

    /// The description as plain text, for a person to read in a terminal or
    /// a dialog: links reduced to their text, no emphasis or code marks, on
    /// one line.
    ///
    /// ```
    /// use capmonster_errors::{ErrorCode, Lang};
    ///
    /// let text = ErrorCode::ZeroBalance.description(Lang::Zh);
    /// assert!(!text.contains('\n') && !text.contains("**"));
    /// ```
    #[inline]
    pub const fn description(self, lang: Lang) -> &'static str {
        self.entry().description[lang as usize]
    }

    /// The description in Markdown, exactly as errors.toml has it (with the
    /// surrounding whitespace trimmed).
    ///
    /// ```
    /// use capmonster_errors::{ErrorCode, Lang};
    ///
    /// // Links, `code` and emphasis as written, for a Markdown renderer.
    /// println!("{}", ErrorCode::ZeroBalance.description_markdown(Lang::Zh));
    /// ```
    #[inline]
    pub const fn description_markdown(self, lang: Lang) -> &'static str {
        self.entry().description_markdown[lang as usize]
    }

    /// The addresses the description in `lang` links to, absolute, in the
    /// order the links stand, each once: what [`description`](Self::description)'s
    /// plain text leaves out.
    ///
    /// ```
    /// use capmonster_errors::{ErrorCode, Lang};
    ///
    /// for address in ErrorCode::ZeroBalance.links(Lang::En) {
    ///     assert!(address.starts_with("https://") || address.starts_with("http://"));
    /// }
    /// ```
    #[inline]
    pub const fn links(self, lang: Lang) -> &'static [&'static str] {
        crate::entry::strings(&crate::generated::LINKS, self.entry().links[lang as usize])
    }

    /// The address of this code's entry on the published docs page in
    /// `lang`: the page's URL and the anchor of the entry's heading.
    ///
    /// ```
    /// use capmonster_errors::{ErrorCode, Lang};
    ///
    /// let url = ErrorCode::ZeroBalance.doc_url(Lang::En);
    /// assert!(url.starts_with("https://") && url.contains('#'));
    /// ```
    #[inline]
    pub const fn doc_url(self, lang: Lang) -> &'static str {
        crate::entry::text(
            crate::generated::DOC_URLS,
            self.entry().doc_url[lang as usize],
        )
    }

    /// Why the API no longer sends this code, when it has stopped. A retired
    /// code stays in the catalog, and its variant is `#[deprecated]`, so
    /// that no dependent breaks; old responses may still carry it.
    ///
    /// ```
    /// use capmonster_errors::ErrorCode;
    ///
    /// if let Some(reason) = ErrorCode::ZeroBalance.retired() {
    ///     println!("no longer sent: {reason}");
    /// }
    /// ```
    #[inline]
    pub const fn retired(self) -> Option<&'static str> {
        self.entry().retired
    }

    /// What a client should do after this error.
    ///
    /// ```
    /// use capmonster_errors::{ErrorCode, Retry};
    ///
    /// match ErrorCode::CaptchaNotReady.retry() {
    ///     Retry::SameRequest => { /* ask again, after retry_after() */ }
    ///     Retry::NewTask => { /* create a new task */ }
    ///     Retry::Never => { /* tell a person */ }
    ///     _ => { /* a new task from fresh data; more kinds may come */ }
    /// }
    /// ```
    #[inline]
    pub const fn retry(self) -> Retry {
        self.entry().retry
    }

    /// Whether trying again can help, by the same request or a new task:
    /// `retry().is_retryable()`.
    #[inline]
    pub const fn is_retryable(self) -> bool {
        self.retry().is_retryable()
    }

    /// How long to wait before sending the same request again, where the
    /// catalog says. `None` when [`retry`](ErrorCode::retry) is not
    /// [`Retry::SameRequest`], or when it is but the API documents no delay:
    /// then choose one, with backoff.
    ///
    /// ```
    /// use core::time::Duration;
    /// use capmonster_errors::ErrorCode;
    ///
    /// let code = ErrorCode::TooMuchRequests;
    /// let wait = code.retry_after().unwrap_or(Duration::from_secs(1));
    /// # let _ = wait;
    /// for code in ErrorCode::ALL {
    ///     if code.retry_after().is_some() {
    ///         assert_eq!(code.retry(), capmonster_errors::Retry::SameRequest);
    ///     }
    /// }
    /// ```
    #[inline]
    pub const fn retry_after(self) -> Option<Duration> {
        match self.entry().retry_after_ms {
            Some(ms) => Some(Duration::from_millis(ms)),
            None => None,
        }
    }

    /// What a client should do, one sentence in `lang`:
    /// [`retry`](ErrorCode::retry) and
    /// [`retry_after`](ErrorCode::retry_after) in words, as the docs pages
    /// and the command-line tool phrase them.
    ///
    /// ```
    /// use capmonster_errors::{ErrorCode, Label, Lang};
    ///
    /// for code in ErrorCode::ALL {
    ///     println!("{}{}", Lang::En.label(Label::Advice), code.advice(Lang::En));
    /// }
    /// ```
    #[inline]
    pub const fn advice(self, lang: Lang) -> &'static str {
        self.entry().advice[lang as usize]
    }

    /// The one-line message of [`Display`](fmt::Display) in another
    /// language: `CODE: description`, the description as
    /// [`description`](ErrorCode::description) gives it.
    ///
    /// ```
    /// use capmonster_errors::{ErrorCode, Lang};
    ///
    /// let code = ErrorCode::ZeroBalance;
    /// assert_eq!(
    ///     code.display(Lang::Zh).to_string(),
    ///     format!("ERROR_ZERO_BALANCE: {}", code.description(Lang::Zh))
    /// );
    /// ```
    #[inline]
    pub const fn display(self, lang: Lang) -> Localized {
        Localized { code: self, lang }
    }
}

// Not derived: a derived `Debug` is a `match` with an arm per variant, and
// rustc's borrow check of it grows faster than the catalog. The names are
// one generated string instead; the output is the derive's.
impl fmt::Debug for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::entry::text(
            crate::generated::VARIANT_NAMES,
            self.entry().variant,
        ))
    }
}

impl fmt::Display for ErrorCode {
    /// Writes `CODE: description` on one line: the canonical code, a colon
    /// and a space, and the plain English description.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display(Lang::En).fmt(f)
    }
}

impl core::error::Error for ErrorCode {}

impl FromStr for ErrorCode {
    type Err = UnknownCode;

    /// [`ErrorCode::from_code`], with an error that names the unknown code.
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        ErrorCode::from_code(code).ok_or_else(|| UnknownCode::new(code))
    }
}

impl TryFrom<&str> for ErrorCode {
    type Error = UnknownCode;

    fn try_from(code: &str) -> Result<Self, Self::Error> {
        code.parse()
    }
}
