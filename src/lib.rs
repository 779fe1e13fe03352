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
//! # The API in brief
//!
//! - [`ErrorCode::from_code`] looks up a code or an alias exactly, with no
//!   allocation. `None` means the API sent a code this version does not
//!   know: keep the raw string. `str::parse` and `TryFrom<&str>` do the
//!   same with an [`UnknownCode`] error that names the string; it keeps the
//!   first 64 bytes of the string without allocating, and
//!   [`UnknownCode::is_truncated`] says when a longer one was cut.
//! - [`ErrorCode::code`], `aliases`, `title`, `description(Lang)`,
//!   `description_markdown(Lang)`, `advice(Lang)`, `retry`, `is_retryable`
//!   and `retry_after` are `const fn`; [`Lang::label`] gives the words the
//!   docs put before aliases, advice, docs and retirement.
//! - `Display` writes one line, `CODE: English description`;
//!   `code.display(Lang::Zh)` writes the same line in Chinese. A
//!   description is one paragraph of CommonMark in errors.toml, and
//!   [`ErrorCode::description`] is the text of that reading on one line, so
//!   that `Display` is always one line.
//! - [`Lang::from_tag`] finds a language from a BCP 47 tag or a POSIX
//!   locale name (`zh_CN.UTF-8`): the same language and region, else the
//!   language alone, else the same language with another region (`pt_PT`
//!   reads `pt-br`), the first listed when several are as close. [`Lang`]
//!   and [`Retry`] print and parse as their strings (`"zh"`,
//!   `"same_request"`), and so serialize.
//! - [`ErrorCode::doc_url`] is the docs page's address and the entry's
//!   heading; [`ErrorCode::links`] the addresses its description links to,
//!   made absolute.
//! - `ApiResponse<T>` reads a whole response: `errorId` 0 gives `Ok(T)`,
//!   any other `Err(ApiError)`, wherever `errorId` stands in the body; a
//!   body that gives `errorId` twice fails, as do `errorCode`,
//!   `errorDescription` or `taskId` twice in an error. Do not use
//!   `#[serde(untagged)] enum { Err(ApiError), Ok(T) }`: it reads
//!   `{"errorId":1,"taskId":0}` as a created task.
//! - `ApiError` keeps the code exactly as sent (`raw_code()`,
//!   `received_code()`), reads `taskId` as a number, a string of digits or
//!   `null`, writes itself back as JSON, and prints one line with the
//!   server's control characters, line separators and direction overrides
//!   escaped. `ApiError::new(code)` makes one for tests.
//! - In your own structs, use `ReceivedCode` for a code field: it never
//!   fails to deserialize, where an `ErrorCode` field fails on the first
//!   code newer than this crate. It compares equal to the [`ErrorCode`] it
//!   names.
//! - [`RetryPolicy`] says what to do after the Nth failure:
//!   `SameRequestAfter(wait)` with exponential backoff (the catalog's delay
//!   as the floor) and jitter, `NewTask`, `NewTaskWithFreshData` (never
//!   resubmit an expired token), or `GiveUp`, with limits per kind (by
//!   default 60 attempts of the same request, and 3 tasks per captcha in
//!   all: the first and two new ones; all settable). HTTP-level failures
//!   (5xx, a body that is not JSON) are
//!   [`RetryPolicy::next_after_http_failure`]: the same request after a
//!   backoff. An entry whose docs say only "later" carries no delay, and
//!   `retry_after()` is `None`: the policy backs off on its own.
//! - Rust names are the code without a leading `ERROR_`, in UpperCamelCase
//!   (`ERROR_ZERO_BALANCE` is `ErrorCode::ZeroBalance`); errors.toml may
//!   name a variant where that would not do.
//! - [`CODES`] is the public `phf::Map` from every code and alias to its
//!   variant. `phf` hashes with SipHash; [`ErrorCode::from_code`] answers
//!   as `CODES` does through a second table generated from the same keys, a
//!   perfect hash over a cheaper hash, and tests prove the two agree on
//!   every key and near miss.
//!
//! The repository's `examples/` hold a whole client loop on canned bodies
//! (`cargo run --example polling_client --features serde`) and the
//! handling of one response in a chosen language
//! (`cargo run --example handle_response --features serde -- --lang zh`).
//!
//! # Versioning
//!
//! Error codes are a promise to the crates that match on them.
//!
//! - **Adding a code** is a minor release: [`ErrorCode`] is
//!   `#[non_exhaustive]`, so every dependent already has a wildcard arm.
//!   So is [`Retry`], since new kinds of advice may come.
//! - **Retiring a code** is a minor release. A code is never deleted from
//!   errors.toml: when the API stops sending it, its entry gets a reason,
//!   which makes the variant `#[deprecated]` with that note, says so in the
//!   docs and in the command-line tool's `explain`, and keeps it parseable,
//!   since old responses may still carry it.
//! - **Changing a code's text or advice** is a minor release, with the
//!   reason in CHANGELOG.md: the catalog follows the API's docs, and a
//!   client acting on stale advice is worse off than one that must read a
//!   changelog.
//! - **Changing a variant's name or removing anything** is a major release.
//!
//! The repository's `tests/released-codes.txt` lists every code and alias
//! ever released with its variant, and a test fails, saying what to put
//! back, if errors.toml loses one or renames its variant. Releasing a
//! version adds its new codes to that file and moves CHANGELOG.md's
//! "Unreleased" section under the version.
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
