//! The client's path on any bytes: `ApiResponse<Value>` and `ApiError`
//! against `serde_json` reading the same body as plain JSON.
//!
//! - A body is a success exactly when it is an object whose one `errorId`
//!   is the number 0; then the result is the whole body, as `Value` reads it.
//! - A body read as an error has one `errorId`, a whole number above 0, and
//!   one `errorCode`, a string kept exactly as the body has it.
//! - Nothing panics, whatever the bytes.
//!
//! The first two hold for bodies that are UTF-8, as JSON text must be:
//! serde_json skips a field nobody reads without checking its bytes, for a
//! `#[derive(Deserialize)]` struct as for us, where `Value` reads them all.
//!
//! Linear time is held by libFuzzer's `-timeout` on
//!   bodies up to `-max_len` (scripts/fuzz.sh sets both): a quadratic
//!   parse of a 64 KiB body would take seconds.

#![no_main]

use std::fmt;

use capmonster_errors::{ApiError, ApiResponse};
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::Value;

/// The top-level fields of an object in order, repeats kept: `Value`
/// keeps only the last of two equal keys.
struct Fields(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut fields = Vec::new();
                while let Some(field) = map.next_entry()? {
                    fields.push(field);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

impl Fields {
    /// The values of every field named `name`.
    fn all(&self, name: &str) -> Vec<&Value> {
        self.0
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value)
            .collect()
    }

    /// The value of `name` when the body gives it exactly once.
    fn once(&self, name: &str) -> Option<&Value> {
        match self.all(name)[..] {
            [value] => Some(value),
            _ => None,
        }
    }
}

/// `errorId`'s value as the API means it: a whole number, 0 or more.
fn error_id(value: &Value) -> Option<u64> {
    value
        .as_u64()
        .or_else(|| value.as_i64().filter(|&id| id == 0).map(|_| 0))
}

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    let Ok(body) = std::str::from_utf8(bytes) else {
        let _ = serde_json::from_slice::<ApiResponse<Value>>(bytes);
        let _ = serde_json::from_slice::<ApiError>(bytes);
        return;
    };
    let response = serde_json::from_str::<ApiResponse<Value>>(body);
    let error = serde_json::from_str::<ApiError>(body);
    let value = serde_json::from_str::<Value>(body);
    // Only an object can be a response; `Fields` reads it again with its
    // repeated keys, and must whenever `Value` could.
    let fields = match &value {
        Ok(Value::Object(_)) => {
            Some(serde_json::from_str::<Fields>(body).expect("an object Value reads as fields"))
        }
        _ => None,
    };
    let the_error_id = fields
        .as_ref()
        .and_then(|fields| fields.once("errorId"))
        .and_then(error_id);

    let success = the_error_id == Some(0);
    assert_eq!(
        matches!(response, Ok(ApiResponse::Ok(_))),
        success,
        "success is one errorId of 0: {response:?}"
    );
    if let Ok(ApiResponse::Ok(result)) = &response {
        assert_eq!(
            Some(result),
            value.as_ref().ok(),
            "the result is the whole body"
        );
    }
    if let Ok(ApiResponse::Err(read)) = &response {
        let fields = fields.as_ref().expect("an error response is an object");
        assert_eq!(Some(read.error_id()), the_error_id);
        let code = fields.once("errorCode").and_then(Value::as_str);
        assert_eq!(Some(read.raw_code()), code, "the code as the body has it");
    }
    // `ApiError` alone reads exactly the errors `ApiResponse` reads.
    match (&response, &error) {
        (Ok(ApiResponse::Err(from_response)), Ok(alone)) => assert_eq!(from_response, alone),
        (Ok(ApiResponse::Err(_)), Err(_)) | (_, Ok(_)) => {
            panic!("ApiResponse says {response:?}, ApiError says {error:?}")
        }
        _ => {}
    }
});
