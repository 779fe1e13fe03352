//! Naming a language, and finding one from a locale.

use crate::Lang;
use crate::generated::LANGUAGE_TAGS;

impl Lang {
    /// The language's tag in errors.toml, a primary language subtag such
    /// as `"zh"`.
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

    /// The language of a BCP 47 tag (`"zh-CN"`, `"en-US"`) or a POSIX
    /// locale name (`"zh_CN.UTF-8"`, `"en_US@euro"`), judged by its primary
    /// language alone and without regard to case. `None` for a language the
    /// catalog has no text in, and for `"C"` or `"POSIX"`.
    ///
    /// ```
    /// use capmonster_errors::Lang;
    ///
    /// assert_eq!(Lang::from_tag("zh_CN.UTF-8"), Some(Lang::Zh));
    /// assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
    /// assert_eq!(Lang::from_tag("fr-FR"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_', '.', '@']).next().unwrap_or(tag);
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }
}

impl core::fmt::Display for Lang {
    /// Writes the language's tag, as [`Lang::code`] returns it.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}
