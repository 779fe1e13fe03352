//! The last stage: a checked [`Catalog`](crate::Catalog) to text. The
//! library's Rust source ([`rust`]) with its lookup table
//! ([`perfect_hash`], placed with the very hash of [`fast_hash`] that the
//! library runs); and, with the `pages` feature, each language's docs page
//! ([`page`]), whose text goes through [`mdx`] and whose first lines are
//! the site's [`page_head`].

pub mod code_span;
pub mod fast_hash;
#[cfg(feature = "pages")]
pub mod mdx;
#[cfg(feature = "pages")]
pub mod page;
#[cfg(feature = "pages")]
pub mod page_head;
pub mod perfect_hash;
pub mod rust;
pub mod rustdoc;
