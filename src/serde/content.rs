//! A body held in memory as serde read it, so that one field can be looked
//! at before the whole is given to the type it turns out to be: what
//! `ApiResponse` needs to read `errorId` first. serde keeps its own such
//! type private, so this is the small part of it that JSON bodies need.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{self, Deserialize, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::forward_to_deserialize_any;

/// A value as a deserializer gave it, borrowing strings where it could.
pub(crate) enum Content<'de> {
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Char(char),
    String(String),
    Str(&'de str),
    ByteBuf(Vec<u8>),
    Bytes(&'de [u8]),
    None,
    Some(Box<Content<'de>>),
    Unit,
    Seq(Vec<Content<'de>>),
    Map(Vec<(Content<'de>, Content<'de>)>),
}

impl<'de> Deserialize<'de> for Content<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ContentVisitor)
    }
}

pub(crate) struct ContentVisitor;

impl<'de> Visitor<'de> for ContentVisitor {
    type Value = Content<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Content<'de>, E> {
        Ok(Content::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Content<'de>, E> {
        Ok(Content::I64(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Content<'de>, E> {
        Ok(Content::U64(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Content<'de>, E> {
        Ok(Content::F64(value))
    }

    fn visit_char<E: de::Error>(self, value: char) -> Result<Content<'de>, E> {
        Ok(Content::Char(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Content<'de>, E> {
        Ok(Content::String(value.into()))
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Content<'de>, E> {
        Ok(Content::Str(value))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Content<'de>, E> {
        Ok(Content::String(value))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Content<'de>, E> {
        Ok(Content::ByteBuf(value.into()))
    }

    fn visit_borrowed_bytes<E: de::Error>(self, value: &'de [u8]) -> Result<Content<'de>, E> {
        Ok(Content::Bytes(value))
    }

    fn visit_byte_buf<E: de::Error>(self, value: Vec<u8>) -> Result<Content<'de>, E> {
        Ok(Content::ByteBuf(value))
    }

    fn visit_none<E: de::Error>(self) -> Result<Content<'de>, E> {
        Ok(Content::None)
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Content<'de>, D::Error> {
        Content::deserialize(inner).map(|content| Content::Some(Box::new(content)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Content<'de>, E> {
        Ok(Content::Unit)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        inner: D,
    ) -> Result<Content<'de>, D::Error> {
        Content::deserialize(inner)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Content<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Content::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Content<'de>, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Content::Map(entries))
    }
}

/// Gives held content to a type's `Deserialize`, as the original
/// deserializer would have, with its error type `E`.
pub(crate) struct ContentDeserializer<'de, E> {
    content: Content<'de>,
    error: PhantomData<E>,
}

impl<'de, E> ContentDeserializer<'de, E> {
    pub(crate) fn new(content: Content<'de>) -> Self {
        ContentDeserializer {
            content,
            error: PhantomData,
        }
    }
}

impl<'de, E: de::Error> IntoDeserializer<'de, E> for ContentDeserializer<'de, E> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

impl<'de, E: de::Error> Deserializer<'de> for ContentDeserializer<'de, E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.content {
            Content::Bool(value) => visitor.visit_bool(value),
            Content::U64(value) => visitor.visit_u64(value),
            Content::I64(value) => visitor.visit_i64(value),
            Content::F64(value) => visitor.visit_f64(value),
            Content::Char(value) => visitor.visit_char(value),
            Content::String(value) => visitor.visit_string(value),
            Content::Str(value) => visitor.visit_borrowed_str(value),
            Content::ByteBuf(value) => visitor.visit_byte_buf(value),
            Content::Bytes(value) => visitor.visit_borrowed_bytes(value),
            Content::None => visitor.visit_none(),
            Content::Some(inner) => visitor.visit_some(ContentDeserializer::new(*inner)),
            Content::Unit => visitor.visit_unit(),
            Content::Seq(items) => {
                let mut seq = SeqDeserializer::new(items.into_iter().map(ContentDeserializer::new));
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
            Content::Map(entries) => {
                let mut map = MapDeserializer::new(entries.into_iter().map(|(key, value)| {
                    (
                        ContentDeserializer::new(key),
                        ContentDeserializer::new(value),
                    )
                }));
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        match self.content {
            Content::None | Content::Unit => visitor.visit_none(),
            Content::Some(inner) => visitor.visit_some(ContentDeserializer::new(*inner)),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, E> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, E> {
        // A unit variant written as its name, as JSON writes one.
        match self.content {
            Content::String(name) => visitor.visit_enum(name.into_deserializer()),
            Content::Str(name) => visitor.visit_enum(name.into_deserializer()),
            _ => Err(de::Error::custom(
                "an enum inside an API response must be written as its variant's name",
            )),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct
        identifier ignored_any
    }
}
