//! The error codes of the [CapMonster Cloud](https://capmonster.cloud) API,
//! with what each means, in every language of the official docs site, and
//! what a client should do about it.
//!
//! Everything here is generated at build time from one file, `errors.toml`,
//! which also generates the documentation site's pages, so the code, this
//! documentation and the site cannot disagree.
//!
//! # Handling an error response
//!
//! The API answers a failed request with a body like
//! `{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE","errorDescription":"..."}`.
//! Look the `errorCode` up, and keep the raw string when it is a code this
//! catalog does not know yet:
//!
//! ```
//! use capmonster_errors::{ErrorCode, Lang, Retry};
//!
//! let raw = "ERROR_ZERO_BALANCE";
//! match ErrorCode::from_code(raw) {
//!     Some(code) => match code.retry() {
//!         Retry::Never => eprintln!("{}", code.display(Lang::Zh)),
//!         Retry::SameRequest => { /* wait code.retry_after(), send it again */ }
//!         Retry::NewTask => { /* create a new task */ }
//!         _ => { /* a new task from fresh data; more kinds may come */ }
//!     },
//!     None => eprintln!("unknown CapMonster Cloud error {raw}"),
//! }
//! ```
//!
//! [`ErrorCode`] is `#[non_exhaustive]`: a `match` on it needs a wildcard arm,
//! and a minor release may add codes.
//!
//! ```
//! use capmonster_errors::ErrorCode;
//!
//! fn needs_a_person(code: ErrorCode) -> bool {
//!     match code {
//!         ErrorCode::ZeroBalance | ErrorCode::KeyDoesNotExist => true,
//!         _ => false,
//!     }
//! }
//! assert!(needs_a_person(ErrorCode::ZeroBalance));
//! ```
//!
//! # Acting on the advice
//!
//! [`ErrorCode::retry`] says what kind of retry can help, and
//! [`ErrorCode::retry_after`] how long to wait first where the API says.
//! [`RetryPolicy`] turns that into the next step of a client's loop, with
//! backoff, jitter and limits: wait and send the same request, create a
//! new task (from fresh captcha data where the old data would fail again),
//! or give up. A client's loop around one request is a call to it:
//!
//! ```
//! use capmonster_errors::{ErrorCode, Next, RetryPolicy};
//!
//! /// The API's answers to one request, the last one a success.
//! fn poll(answers: &[Option<ErrorCode>]) -> Result<u32, ErrorCode> {
//!     let policy = RetryPolicy::new();
//!     for (attempt, answer) in (1..).zip(answers) {
//!         let Some(code) = *answer else {
//!             return Ok(attempt);
//!         };
//!         match policy.next(code, attempt) {
//!             Next::SameRequestAfter(wait) => { /* sleep(wait), then ask again */ let _ = wait; }
//!             // A new task, with fresh data or not, is the caller's loop.
//!             _ => return Err(code),
//!         }
//!     }
//!     unreachable!("the last answer is a success")
//! }
//!
//! let not_ready = ErrorCode::CaptchaNotReady;
//! assert_eq!(poll(&[Some(not_ready), Some(not_ready), None]).is_ok(), not_ready.is_retryable());
//! ```
//!
//! With the `serde` feature (and the default `std`), `ApiResponse` reads
//! a whole response body, dispatching on `errorId`, and `ApiError` keeps
//! the error code exactly as the server sent it, known or not
//! (`ReceivedCode`). `examples/polling_client.rs` in the repository is a
//! complete client loop, createTask and getTaskResult, on canned bodies.
//!
//! # Features
//!
//! - `std` (default): implies `alloc`; seeds [`RetryPolicy::default`]'s
//!   jitter at random.
//! - `alloc`: `ReceivedCode`, `ApiError`, which keep codes this
//!   catalog does not know.
//! - `serde`: `Serialize` and `Deserialize` for [`ErrorCode`], [`Retry`]
//!   and [`Lang`] as their strings (an `ErrorCode` accepts aliases and
//!   never allocates); with `alloc`, for `ReceivedCode`, `ApiError` and
//!   `ApiResponse`.
//!
//! `default-features = false` builds `#![no_std]` with no allocator.
//!
//! # Every code
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/catalog_table.md"))]
//!
//! # Cost
//!
//! The crate is `#![no_std]` and, but for the types that keep what the
//! server sent (`ReceivedCode`, `ApiError`, `ApiResponse`), allocates nothing. By
//! default its one dependency is [`phf`], for [`CODES`].
//! [`ErrorCode::from_code`] answers as `CODES` does through a generated
//! perfect-hash table over a cheaper hash: 5 to 7 ns a lookup in this
//! catalog, a third to a fifth of `phf`'s or std `HashMap`'s time
//! (BENCHMARKS.md in the repository has the measurements). Every other accessor is a `const fn`
//! that reads a static table.

#![no_std]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[cfg(feature = "alloc")]
mod api_error;
#[cfg(all(feature = "serde", feature = "alloc"))]
mod api_response;
mod entry;
mod error_code;
/// The hash of `from_code`'s table, emitted by the generator that placed
/// the keys with it.
mod fast_hash {
    include!(concat!(env!("OUT_DIR"), "/fast_hash.rs"));
}
mod lang;
mod locale;
mod localized;
mod lookup;
#[cfg(feature = "alloc")]
mod one_line;
mod policy;
#[cfg(feature = "alloc")]
mod received_code;
mod retry;
#[cfg(feature = "serde")]
mod serde;
mod unknown_code;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

#[cfg(feature = "alloc")]
#[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
pub use api_error::ApiError;
#[cfg(all(feature = "serde", feature = "alloc"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "serde", feature = "alloc"))))]
pub use api_response::ApiResponse;
pub use generated::{CODES, ErrorCode, Lang};
pub use lang::{Label, UnknownLanguage};
pub use localized::Localized;
pub use policy::{Next, RetryPolicy};
#[cfg(feature = "alloc")]
#[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
pub use received_code::ReceivedCode;
pub use retry::{Retry, UnknownRetry};
pub use unknown_code::UnknownCode;

/// README.md's Rust examples, compiled and run by `cargo test` as doctests,
/// so that the front page of the repository cannot drift from the API.
#[cfg(all(doctest, feature = "serde", feature = "std"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
