//! `ReceivedCode` as the code string, which never fails to deserialize.

use core::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::ReceivedCode;

impl Serialize for ReceivedCode {
    /// Serializes as the code exactly as the API sent it.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ReceivedCode {
    /// Deserializes from any string: a known code, or an unknown one kept.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(CodeVisitor)
    }
}

struct CodeVisitor;

impl Visitor<'_> for CodeVisitor {
    type Value = ReceivedCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an error code as text")
    }

    fn visit_str<E: de::Error>(self, raw: &str) -> Result<ReceivedCode, E> {
        Ok(ReceivedCode::new(raw))
    }
}
