//! A body that gives one of the fields `ApiResponse` and `ApiError` read
//! twice fails, with serde's "duplicate field" message, whichever value
//! comes first: `{"errorId":0,"errorId":1}` is neither a success nor an
//! error. Keys only `T` reads go to `T`, which decides for itself.

use std::collections::HashMap;
use std::fmt;

use capmonster_errors::{ApiError, ApiResponse};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use serde_test::{Configure, Token, assert_de_tokens};

#[derive(Debug, PartialEq, Deserialize)]
struct Created {
    #[serde(rename = "taskId")]
    task_id: u64,
}

/// What reading `body` as each of the three types says.
fn read_all(body: &str) -> [Result<String, String>; 3] {
    fn read<T: for<'de> Deserialize<'de> + std::fmt::Debug>(body: &str) -> Result<String, String> {
        serde_json::from_str::<T>(body)
            .map(|read| format!("{read:?}"))
            .map_err(|error| error.to_string())
    }
    [
        read::<ApiResponse<Value>>(body),
        read::<ApiResponse<Created>>(body),
        read::<ApiError>(body),
    ]
}

fn assert_duplicate(body: &str, field: &str) {
    let expected = format!("duplicate field `{field}`");
    for (reader, read) in ["ApiResponse<Value>", "ApiResponse<Created>", "ApiError"]
        .iter()
        .zip(read_all(body))
    {
        match read {
            Err(error) => assert!(error.contains(&expected), "{reader} of {body}: {error}"),
            Ok(read) => panic!("{reader} of {body} was read as {read}"),
        }
    }
}

#[test]
fn error_id_twice_fails_in_either_order() {
    for body in [
        r#"{"errorId":0,"errorId":1,"taskId":5}"#,
        r#"{"errorId":1,"errorId":0,"taskId":5}"#,
        r#"{"errorId":0,"errorId":0,"taskId":5}"#,
        r#"{"taskId":5,"errorId":0,"errorCode":"ERROR_ZERO_BALANCE","errorId":1}"#,
        // An escaped key is the same key.
        r#"{"errorId":0,"taskId":5,"error\u0049d":1}"#,
        r#"{"error\u0049d":1,"errorCode":"ERROR_ZERO_BALANCE","errorId":0}"#,
    ] {
        assert_duplicate(body, "errorId");
    }
}

#[test]
fn each_field_of_an_error_twice_fails_in_either_order() {
    for (field, first, second) in [
        (
            "errorCode",
            r#""ERROR_ZERO_BALANCE""#,
            r#""ERROR_NO_SUCH_CAPCHA_ID""#,
        ),
        ("errorDescription", r#""one""#, "null"),
        ("taskId", "7", r#""8""#),
    ] {
        let code = if field == "errorCode" {
            String::new()
        } else {
            r#","errorCode":"ERROR_ZERO_BALANCE""#.to_string()
        };
        for (a, b) in [(first, second), (second, first)] {
            // Both before errorId, around it, and both after it.
            for body in [
                format!(r#"{{"{field}":{a},"{field}":{b},"errorId":1{code}}}"#),
                format!(r#"{{"{field}":{a},"errorId":1,"{field}":{b}{code}}}"#),
                format!(r#"{{"errorId":1{code},"{field}":{a},"{field}":{b}}}"#),
            ] {
                assert_duplicate(&body, field);
            }
        }
    }
}

#[test]
fn a_success_gives_keys_it_does_not_read_to_the_result() {
    // serde_json's `Value` keeps the last of two equal keys; a struct with
    // that field refuses them. Either way it is the result's decision.
    let body = r#"{"errorId":0,"status":"processing","status":"ready"}"#;
    let read: ApiResponse<Value> = serde_json::from_str(body).unwrap();
    let ApiResponse::Ok(value) = read else {
        panic!("{read:?}")
    };
    assert_eq!(value["status"], "ready");
    let error =
        serde_json::from_str::<ApiResponse<Created>>(r#"{"errorId":0,"taskId":1,"taskId":2}"#)
            .unwrap_err();
    assert!(
        error.to_string().contains("duplicate field `taskId`"),
        "{error}"
    );
}

/// A key that keeps whether its deserializer called itself human-readable:
/// what a key read after `errorId` may depend on. (`errorId` itself is
/// replayed from memory, and keeps nothing.)
#[derive(Debug, PartialEq, Eq, Hash)]
struct KeyReadability(Option<bool>);

impl<'de> Deserialize<'de> for KeyReadability {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let readable = deserializer.is_human_readable();
        let name = String::deserialize(deserializer)?;
        Ok(KeyReadability((name != "errorId").then_some(readable)))
    }
}

/// A key asked of the format as a `bool`, which JSON reads from `"true"`
/// and `"false"` and refuses otherwise, in the words of this key's visitor.
#[derive(Debug, PartialEq, Eq, Hash)]
enum FlagKey {
    ErrorId,
    Flag(bool),
}

impl<'de> Deserialize<'de> for FlagKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FlagVisitor;

        impl Visitor<'_> for FlagVisitor {
            type Value = FlagKey;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("errorId or a flag")
            }

            fn visit_bool<E: de::Error>(self, flag: bool) -> Result<FlagKey, E> {
                Ok(FlagKey::Flag(flag))
            }

            fn visit_str<E: de::Error>(self, key: &str) -> Result<FlagKey, E> {
                match key {
                    "errorId" => Ok(FlagKey::ErrorId),
                    other => Err(E::invalid_value(de::Unexpected::Str(other), &self)),
                }
            }
        }

        deserializer.deserialize_bool(FlagVisitor)
    }
}

#[test]
fn the_results_keys_are_read_as_the_bodys_deserializer_gives_them() {
    // A key the result asks for as a bool: JSON reads it, or refuses it in
    // the words of the result's own visitor.
    let read: ApiResponse<HashMap<FlagKey, u64>> =
        serde_json::from_str(r#"{"errorId":0,"true":1}"#).unwrap();
    let expected = HashMap::from([(FlagKey::ErrorId, 0), (FlagKey::Flag(true), 1)]);
    assert_eq!(read, ApiResponse::Ok(expected));
    let error =
        serde_json::from_str::<ApiResponse<HashMap<FlagKey, u64>>>(r#"{"errorId":0,"x":1}"#)
            .unwrap_err();
    assert!(
        error.to_string().contains("expected errorId or a flag"),
        "{error}"
    );
    // Whether the format is human-readable.
    let read: ApiResponse<HashMap<KeyReadability, u64>> =
        serde_json::from_str(r#"{"errorId":0,"x":1}"#).unwrap();
    let readable = HashMap::from([(KeyReadability(None), 0), (KeyReadability(Some(true)), 1)]);
    assert_eq!(read, ApiResponse::Ok(readable));
    let compact = HashMap::from([(KeyReadability(None), 0), (KeyReadability(Some(false)), 1)]);
    assert_de_tokens(
        &ApiResponse::Ok(compact).compact(),
        &[
            Token::Map { len: Some(2) },
            Token::Str("errorId"),
            Token::U64(0),
            Token::Str("x"),
            Token::U64(1),
            Token::MapEnd,
        ],
    );
}
