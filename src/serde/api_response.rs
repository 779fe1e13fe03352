//! `ApiResponse<T>` from a body: `errorId` decides what the rest is.
//!
//! The body is read as it streams: the fields before `errorId` (none, in
//! the API's own bodies) are held, and once `errorId` is read, they, it and
//! the rest of the body go to `T` or to `ApiError` without being held.

use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Unexpected, Visitor};

use super::api_error::error_from_fields;
use super::content::{Content, ContentDeserializer};
use crate::ApiResponse;

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ApiResponse<T> {
    /// Reads `errorId` first, wherever it stands in the body: 0 gives
    /// [`ApiResponse::Ok`] with the body read as `T`, any other number
    /// [`ApiResponse::Err`] with the body read as [`ApiError`](crate::ApiError). A body
    /// without `errorId` is no API response and fails.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ResponseVisitor(PhantomData))
    }
}

struct ResponseVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ResponseVisitor<T> {
    type Value = ApiResponse<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CapMonster Cloud response: an object with errorId")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut before = Vec::new();
        let error_id = loop {
            let Some(key) = map.next_key::<Content<'de>>()? else {
                return Err(de::Error::missing_field("errorId"));
            };
            let value = map.next_value::<Content<'de>>()?;
            if key.as_str() != Some("errorId") {
                before.push((key, value));
                continue;
            }
            break match value {
                Content::U64(id) => id,
                Content::I64(id) if id >= 0 => id.unsigned_abs(),
                _ => {
                    return Err(de::Error::invalid_type(
                        Unexpected::Other("a value that is not a whole number"),
                        &"errorId as a whole number",
                    ));
                }
            };
        };
        if error_id != 0 {
            // The other fields straight into the error, errorId known.
            let rest = Replayed {
                held: before.into_iter(),
                error_id: None,
                value: None,
                live: map,
            };
            return error_from_fields(rest, Some(error_id)).map(ApiResponse::Err);
        }
        let rest = Replayed {
            held: before.into_iter(),
            error_id: Some(error_id),
            value: None,
            live: map,
        };
        T::deserialize(MapAccessDeserializer::new(rest)).map(ApiResponse::Ok)
    }
}

/// The body's fields again: those held before `errorId`, then `errorId`,
/// then the rest, still streaming.
struct Replayed<'de, A> {
    held: alloc::vec::IntoIter<(Content<'de>, Content<'de>)>,
    error_id: Option<u64>,
    /// The value of a held field whose key was just given.
    value: Option<Content<'de>>,
    live: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replayed<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.held.next() {
            self.value = Some(value);
            return seed.deserialize(ContentDeserializer::new(key)).map(Some);
        }
        if let Some(id) = self.error_id {
            self.value = Some(Content::U64(id));
            self.error_id = None;
            return seed
                .deserialize(ContentDeserializer::new(Content::Str("errorId")))
                .map(Some);
        }
        self.live.next_key_seed(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(ContentDeserializer::new(value)),
            None => self.live.next_value_seed(seed),
        }
    }
}
