//! Bodies from deserializers other than serde_json, which serde_test's
//! tokens stand for: keys and strings handed over owned, optional values
//! marked `Some`, and what the errors say a body must be.

use capmonster_errors::{ApiError, ApiResponse};
use serde::Deserialize;
use serde::de::IntoDeserializer;
use serde::de::value::{Error, MapDeserializer};
use serde_test::{Token, assert_de_tokens, assert_de_tokens_error};

#[derive(Debug, PartialEq, Deserialize)]
enum Status {
    #[serde(rename = "ready")]
    Ready,
    #[serde(rename = "processing")]
    Processing,
}

#[derive(Debug, PartialEq, Deserialize)]
struct Solved {
    status: Status,
    cost: Option<u64>,
}

#[test]
fn owned_keys_and_values_before_error_id_reach_the_result() {
    // Fields before `errorId` are held until it is read, then given to the
    // result's type: an enum by its name, owned or borrowed from the body,
    // an option with its `Some`.
    let expected = ApiResponse::Ok(Solved {
        status: Status::Ready,
        cost: Some(3),
    });
    assert_de_tokens(
        &expected,
        &[
            Token::Map { len: None },
            Token::String("status"),
            Token::String("ready"),
            Token::String("cost"),
            Token::Some,
            Token::U64(3),
            Token::String("errorId"),
            Token::U64(0),
            Token::MapEnd,
        ],
    );
    let expected = ApiResponse::Ok(Solved {
        status: Status::Processing,
        cost: None,
    });
    assert_de_tokens(
        &expected,
        &[
            Token::Map { len: None },
            Token::String("cost"),
            Token::None,
            Token::Str("status"),
            Token::BorrowedStr("processing"),
            Token::String("errorId"),
            Token::U64(0),
            Token::MapEnd,
        ],
    );
}

#[test]
fn an_owned_error_id_key_is_the_error_id() {
    let expected = ApiResponse::<Solved>::Err(ApiError::new("ERROR_FROM_2030"));
    assert_de_tokens(
        &expected,
        &[
            Token::Map { len: None },
            Token::String("errorId"),
            Token::U64(1),
            Token::String("errorCode"),
            Token::String("ERROR_FROM_2030"),
            Token::MapEnd,
        ],
    );
}

#[test]
fn errors_say_what_a_body_must_be() {
    assert_de_tokens_error::<ApiError>(
        &[Token::Seq { len: Some(0) }, Token::SeqEnd],
        "invalid type: sequence, expected a CapMonster Cloud error response: an object with errorId and errorCode",
    );
    assert_de_tokens_error::<ApiResponse<Solved>>(
        &[Token::Seq { len: Some(0) }, Token::SeqEnd],
        "invalid type: sequence, expected a CapMonster Cloud response: an object with errorId",
    );
    // No token stands for a 128-bit integer; serde's own value
    // deserializers give one.
    let key = u128_in_map(|number| (number, 0));
    assert_eq!(key, "invalid type: integer `5` as u128, expected a key");
    let value = u128_in_map(|number| ("status", number));
    assert_eq!(
        value,
        "invalid type: integer `5` as u128, expected any value"
    );
}

/// The error from reading a response of one entry that `entry` makes from
/// the number 5 as a `u128`.
fn u128_in_map<K, V>(entry: impl FnOnce(u128) -> (K, V)) -> String
where
    K: IntoDeserializer<'static, Error>,
    V: IntoDeserializer<'static, Error>,
{
    let map = MapDeserializer::new(std::iter::once(entry(5)));
    ApiResponse::<Solved>::deserialize(map)
        .unwrap_err()
        .to_string()
}
