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
//! # Cost
//!
//! The crate is `#![no_std]` and allocates nothing. Its one dependency is
//! [`phf`]; [`ErrorCode::from_code`] is one perfect-hash lookup in [`CODES`],
//! and every other accessor is a `const fn` that reads a static table.

#![no_std]
#![warn(missing_docs)]

mod entry;
mod error_code;
mod lang;
mod localized;
mod retry;
mod unknown_code;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

pub use generated::{CODES, ErrorCode, Lang};
pub use localized::Localized;
pub use retry::Retry;
pub use unknown_code::UnknownCode;
