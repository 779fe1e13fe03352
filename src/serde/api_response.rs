//! `ApiResponse<T>` from a body: `errorId` decides what the rest is.
//!
//! The body is read as it streams: the fields before `errorId` (none, in
//! the API's own bodies) are held, and once `errorId` is read, they, it and
//! the rest of the body go to `T` or to `ApiError` without being held.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{
    self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor,
};

use super::api_error::error_from_fields;
use super::content::{Content, ContentDeserializer, ContentVisitor};
use super::second_error_id::RejectErrorId;
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
            match map.next_key::<Key<'de>>()? {
                None => return Err(de::Error::missing_field("errorId")),
                Some(Key::ErrorId) => break map.next_value_seed(ErrorIdSeed)?,
                Some(Key::Other(key)) => before.push((key, map.next_value::<Content<'de>>()?)),
            }
        };
        if error_id != 0 {
            // The other fields straight into the error, errorId known.
            // `ApiError` turns a second errorId away itself.
            let rest = Replayed {
                held: before.into_iter(),
                error_id: None,
                value: None,
                live: map,
                reject_error_id: false,
            };
            return error_from_fields(rest, Some(error_id)).map(ApiResponse::Err);
        }
        let rest = Replayed {
            held: before.into_iter(),
            error_id: Some(error_id),
            value: None,
            live: map,
            reject_error_id: true,
        };
        T::deserialize(MapAccessDeserializer::new(rest)).map(ApiResponse::Ok)
    }
}

/// A key of the body: `errorId`, or another, held to be given again.
///
/// `errorId` is told apart as the key is read, rather than by reading every
/// key as `Content` and looking at it: moving a `Content` out of the
/// deserializer's result stalled the processor on its stores, a fifth of
/// the time of reading a whole error body.
enum Key<'de> {
    ErrorId,
    Other(Content<'de>),
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(KeyVisitor)
    }
}

struct KeyVisitor;

/// Any key that is not a string, as `Content` reads it.
macro_rules! other_key {
    ($($method:ident($value:ty)),* $(,)?) => {
        $(
            fn $method<E: de::Error>(self, value: $value) -> Result<Key<'de>, E> {
                ContentVisitor.$method(value).map(Key::Other)
            }
        )*
    };
}

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(match key {
            "errorId" => Key::ErrorId,
            _ => Key::Other(Content::Str(key)),
        })
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(match key {
            "errorId" => Key::ErrorId,
            _ => Key::Other(Content::String(key.into())),
        })
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(match key.as_str() {
            "errorId" => Key::ErrorId,
            _ => Key::Other(Content::String(key)),
        })
    }

    other_key! {
        visit_bool(bool),
        visit_i64(i64),
        visit_u64(u64),
        visit_f64(f64),
        visit_char(char),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    }

    fn visit_none<E: de::Error>(self) -> Result<Key<'de>, E> {
        ContentVisitor.visit_none().map(Key::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Key<'de>, E> {
        ContentVisitor.visit_unit().map(Key::Other)
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Key<'de>, D::Error> {
        ContentVisitor.visit_some(inner).map(Key::Other)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, inner: D) -> Result<Key<'de>, D::Error> {
        ContentVisitor.visit_newtype_struct(inner).map(Key::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Key<'de>, A::Error> {
        ContentVisitor.visit_seq(seq).map(Key::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Key<'de>, A::Error> {
        ContentVisitor.visit_map(map).map(Key::Other)
    }
}

/// `errorId`'s value: a whole number, 0 or more.
struct ErrorIdSeed;

impl<'de> DeserializeSeed<'de> for ErrorIdSeed {
    type Value = u64;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<u64, D::Error> {
        deserializer.deserialize_u64(self)
    }
}

impl Visitor<'_> for ErrorIdSeed {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("errorId as a whole number")
    }

    fn visit_u64<E: de::Error>(self, id: u64) -> Result<u64, E> {
        Ok(id)
    }

    fn visit_i64<E: de::Error>(self, id: i64) -> Result<u64, E> {
        u64::try_from(id).map_err(|_| E::invalid_value(Unexpected::Signed(id), &self))
    }
}

/// The body's fields again: those held before `errorId`, then `errorId`,
/// then the rest, still streaming. A key held before `errorId` is never
/// `errorId`: only the rest can say it a second time.
struct Replayed<'de, A> {
    held: alloc::vec::IntoIter<(Content<'de>, Content<'de>)>,
    error_id: Option<u64>,
    /// The value of a held field whose key was just given.
    value: Option<Content<'de>>,
    live: A,
    /// Whether a second `errorId` among the rest fails the body.
    reject_error_id: bool,
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
        if self.reject_error_id {
            return self.live.next_key_seed(RejectErrorId(seed));
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
