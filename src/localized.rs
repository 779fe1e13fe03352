//! An error code's message in a chosen language.

use core::fmt;

use crate::{ErrorCode, Lang};

/// An error code's one-line message in one language, made by
/// [`ErrorCode::display`]. It borrows nothing and allocates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Localized {
    pub(crate) code: ErrorCode,
    pub(crate) lang: Lang,
}

impl Localized {
    /// The code whose message this is.
    pub const fn code(self) -> ErrorCode {
        self.code
    }

    /// The language the message is written in.
    pub const fn lang(self) -> Lang {
        self.lang
    }
}

impl fmt::Display for Localized {
    /// Writes `CODE: description`, as [`ErrorCode::display`] documents.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.code())?;
        f.write_str(": ")?;
        f.write_str(self.code.description(self.lang))
    }
}
