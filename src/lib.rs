//! The error codes of the [CapMonster Cloud](https://capmonster.cloud) API,
//! with what each means, in Chinese and English, and what a client should do
//! about it.
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
//! With the `serde` and `alloc` features, `ApiError` parses the error body
//! and offers the same methods, treating a code it does not know as
//! [`Retry::Never`]. A client's loop around one task looks like this:
//!
//! ```
//! use core::time::Duration;
//! use capmonster_errors::{ErrorCode, Retry};
//!
//! enum Next {
//!     /// Poll the result, or resend a rate-limited request, after the delay.
//!     SameRequestAfter(Duration),
//!     /// The task is lost: create a new one for the same captcha.
//!     NewTask,
//!     /// Stop and tell a person.
//!     GiveUp,
//! }
//!
//! /// For a code whose advice gives no delay (the API says "try again
//! /// later"), a client picks its own and backs off as attempts add up.
//! fn next(code: ErrorCode, attempt: u32) -> Next {
//!     match code.retry() {
//!         Retry::SameRequest => {
//!             let backoff = Duration::from_secs(1) * 2u32.pow(attempt.min(5));
//!             Next::SameRequestAfter(code.retry_after().unwrap_or(backoff))
//!         }
//!         Retry::NewTask => Next::NewTask,
//!         Retry::Never => Next::GiveUp,
//!     }
//! }
//!
//! // The catalog's delay where it documents one, the backoff (4 s at the
//! // third attempt) where it does not, whatever errors.toml says today.
//! for &code in ErrorCode::ALL {
//!     match (next(code, 2), code.retry_after()) {
//!         (Next::SameRequestAfter(delay), Some(documented)) => assert_eq!(delay, documented),
//!         (Next::SameRequestAfter(delay), None) => assert_eq!(delay, Duration::from_secs(4)),
//!         (Next::NewTask, _) => assert_eq!(code.retry(), Retry::NewTask),
//!         (Next::GiveUp, _) => assert_eq!(code.retry(), Retry::Never),
//!     }
//! }
//! ```
//!
//! # Features
//!
//! - `serde`: `Serialize` and `Deserialize` for [`ErrorCode`], as the code
//!   string; deserializing accepts aliases and never allocates.
//! - `alloc`: with `serde`, `ApiError`, a parsed error response that keeps
//!   the code exactly as the server sent it.
//!
//! # Every code
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/catalog_table.md"))]
//!
//! # Cost
//!
//! The crate is `#![no_std]` and, but for `ApiError`, allocates nothing. By
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

#[cfg(all(feature = "serde", feature = "alloc"))]
mod api_error;
mod entry;
mod error_code;
/// The hash of `from_code`'s table, emitted by the generator that placed
/// the keys with it.
mod fast_hash {
    include!(concat!(env!("OUT_DIR"), "/fast_hash.rs"));
}
mod lang;
mod localized;
mod lookup;
mod retry;
#[cfg(feature = "serde")]
mod serde;
mod unknown_code;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

#[cfg(all(feature = "serde", feature = "alloc"))]
#[cfg_attr(docsrs, doc(cfg(all(feature = "serde", feature = "alloc"))))]
pub use api_error::ApiError;
pub use generated::{CODES, ErrorCode, Lang};
pub use localized::Localized;
pub use retry::Retry;
pub use unknown_code::UnknownCode;
