//! Reading whole response bodies: `ApiResponse<T>` dispatches on `errorId`
//! alone, `ReceivedCode` never fails, and `ApiError` reads tolerant
//! secondary fields, writes itself back, and prints one safe line.

use capmonster_errors::{ApiError, ApiResponse, ErrorCode, Lang, ReceivedCode, Retry};
use serde::Deserialize;

#[derive(Debug, PartialEq, Deserialize)]
struct Created {
    #[serde(rename = "taskId")]
    task_id: u64,
}

fn response(body: &str) -> Result<ApiResponse<Created>, String> {
    serde_json::from_str(body).map_err(|error| error.to_string())
}

#[test]
fn error_id_zero_is_the_result() {
    for body in [
        r#"{"errorId":0,"taskId":7}"#,
        r#"{"taskId":7,"errorId":0,"cost":0.1}"#,
    ] {
        assert_eq!(
            response(body),
            Ok(ApiResponse::Ok(Created { task_id: 7 })),
            "{body}"
        );
    }
}

#[test]
fn any_other_error_id_is_an_error_wherever_it_stands() {
    for body in [
        r#"{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE","taskId":7}"#,
        r#"{"taskId":7,"errorCode":"ERROR_ZERO_BALANCE","errorId":1}"#,
        r#"{"errorId":12,"errorCode":"ERROR_ZERO_BALANCE"}"#,
    ] {
        let Ok(ApiResponse::Err(error)) = response(body) else {
            panic!("{body}: {:?}", response(body))
        };
        assert_eq!(error.code(), Some(ErrorCode::ZeroBalance));
    }
}

#[test]
fn keys_written_with_escapes_are_read_as_their_text() {
    // serde_json gives an escaped key as a fresh string rather than a
    // borrowed one: `errorId` must be found either way, and the other keys
    // held before it given to the result or the error alike.
    let ok = r#"{"task\u0049d":5,"error\u0049d":0}"#;
    assert_eq!(response(ok), Ok(ApiResponse::Ok(Created { task_id: 5 })));
    let error = r#"{"error\u0043ode":"ERROR_ZERO_BALANCE","error\u0049d":2,"taskId":9}"#;
    let Ok(ApiResponse::Err(error)) = response(error) else {
        panic!("{:?}", response(error))
    };
    assert_eq!(error.code(), Some(ErrorCode::ZeroBalance));
    assert_eq!((error.error_id(), error.task_id()), (2, Some(9)));
}

#[test]
fn error_id_must_be_a_whole_number_of_zero_or_more() {
    for body in [
        r#"{"errorId":-1,"errorCode":"ERROR_ZERO_BALANCE"}"#,
        r#"{"errorId":1.5,"errorCode":"ERROR_ZERO_BALANCE"}"#,
        r#"{"errorId":null,"errorCode":"ERROR_ZERO_BALANCE"}"#,
    ] {
        let error = response(body).unwrap_err();
        assert!(
            error.contains("errorId as a whole number"),
            "{body}: {error}"
        );
    }
}

#[test]
fn an_error_without_a_code_is_never_a_success() {
    // The untagged-enum trap: this body fits `Created` perfectly.
    for body in [r#"{"errorId":1,"taskId":0}"#, r#"{"taskId":0,"errorId":1}"#] {
        let read = response(body);
        assert!(!matches!(read, Ok(ApiResponse::Ok(_))), "{body}: {read:?}");
        assert!(read.unwrap_err().contains("errorCode"), "{body}");
    }
}

#[test]
fn a_body_without_error_id_is_no_response() {
    for (body, message) in [
        (r#"{"taskId":7}"#, "missing field `errorId`"),
        (r#"{"errorId":"0","taskId":7}"#, "errorId as a whole number"),
        ("[0]", "an object with errorId"),
    ] {
        let error = response(body).unwrap_err();
        assert!(error.contains(message), "{body}: {error}");
    }
}

#[test]
fn into_result_gives_a_result_to_use_question_marks_on() {
    let ok: Result<Created, ApiError> = response(r#"{"errorId":0,"taskId":3}"#).unwrap().into();
    assert_eq!(ok.unwrap().task_id, 3);
    let error = response(r#"{"errorId":1,"errorCode":"ERROR_FROM_2030"}"#)
        .unwrap()
        .into_result();
    assert_eq!(error.unwrap_err().raw_code(), "ERROR_FROM_2030");
}

#[test]
fn borrowed_fields_of_the_result_borrow_from_the_body() {
    #[derive(Deserialize)]
    struct Status<'a> {
        status: &'a str,
    }
    let body = r#"{"errorId":0,"status":"ready"}"#.to_string();
    let read: ApiResponse<Status<'_>> = serde_json::from_str(&body).unwrap();
    assert_eq!(read.into_result().unwrap().status, "ready");
}

#[test]
fn a_received_code_never_fails_and_keeps_the_spelling() {
    #[derive(Deserialize)]
    struct Mine {
        code: ReceivedCode,
    }
    let alias = ErrorCode::ALL
        .iter()
        .find_map(|code| code.aliases().first().map(|alias| (*code, *alias)));
    if let Some((code, alias)) = alias {
        let mine: Mine = serde_json::from_str(&format!(r#"{{"code":"{alias}"}}"#)).unwrap();
        assert_eq!(mine.code, ReceivedCode::Known(code, alias));
        assert_eq!(mine.code.as_str(), alias);
    }
    let mine: Mine = serde_json::from_str(r#"{"code":"ERROR_FROM_2030"}"#).unwrap();
    assert_eq!(mine.code, ReceivedCode::Unknown("ERROR_FROM_2030".into()));
    assert_eq!(mine.code.retry(), Retry::Never);
    assert_eq!(
        serde_json::to_string(&mine.code).unwrap(),
        r#""ERROR_FROM_2030""#
    );
    // An ErrorCode field, by contrast, fails on the new code.
    assert!(serde_json::from_str::<ErrorCode>(r#""ERROR_FROM_2030""#).is_err());
}

#[test]
fn secondary_fields_are_read_tolerantly() {
    for (task_id, expected) in [
        ("7", Some(7)),
        (r#""7""#, Some(7)),
        ("null", None),
        ("0", None),
        (r#""soon""#, None),
        ("-3", None),
    ] {
        let body = format!(r#"{{"errorId":1,"errorCode":"X","taskId":{task_id}}}"#);
        let error: ApiError = serde_json::from_str(&body).unwrap();
        assert_eq!(error.task_id(), expected, "{task_id}");
    }
    let error: ApiError =
        serde_json::from_str(r#"{"errorId":1,"errorCode":"X","errorDescription":null}"#).unwrap();
    assert_eq!(error.server_description(), None);
}

#[test]
fn an_error_writes_itself_back_as_the_api_does() {
    let error = ApiError::new("WRONG_CAPTCHA_ID")
        .with_description("Captcha id is not found")
        .with_task_id(42)
        .with_error_id(16);
    let json = serde_json::to_string(&error).unwrap();
    assert_eq!(
        json,
        r#"{"errorId":16,"errorCode":"WRONG_CAPTCHA_ID","errorDescription":"Captcha id is not found","taskId":42}"#
    );
    assert_eq!(serde_json::from_str::<ApiError>(&json).unwrap(), error);
    let bare = ApiError::new(ErrorCode::ALL[0]);
    let json = serde_json::to_string(&bare).unwrap();
    assert_eq!(
        json,
        format!(
            r#"{{"errorId":1,"errorCode":"{}"}}"#,
            ErrorCode::ALL[0].code()
        )
    );
}

#[test]
fn display_stays_on_one_line_in_its_own_direction() {
    let error = ApiError::new("NEW\u{2028}CODE").with_description("a\u{202e}b\u{2029}c\u{200f}d");
    let line = error.to_string();
    assert_eq!(line, r"NEW\u{2028}CODE: a\u{202e}b\u{2029}c\u{200f}d");
    // Controls are escaped as Rust writes them; quotes, backslashes and
    // other scripts that keep to their line are the server's own.
    let error = ApiError::new("ERROR_X").with_description("\t\"\\' 余额不足\r\n");
    assert_eq!(error.to_string(), r#"ERROR_X: \t"\' 余额不足\r\n"#);
    let empty = ApiError::new("");
    assert_eq!(
        empty.to_string(),
        "(empty error code): unknown CapMonster Cloud error code"
    );
    for &lang in Lang::ALL {
        assert!(!ApiError::new("").display(lang).to_string().is_empty());
    }
}

#[test]
fn advice_and_languages_read_and_write_as_strings() {
    for retry in Retry::ALL {
        assert_eq!(retry.to_string().parse::<Retry>(), Ok(retry));
        let json = serde_json::to_string(&retry).unwrap();
        assert_eq!(json, format!("\"{retry}\""));
        assert_eq!(serde_json::from_str::<Retry>(&json).unwrap(), retry);
    }
    let refused = "sometimes".parse::<Retry>().unwrap_err().to_string();
    let quoted: Vec<String> = Retry::ALL
        .iter()
        .map(|retry| format!("\"{retry}\""))
        .collect();
    assert!(
        refused.ends_with(&format!("one of {}", quoted.join(", "))),
        "{refused}"
    );
    assert!(serde_json::from_str::<Retry>(r#""sometimes""#).is_err());
    for &lang in Lang::ALL {
        assert_eq!(lang.to_string().parse::<Lang>(), Ok(lang));
        let json = serde_json::to_string(&lang).unwrap();
        assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
    }
    assert!("xx".parse::<Lang>().is_err());
}

#[test]
fn a_received_code_answers_as_its_code_does_and_an_unknown_one_gives_up() {
    for &code in ErrorCode::ALL {
        let received = ReceivedCode::from(code);
        assert_eq!(received.retry(), code.retry(), "{code:?}");
        assert_eq!(received.retry_after(), code.retry_after(), "{code:?}");
        for &lang in Lang::ALL {
            assert_eq!(
                received.advice(lang),
                code.advice(lang),
                "{code:?} {lang:?}"
            );
        }
    }
    let unknown = ReceivedCode::new("ERROR_FROM_2030");
    assert_eq!(unknown.retry(), Retry::Never);
    assert_eq!(unknown.retry_after(), None);
    for &lang in Lang::ALL {
        assert_eq!(unknown.advice(lang), lang.unknown_code_advice(), "{lang:?}");
    }
}

#[test]
fn only_never_forbids_trying_again() {
    for retry in Retry::ALL {
        assert_eq!(retry.is_retryable(), retry != Retry::Never, "{retry:?}");
    }
}

#[test]
fn an_error_answers_as_its_code_does() {
    let unknown = ReceivedCode::Unknown("ERROR_FROM_2030".into());
    let received = ErrorCode::ALL
        .iter()
        .map(|code| ReceivedCode::from(*code))
        .chain([unknown]);
    for code in received {
        let error = ApiError::new(code.clone());
        assert_eq!(error.retry(), code.retry(), "{code:?}");
        assert_eq!(
            error.is_retryable(),
            code.retry().is_retryable(),
            "{code:?}"
        );
        assert_eq!(error.retry_after(), code.retry_after(), "{code:?}");
        for lang in Lang::ALL {
            assert_eq!(error.advice(*lang), code.advice(*lang), "{code:?} {lang:?}");
        }
    }
}
