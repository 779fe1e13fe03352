//! A body that gives one of the fields `ApiResponse` and `ApiError` read
//! twice fails, with serde's "duplicate field" message, whichever value
//! comes first: `{"errorId":0,"errorId":1}` is neither a success nor an
//! error. Keys only `T` reads go to `T`, which decides for itself.

use capmonster_errors::{ApiError, ApiResponse};
use serde::Deserialize;
use serde_json::Value;

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
