//! What a client does with every error response: read the body and get the
//! code. Ours: `serde_json` into `ApiError`, or into `ApiResponse<T>`,
//! then `code()`. The rival: the same body into a plain
//! `#[derive(Deserialize)]` struct with `String` fields, then
//! `ErrorCode::from_code`. Same bodies, same run.

use std::hint::black_box;

use capmonster_errors::{ApiError, ApiResponse, ErrorCode};
use criterion::{Criterion, criterion_group, criterion_main};
use serde::Deserialize;

/// What a client would write by hand.
#[derive(Deserialize)]
#[allow(dead_code)] // read by serde, not by the benchmark
struct PlainError {
    #[serde(rename = "errorId")]
    error_id: u64,
    #[serde(rename = "errorCode")]
    error_code: String,
    #[serde(rename = "errorDescription")]
    error_description: Option<String>,
    #[serde(rename = "taskId")]
    task_id: Option<u64>,
}

/// A createTask result, for `ApiResponse`.
#[derive(Deserialize)]
#[allow(dead_code)]
struct Created {
    #[serde(rename = "taskId")]
    task_id: u64,
}

const BODIES: &[(&str, &str)] = &[
    (
        "known",
        r#"{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE","errorDescription":"Account has zero balance","taskId":0}"#,
    ),
    (
        "alias",
        r#"{"errorId":1,"errorCode":"WRONG_CAPTCHA_ID","errorDescription":"Captcha id is not found","taskId":7654321}"#,
    ),
    (
        "unknown",
        r#"{"errorId":1,"errorCode":"ERROR_FROM_THE_FUTURE","errorDescription":"Something new"}"#,
    ),
];

fn responses(c: &mut Criterion) {
    for (name, body) in BODIES {
        let mut group = c.benchmark_group(format!("response/{name}"));
        group.bench_function("api_error", |b| {
            b.iter(|| {
                let error: ApiError = serde_json::from_str(black_box(body)).unwrap();
                black_box(error.code())
            })
        });
        group.bench_function("api_response", |b| {
            b.iter(|| {
                let response: ApiResponse<Created> = serde_json::from_str(black_box(body)).unwrap();
                black_box(response.into_result().err().and_then(|error| error.code()))
            })
        });
        group.bench_function("plain_struct", |b| {
            b.iter(|| {
                let plain: PlainError = serde_json::from_str(black_box(body)).unwrap();
                black_box(ErrorCode::from_code(&plain.error_code))
            })
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = capmonster_errors_bench::config();
    targets = responses
}
criterion_main!(benches);
