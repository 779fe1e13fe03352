//! `ErrorCode` and `ApiError` through serde, with JSON as the API sends it.

use capmonster_errors::{ApiError, ErrorCode, Lang, Retry};
use serde_test::{Token, assert_de_tokens_error, assert_ser_tokens};

fn parse(body: &str) -> Result<ApiError, String> {
    serde_json::from_str(body).map_err(|error| error.to_string())
}

#[test]
fn codes_serialize_as_the_canonical_string() {
    assert_eq!(
        serde_json::to_string(&ErrorCode::NoSuchCapchaId).unwrap(),
        r#""ERROR_NO_SUCH_CAPCHA_ID""#
    );
}

#[test]
fn every_code_and_alias_deserializes() {
    for &code in ErrorCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
        for alias in code.aliases() {
            let json = format!("\"{alias}\"");
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
        }
    }
}

#[test]
fn a_code_with_json_escapes_deserializes_too() {
    // serde_json must unescape this into a buffer: the transient-string path.
    let escaped = r#""ERROR\u005fZERO_BALANCE""#;
    assert_eq!(
        serde_json::from_str::<ErrorCode>(escaped).unwrap(),
        ErrorCode::ZeroBalance
    );
}

#[test]
fn an_unknown_code_fails_and_is_named() {
    let error = serde_json::from_str::<ErrorCode>(r#""ERROR_FROM_2030""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid value: string \"ERROR_FROM_2030\", expected a CapMonster Cloud error code at line 1 column 17"
    );
    let error = serde_json::from_str::<ErrorCode>("5").unwrap_err();
    assert!(
        error.to_string().starts_with("invalid type: integer `5`"),
        "{error}"
    );
}

#[test]
fn a_known_code_in_a_body() {
    let error = parse(
        r#"{"errorId":1,"errorCode":"ERROR_KEY_DOES_NOT_EXIST","errorDescription":"Account authorization key not found in the system","taskId":0}"#,
    )
    .unwrap();
    assert_eq!(error.code(), Some(ErrorCode::KeyDoesNotExist));
    assert_eq!(error.raw_code(), "ERROR_KEY_DOES_NOT_EXIST");
    assert_eq!(
        error.server_description(),
        Some("Account authorization key not found in the system")
    );
    assert_eq!(error.error_id(), 1);
    assert_eq!(error.task_id(), None);
    assert_eq!(error.retry(), ErrorCode::KeyDoesNotExist.retry());
    assert_eq!(
        error.to_string(),
        format!(
            "ERROR_KEY_DOES_NOT_EXIST: {}",
            ErrorCode::KeyDoesNotExist.description(Lang::En)
        )
    );
}

#[test]
fn an_alias_keeps_the_code_as_sent() {
    let error = parse(r#"{"errorId":1,"errorCode":"WRONG_CAPTCHA_ID","taskId":42}"#).unwrap();
    assert_eq!(error.code(), Some(ErrorCode::NoSuchCapchaId));
    assert_eq!(error.raw_code(), "WRONG_CAPTCHA_ID");
    assert_eq!(error.task_id(), Some(42));
    assert!(error.to_string().starts_with("WRONG_CAPTCHA_ID: "));
    for &lang in Lang::ALL {
        assert!(
            error
                .display(lang)
                .to_string()
                .ends_with(ErrorCode::NoSuchCapchaId.description(lang))
        );
    }
}

#[test]
fn an_unknown_code_is_kept_and_not_retryable() {
    let error = parse(
        r#"{"errorId":3,"errorCode":"ERROR_FROM_2030","errorDescription":"Something new","taskId":null}"#,
    )
    .unwrap();
    assert_eq!(error.code(), None);
    assert_eq!(error.raw_code(), "ERROR_FROM_2030");
    assert_eq!(error.error_id(), 3);
    assert_eq!(error.task_id(), None);
    assert_eq!(error.retry(), Retry::Never);
    assert!(!error.is_retryable());
    assert_eq!(error.retry_after(), None);
    assert_eq!(error.to_string(), "ERROR_FROM_2030: Something new");
    for &lang in Lang::ALL {
        assert_eq!(
            error.display(lang).to_string(),
            "ERROR_FROM_2030: Something new"
        );
    }
}

#[test]
fn an_unknown_code_without_a_description() {
    let error =
        parse(r#"{"errorId":1,"errorCode":"lowercase ok","errorDescription":null}"#).unwrap();
    assert_eq!(error.raw_code(), "lowercase ok");
    assert_eq!(
        error.to_string(),
        "lowercase ok: unknown CapMonster Cloud error code"
    );
}

#[test]
fn server_text_cannot_break_the_line() {
    let error =
        parse(r#"{"errorId":1,"errorCode":"BAD\nCODE","errorDescription":"two\nlines"}"#).unwrap();
    assert_eq!(error.raw_code(), "BAD\nCODE");
    assert_eq!(error.to_string(), r"BAD\nCODE: two\nlines");
}

#[test]
fn retry_advice_comes_through() {
    for &code in ErrorCode::ALL {
        let error = parse(&format!(r#"{{"errorId":1,"errorCode":"{}"}}"#, code.code())).unwrap();
        assert_eq!(error.retry(), code.retry());
        assert_eq!(error.is_retryable(), code.is_retryable());
        assert_eq!(error.retry_after(), code.retry_after());
    }
}

#[test]
fn other_fields_are_ignored_in_any_order() {
    let error = parse(
        r#"{"status":"ready","solution":{"gRecaptchaResponse":"x"},"errorCode":"ERROR_ZERO_BALANCE","cost":0.0001,"errorId":1}"#,
    )
    .unwrap();
    assert_eq!(error.code(), Some(ErrorCode::ZeroBalance));
}

#[test]
fn bodies_that_are_not_error_responses_fail_clearly() {
    for (body, message) in [
        (
            r#"{"errorId":0,"taskId":7}"#,
            "errorId is 0, which means success",
        ),
        (r#"{"errorId":1}"#, "missing field `errorCode`"),
        (
            r#"{"errorCode":"ERROR_ZERO_BALANCE"}"#,
            "missing field `errorId`",
        ),
        (
            r#"{"errorId":1,"errorCode":5}"#,
            "invalid type: integer `5`, expected an error code as text",
        ),
        (
            r#"{"errorId":1,"errorCode":null}"#,
            "invalid type: null, expected an error code as text",
        ),
        (
            r#"{"errorId":"1","errorCode":"X"}"#,
            "invalid type: string \"1\"",
        ),
        (
            r#"{"errorId":-1,"errorCode":"X"}"#,
            "invalid value: integer `-1`",
        ),
        (
            r#"{"errorId":1,"errorCode":"X","taskId":[7]}"#,
            "invalid type: sequence, expected a task id",
        ),
        (
            r#"{"errorId":1,"errorCode":"X","errorCode":"Y"}"#,
            "duplicate field `errorCode`",
        ),
        (r#"[1,"ERROR_ZERO_BALANCE"]"#, "invalid type: sequence"),
        ("", "EOF while parsing"),
    ] {
        let error = parse(body).unwrap_err();
        assert!(error.contains(message), "{body}: {error}");
    }
}

#[test]
fn an_api_error_is_a_std_error() {
    let error: Box<dyn std::error::Error> =
        Box::new(parse(r#"{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE"}"#).unwrap());
    assert!(error.to_string().starts_with("ERROR_ZERO_BALANCE: "));
}

#[test]
fn a_language_serializes_as_its_tag_in_errors_toml_and_reads_back() {
    for &lang in Lang::ALL {
        let json = serde_json::to_string(&lang).unwrap();
        assert_eq!(json, format!("\"{}\"", lang.code()));
        assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
        // A POSIX locale name reads as the language it names.
        let posix = format!("\"{}.UTF-8\"", lang.code().replace('-', "_").to_uppercase());
        assert_eq!(
            serde_json::from_str::<Lang>(&posix).unwrap(),
            lang,
            "{posix}"
        );
    }
}

#[test]
fn an_error_announces_as_many_fields_as_it_writes() {
    let code = ErrorCode::ALL[0].code();
    for (description, task_id) in [
        (None, None),
        (Some("d"), None),
        (None, Some(7)),
        (Some("d"), Some(7)),
    ] {
        let mut error = ApiError::new(code);
        let mut tokens = vec![
            Token::Str("errorId"),
            Token::U64(error.error_id()),
            Token::Str("errorCode"),
            Token::Str(code),
        ];
        if let Some(description) = description {
            error = error.with_description(description);
            tokens.extend([Token::Str("errorDescription"), Token::Str(description)]);
        }
        if let Some(task_id) = task_id {
            error = error.with_task_id(task_id);
            tokens.extend([Token::Str("taskId"), Token::U64(task_id)]);
        }
        let fields = tokens.len() / 2;
        tokens.insert(0, Token::Map { len: Some(fields) });
        tokens.push(Token::MapEnd);
        assert_ser_tokens(&error, &tokens);
    }
}

#[test]
fn a_field_name_that_is_not_text_is_named_in_the_error() {
    assert_de_tokens_error::<ApiError>(
        &[Token::Map { len: Some(1) }, Token::U8(1)],
        "invalid type: integer `1`, expected a field name",
    );
}
