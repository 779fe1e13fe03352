//! The last stage: a checked [`Catalog`](crate::Catalog) to text.
//!
//! - The library's Rust source ([`rust`]): the enums and the table of each
//!   code's data, with the rustdoc of every variant ([`rustdoc`]), the
//!   tables that look a code up ([`lookup`], placed by [`perfect_hash`]
//!   with the very hash of [`fast_hash`] that the library runs), and the
//!   table of codes on the library's front page ([`crate_doc`]).
//! - With the `pages` feature, each language's docs page ([`page`]), whose
//!   text goes through [`mdx`] and whose first lines are the site's
//!   [`page_head`]; and the same page as HTML for the catalog editor's
//!   [`preview`].
//!
//! Both write code spans alike ([`code_span`]); every text bound for Rust
//! source is a string [`literal`].

pub mod code_span;
pub mod crate_doc;
pub mod fast_hash;
pub mod literal;
pub mod lookup;
#[cfg(feature = "pages")]
pub mod mdx;
#[cfg(feature = "pages")]
pub mod page;
#[cfg(feature = "pages")]
pub mod page_head;
pub mod perfect_hash;
#[cfg(feature = "pages")]
pub mod preview;
pub mod rust;
pub mod rustdoc;
