//! Naming a language, and finding one from a locale.

use crate::Lang;
use crate::generated::LANGUAGE_TAGS;
use crate::locale;

impl Lang {
    /// The language's tag in errors.toml, as the docs site names the
    /// locale: a language subtag such as `"zh"`, with a region after `-`
    /// for a regional variety (`"pt-br"`).
    ///
    /// ```
    /// use capmonster_errors::Lang;
    ///
    /// assert_eq!(Lang::Zh.code(), "zh");
    /// ```
    #[inline]
    pub const fn code(self) -> &'static str {
        LANGUAGE_TAGS[self as usize]
    }

    /// The language that best serves a BCP 47 tag (`"pt-BR"`,
    /// `"zh-Hant-TW"`) or a POSIX locale name (`"pt_BR.UTF-8"`,
    /// `"ru_RU@euro"`), without regard to case: the catalog's language with
    /// the same language and region; else the one with the same language
    /// and no region (`zh` for `zh_CN`); else one with the same language
    /// and another region (`pt-br` for `pt_PT`), the first in errors.toml's
    /// order when there are several. `None` when the catalog has no text in
    /// the language, and for `"C"` or `"POSIX"`.
    ///
    /// ```
    /// use capmonster_errors::Lang;
    ///
    /// assert_eq!(Lang::from_tag("zh_CN.UTF-8"), Some(Lang::Zh));
    /// assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
    /// assert_eq!(Lang::from_tag("C"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Lang> {
        locale::best_match(&LANGUAGE_TAGS, tag).map(|index| Lang::ALL[index])
    }
}

impl core::fmt::Display for Lang {
    /// Writes the language's tag, as [`Lang::code`] returns it.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}

/// A label the docs pages and the command-line tool put before a piece of
/// an error code's data, in each language (see [`Lang::label`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Label {
    /// Before the other codes the API sends with the same meaning.
    Aliases,
    /// Before [`ErrorCode::advice`](crate::ErrorCode::advice).
    Advice,
    /// Before [`ErrorCode::doc_url`](crate::ErrorCode::doc_url).
    Docs,
    /// Before [`ErrorCode::retired`](crate::ErrorCode::retired).
    Retired,
    /// Before the description the server sent with an error, its
    /// `errorDescription` (`ApiError::server_description`).
    Server,
}

impl Lang {
    /// The label in this language, with its punctuation and space, like
    /// `"What to do: "`. A language whose page gives no such label in
    /// errors.toml has the English one.
    ///
    /// ```
    /// use capmonster_errors::{Label, Lang};
    ///
    /// assert!(Lang::En.label(Label::Advice).ends_with(' '));
    /// ```
    #[inline]
    pub const fn label(self, label: Label) -> &'static str {
        crate::generated::LABELS[self as usize][label as usize]
    }

    /// What to do about a code this catalog does not know, in this
    /// language: give up, and keep the code and the server's description
    /// (`ErrorCode::from_code` gave `None`). A language whose page gives no
    /// such words in errors.toml has the English ones.
    ///
    /// ```
    /// use capmonster_errors::Lang;
    ///
    /// assert!(!Lang::En.unknown_code_advice().is_empty());
    /// ```
    #[inline]
    pub const fn unknown_code_advice(self) -> &'static str {
        crate::generated::UNKNOWN_CODE_ADVICE[self as usize]
    }
}

impl core::str::FromStr for Lang {
    type Err = UnknownLanguage;

    /// [`Lang::from_tag`], with an error for a language the catalog has no
    /// text in.
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        Lang::from_tag(tag).ok_or(UnknownLanguage)
    }
}

/// A tag of a language the catalog has no text in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct UnknownLanguage;

impl core::fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("no language of the catalog; expected one of ")?;
        for (index, lang) in Lang::ALL.iter().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            f.write_str(lang.code())?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownLanguage {}
