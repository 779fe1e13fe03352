//! The library allocates nothing: lookups, accessors, Display and serde
//! deserialization of a code, counted by a global allocator.

mod support;

use std::fmt::Write;

use capmonster_errors::{ErrorCode, Lang, UnknownCode};
use support::counting::{Counting, allocations_during};

#[global_allocator]
static GLOBAL: Counting = Counting;

/// A `fmt::Write` into a fixed buffer, so formatting itself needs no heap.
struct Buffer {
    bytes: [u8; 1024],
    len: usize,
}

impl Write for Buffer {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        let end = self.len + text.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn the_counter_sees_an_allocation() {
    assert_eq!(
        allocations_during(|| drop(std::hint::black_box(vec![1u8]))),
        1
    );
}

#[test]
fn lookups_and_accessors_allocate_nothing() {
    let keys: Vec<String> = ErrorCode::ALL
        .iter()
        .map(|code| code.code().to_string())
        .chain(["ERROR_UNKNOWN".into(), "".into(), "x".repeat(500)])
        .collect();
    let count = allocations_during(|| {
        for key in &keys {
            let found = ErrorCode::from_code(key);
            std::hint::black_box(found);
            std::hint::black_box(key.parse::<ErrorCode>().ok());
            std::hint::black_box(Lang::from_tag(key));
        }
        for &code in ErrorCode::ALL {
            std::hint::black_box((
                code.code(),
                code.aliases(),
                code.title(),
                code.retry_after(),
            ));
            for &lang in Lang::ALL {
                std::hint::black_box((code.description(lang), code.description_markdown(lang)));
            }
        }
    });
    assert_eq!(count, 0);
}

#[test]
fn display_allocates_nothing() {
    let mut buffer = Buffer {
        bytes: [0; 1024],
        len: 0,
    };
    let unknown: UnknownCode = "NOPE".parse::<ErrorCode>().unwrap_err();
    let count = allocations_during(|| {
        for &code in ErrorCode::ALL {
            buffer.len = 0;
            write!(buffer, "{code}").unwrap();
            for &lang in Lang::ALL {
                buffer.len = 0;
                write!(buffer, "{}", code.display(lang)).unwrap();
            }
        }
        buffer.len = 0;
        write!(buffer, "{unknown}").unwrap();
    });
    assert_eq!(count, 0);
    assert_eq!(
        &buffer.bytes[..buffer.len],
        br#"unknown CapMonster Cloud error code "NOPE""#
    );
}

#[test]
fn deserializing_a_borrowed_code_allocates_nothing() {
    let json = r#""WRONG_CAPTCHA_ID""#;
    let mut parsed = None;
    let count = allocations_during(|| parsed = serde_json::from_str::<ErrorCode>(json).ok());
    assert_eq!(count, 0);
    assert_eq!(parsed, Some(ErrorCode::NoSuchCapchaId));
}

/// What a client would parse an error body into by hand.
#[derive(serde::Deserialize)]
#[allow(dead_code)] // read by serde only
struct PlainError {
    #[serde(rename = "errorId")]
    error_id: u64,
    #[serde(rename = "errorCode")]
    error_code: String,
    #[serde(rename = "errorDescription")]
    error_description: Option<String>,
}

#[cfg(feature = "alloc")]
#[test]
fn reading_an_error_body_allocates_no_more_than_a_plain_struct() {
    use capmonster_errors::{ApiError, ApiResponse};

    for body in [
        r#"{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE","errorDescription":"Account has zero balance"}"#,
        r#"{"errorId":1,"errorCode":"ERROR_FROM_THE_FUTURE","errorDescription":"Something new"}"#,
        r#"{"errorId":1,"errorCode":"WRONG_CAPTCHA_ID"}"#,
    ] {
        let plain = allocations_during(|| {
            let plain: PlainError = serde_json::from_str(body).unwrap();
            std::hint::black_box(ErrorCode::from_code(&plain.error_code));
        });
        let ours = allocations_during(|| {
            let error: ApiError = serde_json::from_str(body).unwrap();
            std::hint::black_box(error.code());
        });
        assert!(
            ours <= plain,
            "{body}: {ours} allocations, a plain struct {plain}"
        );
        let response = allocations_during(|| {
            let response: ApiResponse<serde::de::IgnoredAny> = serde_json::from_str(body).unwrap();
            std::hint::black_box(response);
        });
        // The whole body is held once while errorId is looked for: one
        // allocation for its fields, and none for strings it can borrow.
        assert!(
            response <= plain + 1,
            "{body}: {response}, a plain struct {plain}"
        );
    }
}
