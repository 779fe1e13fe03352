//! A checkout of the docs site on disk, as the generator's site check sees
//! one: files by their paths from the site's root.

use std::path::{Path, PathBuf};

use capmonster_errors_codegen::SiteTree;

pub struct SiteFolder {
    root: PathBuf,
}

impl SiteFolder {
    /// The site at `root`, which must be a folder.
    pub fn open(root: &Path) -> Result<Self, String> {
        if root.is_dir() {
            Ok(SiteFolder {
                root: root.to_path_buf(),
            })
        } else {
            Err(format!(
                "{} is not a folder; give --site the folder of a checkout of the docs site",
                root.display()
            ))
        }
    }

    /// Where the file at `path` (from the site's root) is on disk.
    pub fn join(&self, path: &str) -> PathBuf {
        self.root.join(path)
    }

    /// The site as messages name it.
    pub fn shown(&self) -> String {
        self.root.display().to_string()
    }
}

impl SiteTree for SiteFolder {
    fn is_file(&self, path: &str) -> bool {
        self.join(path).is_file()
    }

    fn is_folder(&self, path: &str) -> bool {
        self.join(path).is_dir()
    }

    fn file_names(&self, folder: &str) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.join(folder)) else {
            return Vec::new();
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|entry| entry.path().is_file())
            .filter_map(|entry| entry.file_name().into_string().ok())
            .collect();
        names.sort();
        names
    }
}
