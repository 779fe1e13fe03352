//! The public API over the real catalog: lookups, round trips, messages.

use core::time::Duration;

use capmonster_errors::{CODES, ErrorCode, Lang, Retry, UnknownCode};

// The accessors are const fn, so dependents can build constants from them.
const ZERO_BALANCE_CODE: &str = ErrorCode::ZeroBalance.code();
const NOT_READY_DELAY: Option<Duration> = ErrorCode::CaptchaNotReady.retry_after();
const ZH_TEXT: &str = ErrorCode::ZeroBalance.description(Lang::Zh);

#[test]
fn accessors_work_in_constants() {
    assert_eq!(ZERO_BALANCE_CODE, "ERROR_ZERO_BALANCE");
    assert_eq!(NOT_READY_DELAY, Some(Duration::from_millis(2000)));
    assert!(ZH_TEXT.starts_with("账户余额为零"));
}

#[test]
fn the_catalog_has_the_pages_26_entries_and_27_codes() {
    assert_eq!(ErrorCode::ALL.len(), 26);
    let aliases: usize = ErrorCode::ALL.iter().map(|code| code.aliases().len()).sum();
    assert_eq!(ErrorCode::ALL.len() + aliases, 27);
    assert_eq!(CODES.len(), 27);
}

#[test]
fn every_code_and_alias_round_trips() {
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(code.code()), Some(code));
        assert_eq!(code.code().parse::<ErrorCode>(), Ok(code));
        assert_eq!(ErrorCode::try_from(code.code()), Ok(code));
        for alias in code.aliases() {
            assert_eq!(ErrorCode::from_code(alias), Some(code), "alias {alias}");
            assert_eq!(alias.parse::<ErrorCode>(), Ok(code));
        }
    }
    for (key, code) in CODES.entries() {
        assert!(
            code.code() == *key || code.aliases().contains(key),
            "CODES maps {key} to {code:?}, which does not list it"
        );
    }
}

#[test]
fn from_code_agrees_with_the_phf_map() {
    for (key, code) in CODES.entries() {
        assert_eq!(ErrorCode::from_code(key), Some(*code), "{key}");
        // Every one-byte change of every key, same length: near misses.
        for at in 0..key.len() {
            for replacement in [b'A', b'Z', b'_', b'0', b'a', b' ', 0] {
                let mut bytes = key.as_bytes().to_vec();
                bytes[at] = replacement;
                let near = String::from_utf8(bytes).unwrap();
                assert_eq!(
                    ErrorCode::from_code(&near),
                    CODES.get(near.as_str()).copied(),
                    "{near:?}"
                );
            }
        }
    }
}

#[test]
fn all_lists_each_code_once_in_variant_order() {
    for pair in ErrorCode::ALL.windows(2) {
        assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
    }
}

#[test]
fn the_alias_resolves_to_its_entry() {
    assert_eq!(
        ErrorCode::from_code("WRONG_CAPTCHA_ID"),
        Some(ErrorCode::NoSuchCapchaId)
    );
    assert_eq!(ErrorCode::NoSuchCapchaId.code(), "ERROR_NO_SUCH_CAPCHA_ID");
    assert_eq!(ErrorCode::NoSuchCapchaId.aliases(), ["WRONG_CAPTCHA_ID"]);
}

#[test]
fn lookups_are_exact() {
    for near_miss in [
        "error_zero_balance",
        "ERROR_ZERO_BALANCE ",
        " ERROR_ZERO_BALANCE",
        "ERROR_ZERO_BALANC",
        "ERROR_ZERO_BALANCEE",
        "ZERO_BALANCE",
        "ERROR_ZERO_BALANCE\0",
        "",
    ] {
        assert_eq!(ErrorCode::from_code(near_miss), None, "{near_miss:?}");
    }
}

#[test]
fn variant_names_follow_the_codes() {
    assert_eq!(
        ErrorCode::from_code("ERROR_KEY_DOES_NOT_EXIST"),
        Some(ErrorCode::KeyDoesNotExist)
    );
    assert_eq!(
        ErrorCode::from_code("CAPTCHA_NOT_READY"),
        Some(ErrorCode::CaptchaNotReady)
    );
    assert_eq!(
        ErrorCode::from_code("ERROR_NO_SUCH_CAPCHA_ID"),
        Some(ErrorCode::NoSuchCapchaId)
    );
}

#[test]
fn retry_advice_matches_the_page() {
    use ErrorCode::*;
    for code in [KeyDoesNotExist, ZeroBalance] {
        assert_eq!(code.retry(), Retry::Never, "{code:?}");
        assert!(!code.is_retryable());
        assert_eq!(code.retry_after(), None);
    }
    assert_eq!(TooMuchRequests.retry(), Retry::SameRequest);
    assert_eq!(TooMuchRequests.retry_after(), Some(Duration::from_secs(2)));
    assert_eq!(CaptchaNotReady.retry(), Retry::SameRequest);
    assert_eq!(NoSlotAvailable.retry(), Retry::SameRequest);
    assert_eq!(TokenExpired.retry(), Retry::NewTask);
    assert!(TokenExpired.is_retryable());
    assert_eq!(CaptchaUnsolvable.retry(), Retry::NewTask);
    assert_eq!(RecaptchaTimeout.retry(), Retry::NewTask);
}

#[test]
fn only_same_request_codes_have_a_delay() {
    for &code in ErrorCode::ALL {
        if code.retry_after().is_some() {
            assert_eq!(code.retry(), Retry::SameRequest, "{code:?}");
        }
    }
}

#[test]
fn display_is_the_code_and_the_english_description_on_one_line() {
    assert_eq!(
        ErrorCode::ZeroBalance.to_string(),
        "ERROR_ZERO_BALANCE: The account balance is zero. Top up your balance to continue solving captchas."
    );
    for &code in ErrorCode::ALL {
        let line = code.to_string();
        assert_eq!(
            line,
            format!("{}: {}", code.code(), code.description(Lang::En))
        );
        assert!(!line.contains('\n'), "{line}");
        for lang in Lang::ALL {
            let localized = code.display(*lang).to_string();
            assert_eq!(
                localized,
                format!("{}: {}", code.code(), code.description(*lang))
            );
        }
    }
}

#[test]
fn plain_descriptions_have_no_markdown_left() {
    assert_eq!(
        ErrorCode::ProxyMissing.description(Lang::Zh),
        "未在必填字段中设置代理参数，或指定了错误的 proxyType。请填写所有必需参数：proxyType、proxyAddress、proxyPort。请检查 proxyType 是否正确。"
    );
    assert_eq!(
        ErrorCode::TaskAbsent.description(Lang::En),
        "The task object was not found, or invalid JSON was sent in the createTask request."
    );
    for &code in ErrorCode::ALL {
        for lang in Lang::ALL {
            let plain = code.description(*lang);
            assert!(!plain.is_empty());
            for mark in ["**", "](", "`"] {
                assert!(!plain.contains(mark), "{code:?} {lang:?}: {plain}");
            }
        }
    }
}

#[test]
fn markdown_descriptions_keep_links_and_emphasis() {
    assert_eq!(
        ErrorCode::TooMuchRequests.description_markdown(Lang::Zh),
        "您已超过了获取一个任务答案的请求限制。尝试在2秒内最多请求一次[任务结果](./methods/get-task-result.md)。"
    );
    assert!(
        ErrorCode::ProxyNotAuthorised
            .description_markdown(Lang::En)
            .contains("**proxyLogin**")
    );
}

#[test]
fn error_code_is_an_error() {
    fn source_of(error: &dyn core::error::Error) -> String {
        error.to_string()
    }
    assert!(source_of(&ErrorCode::ZeroBalance).starts_with("ERROR_ZERO_BALANCE: "));
}

#[test]
fn an_unknown_code_is_named_in_the_error() {
    let error: UnknownCode = "ERROR_NEW_IN_2027".parse::<ErrorCode>().unwrap_err();
    assert_eq!(error.code(), "ERROR_NEW_IN_2027");
    assert!(!error.is_truncated());
    assert_eq!(
        error.to_string(),
        "unknown CapMonster Cloud error code \"ERROR_NEW_IN_2027\""
    );
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(boxed.to_string().contains("ERROR_NEW_IN_2027"));
    assert_eq!(ErrorCode::try_from("nope").unwrap_err().code(), "nope");
}

#[test]
fn an_unknown_code_with_control_characters_stays_on_one_line() {
    let error = "BAD\nCODE\"".parse::<ErrorCode>().unwrap_err();
    assert_eq!(error.code(), "BAD\nCODE\"");
    assert_eq!(
        error.to_string(),
        r#"unknown CapMonster Cloud error code "BAD\nCODE\"""#
    );
}

#[test]
fn a_long_unknown_code_is_cut_at_a_character_boundary() {
    // 63 ASCII bytes, then a 3-byte character that would straddle the limit.
    let long = format!("{}界{}", "A".repeat(63), "B".repeat(100));
    let error = long.parse::<ErrorCode>().unwrap_err();
    assert_eq!(error.code(), "A".repeat(63));
    assert!(error.is_truncated());
    assert!(error.to_string().ends_with("AAA\"..."));

    let exact = "C".repeat(UnknownCode::CAPACITY);
    let error = exact.parse::<ErrorCode>().unwrap_err();
    assert_eq!(error.code(), exact);
    assert!(!error.is_truncated());
}

#[test]
fn languages_are_found_by_their_primary_subtag() {
    for (tag, lang) in [
        ("zh", Some(Lang::Zh)),
        ("zh-CN", Some(Lang::Zh)),
        ("zh_CN.UTF-8", Some(Lang::Zh)),
        ("zh-Hant-TW", Some(Lang::Zh)),
        ("ZH", Some(Lang::Zh)),
        ("EN", Some(Lang::En)),
        ("en-US", Some(Lang::En)),
        ("en_GB.UTF-8", Some(Lang::En)),
        ("en_US@euro", Some(Lang::En)),
        ("en.UTF-8", Some(Lang::En)),
        ("fr-FR", None),
        ("C", None),
        ("POSIX", None),
        ("", None),
        ("e", None),
        ("eng", None),
        ("zhx", None),
        ("-en", None),
    ] {
        assert_eq!(Lang::from_tag(tag), lang, "{tag:?}");
    }
}

#[test]
fn languages_follow_the_catalog() {
    assert_eq!(Lang::ALL, [Lang::Zh, Lang::En]);
    assert_eq!(Lang::Zh.code(), "zh");
    assert_eq!(Lang::En.code(), "en");
    assert_eq!(Lang::En.to_string(), "en");
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.code()), Some(*lang));
    }
}
