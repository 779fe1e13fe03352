//! An error code as the API sent it, known to this catalog or not.

use alloc::boxed::Box;
use core::convert::Infallible;
use core::fmt;
use core::str::FromStr;
use core::time::Duration;

use crate::{ErrorCode, Lang, Retry};

/// An error code as the API sent it: a code of this catalog, or any other
/// string, kept exactly. Making one never fails, so a new code from the API
/// never breaks a client (as `SqlState` in rust-postgres keeps its `Other`).
///
/// Put this type, not [`ErrorCode`], in your own response structs:
/// deserializing an `ErrorCode` fails on a code this version does not know,
/// and a `ReceivedCode` does not. [`ApiError`](crate::ApiError) holds one.
///
/// ```
/// use capmonster_errors::{ErrorCode, ReceivedCode};
///
/// let known = ReceivedCode::new("ERROR_ZERO_BALANCE");
/// assert_eq!(known.known(), Some(ErrorCode::ZeroBalance));
///
/// let new = ReceivedCode::new("ERROR_FROM_2030");
/// assert_eq!(new.known(), None);
/// assert_eq!(new.as_str(), "ERROR_FROM_2030");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReceivedCode {
    /// A code of this catalog, and how the API spelled it: the canonical
    /// code or one of its aliases.
    Known(ErrorCode, &'static str),
    /// A code this version of the catalog does not know, exactly as sent.
    Unknown(Box<str>),
}

impl ReceivedCode {
    /// The code for `raw`, whatever it is.
    pub fn new(raw: &str) -> Self {
        match crate::lookup::find_key(raw) {
            Some((spelling, code)) => ReceivedCode::Known(code, spelling),
            None => ReceivedCode::Unknown(raw.into()),
        }
    }

    /// The code exactly as the API sent it.
    pub fn as_str(&self) -> &str {
        match self {
            ReceivedCode::Known(_, spelling) => spelling,
            ReceivedCode::Unknown(raw) => raw,
        }
    }

    /// The catalog's code, when it knows this one.
    pub fn known(&self) -> Option<ErrorCode> {
        match self {
            ReceivedCode::Known(code, _) => Some(*code),
            ReceivedCode::Unknown(_) => None,
        }
    }

    /// What to do next: the code's advice, or [`Retry::Never`] for a code
    /// this catalog does not know, since nothing says a retry can help.
    pub fn retry(&self) -> Retry {
        self.known().map_or(Retry::Never, ErrorCode::retry)
    }

    /// What to do next in words, in `lang`: the code's
    /// [advice](ErrorCode::advice), or for a code this catalog does not
    /// know, to give up and keep the code and the server's description.
    ///
    /// ```
    /// use capmonster_errors::{ErrorCode, Lang, ReceivedCode};
    ///
    /// let known = ReceivedCode::new("ERROR_ZERO_BALANCE");
    /// assert_eq!(known.advice(Lang::En), ErrorCode::ZeroBalance.advice(Lang::En));
    /// let unknown = ReceivedCode::new("ERROR_FROM_THE_FUTURE");
    /// assert!(!unknown.advice(Lang::En).is_empty());
    /// ```
    pub fn advice(&self, lang: Lang) -> &'static str {
        match self.known() {
            Some(code) => code.advice(lang),
            None => lang.unknown_code_advice(),
        }
    }

    /// How long to wait before sending the same request again, where the
    /// catalog says; `None` for an unknown code.
    pub fn retry_after(&self) -> Option<Duration> {
        self.known().and_then(ErrorCode::retry_after)
    }
}

impl From<ErrorCode> for ReceivedCode {
    /// The canonical spelling of `code`.
    fn from(code: ErrorCode) -> Self {
        ReceivedCode::Known(code, code.code())
    }
}

impl From<&str> for ReceivedCode {
    fn from(raw: &str) -> Self {
        ReceivedCode::new(raw)
    }
}

impl FromStr for ReceivedCode {
    type Err = Infallible;

    /// [`ReceivedCode::new`]: every string is some code.
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        Ok(ReceivedCode::new(raw))
    }
}

impl PartialEq<ErrorCode> for ReceivedCode {
    fn eq(&self, other: &ErrorCode) -> bool {
        self.known() == Some(*other)
    }
}

impl fmt::Display for ReceivedCode {
    /// The code as sent, with characters that could break a log line
    /// escaped; `(empty error code)` for an empty string.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_str() {
            "" => f.write_str("(empty error code)"),
            raw => crate::one_line::write(f, raw),
        }
    }
}
