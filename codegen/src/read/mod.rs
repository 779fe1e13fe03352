//! The first stage: the bytes of errors.toml to a [`raw::RawCatalog`], each
//! value with where it stands. It decodes the bytes ([`source`]), builds
//! the TOML's tree of tables ([`document`]), reads the tree ([`parse`])
//! against the keys each table may hold ([`keys`]), and explains a syntax
//! error in a doc writer's words ([`syntax`], with the common slips of a
//! line in [`syntax_slips`]). What the values mean is the check's job
//! (`crate::check`).

pub mod document;
pub mod keys;
pub mod parse;
pub mod raw;
pub mod source;
pub mod string_offsets;
mod syntax;
mod syntax_slips;
