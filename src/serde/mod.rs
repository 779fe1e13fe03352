//! `Serialize` and `Deserialize`, with no `serde_derive`: the catalog's
//! types as the strings the API and errors.toml write, and the API's
//! response bodies.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::{ErrorCode, Lang, Retry};

#[cfg(feature = "alloc")]
mod api_error;
#[cfg(feature = "alloc")]
mod api_response;
#[cfg(feature = "alloc")]
mod content;
#[cfg(feature = "alloc")]
mod received_code;
#[cfg(feature = "alloc")]
mod second_error_id;

impl Serialize for ErrorCode {
    /// Serializes as the canonical code, like `"ERROR_ZERO_BALANCE"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    /// Deserializes from the canonical code or any alias. An unknown code is
    /// an error that names it; to keep unknown codes, deserialize
    /// `ReceivedCode` (with the `alloc` feature) instead.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(Parsed::<ErrorCode>::new("a CapMonster Cloud error code"))
    }
}

impl Serialize for Retry {
    /// Serializes as errors.toml writes it, like `"same_request"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Retry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(Parsed::<Retry>::new(
            "retry advice: never, same_request, new_task or new_task_fresh_data",
        ))
    }
}

impl Serialize for Lang {
    /// Serializes as the language's tag, like `"zh"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    /// Deserializes from a tag or locale name, as [`Lang::from_tag`] reads it.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(Parsed::<Lang>::new("a language of the catalog"))
    }
}

/// Reads a string into `T` through its `FromStr`, naming the string when
/// it is not one.
struct Parsed<T> {
    expecting: &'static str,
    target: PhantomData<T>,
}

impl<T> Parsed<T> {
    fn new(expecting: &'static str) -> Self {
        Parsed {
            expecting,
            target: PhantomData,
        }
    }
}

impl<T: FromStr> Visitor<'_> for Parsed<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    // Borrowed or transient, the string is only looked up, never copied.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        text.parse()
            .map_err(|_| E::invalid_value(Unexpected::Str(text), &self))
    }
}
