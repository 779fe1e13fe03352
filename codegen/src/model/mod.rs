//! What the catalog is once checked, the stages' shared vocabulary: the
//! [`Catalog`](catalog::Catalog) with its languages, pages and entries, the
//! [`Retry`](retry::Retry) advice, and the [`Words`](words::Words) each
//! language phrases labels and advice in. It imports nothing of the code
//! that reads, checks or renders it.

pub mod catalog;
pub mod retry;
pub mod words;
