//! How the check sees a checkout of the docs site: through a trait, so
//! that tests give one made of strings and `cargo catalog check --site DIR`
//! the real folder.

/// The files of a docs site checkout, by their paths from its root.
pub trait SiteTree {
    fn is_file(&self, path: &str) -> bool;
    fn is_folder(&self, path: &str) -> bool;
    /// The names of the files in `folder`, for suggesting the one meant.
    fn file_names(&self, folder: &str) -> Vec<String>;
}
