//! `ErrorCode` as the code string the API sends.

use core::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::ErrorCode;

impl Serialize for ErrorCode {
    /// Serializes as the canonical code, like `"ERROR_ZERO_BALANCE"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    /// Deserializes from the canonical code or any alias. An unknown code is
    /// an error that names it; to keep unknown codes, deserialize
    /// [`ApiError`](crate::ApiError) or a string instead.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(CodeVisitor)
    }
}

struct CodeVisitor;

impl Visitor<'_> for CodeVisitor {
    type Value = ErrorCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CapMonster Cloud error code")
    }

    // Borrowed or transient, the string is only looked up, never copied.
    fn visit_str<E: de::Error>(self, code: &str) -> Result<ErrorCode, E> {
        ErrorCode::from_code(code).ok_or_else(|| E::invalid_value(Unexpected::Str(code), &self))
    }
}
