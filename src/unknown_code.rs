//! The error for a string that is not a code of the catalog.

use core::fmt;

/// A string that is not a code or alias of the catalog, returned by
/// [`ErrorCode`](crate::ErrorCode)'s `FromStr` and `TryFrom<&str>`.
///
/// It keeps a copy of the string so that the message can say which code was
/// unknown, without allocating: up to [`UnknownCode::CAPACITY`] bytes,
/// which is more than any API code needs. A longer string is cut at a
/// character boundary and [`is_truncated`](UnknownCode::is_truncated) says so.
///
/// ```
/// use capmonster_errors::ErrorCode;
///
/// let error = "ERROR_FROM_THE_FUTURE".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(error.code(), "ERROR_FROM_THE_FUTURE");
/// assert_eq!(
///     error.to_string(),
///     r#"unknown CapMonster Cloud error code "ERROR_FROM_THE_FUTURE""#
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    bytes: [u8; UnknownCode::CAPACITY],
    len: u8,
    truncated: bool,
}

impl UnknownCode {
    /// How many bytes of the unknown string are kept.
    pub const CAPACITY: usize = 64;

    pub(crate) fn new(code: &str) -> Self {
        let mut len = code.len().min(Self::CAPACITY);
        while !code.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; Self::CAPACITY];
        bytes[..len].copy_from_slice(&code.as_bytes()[..len]);
        Self {
            bytes,
            // `len` is at most CAPACITY, which fits in a u8.
            len: len as u8,
            truncated: len < code.len(),
        }
    }

    /// The string that was not a known code, or its first
    /// [`CAPACITY`](UnknownCode::CAPACITY) bytes.
    pub fn code(&self) -> &str {
        let kept = &self.bytes[..usize::from(self.len)];
        // `new` copies a prefix of a `str` that ends on a character boundary.
        core::str::from_utf8(kept).unwrap_or_default()
    }

    /// Whether the string was longer than [`UnknownCode::CAPACITY`] bytes,
    /// so that [`code`](UnknownCode::code) holds only its beginning.
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl fmt::Display for UnknownCode {
    /// `unknown CapMonster Cloud error code "CODE"`, the code escaped as in
    /// a Rust string and followed by `...` when it was truncated.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown CapMonster Cloud error code {:?}", self.code())?;
        if self.truncated {
            f.write_str("...")?;
        }
        Ok(())
    }
}

impl fmt::Debug for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownCode")
            .field("code", &self.code())
            .field("truncated", &self.truncated)
            .finish()
    }
}

impl core::error::Error for UnknownCode {}
