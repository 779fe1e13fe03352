//! Where things live on the docs site, a Docusaurus site laid out as the
//! official one: the files of a checkout ([`paths`], seen through
//! [`tree::SiteTree`]) and the addresses the published pages have
//! ([`addresses`]).

pub mod addresses;
pub mod paths;
#[cfg(feature = "pages")]
pub mod tree;
