//! The kinds of advice errors.toml's `retry` gives.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    Never,
    SameRequest,
    NewTask,
    NewTaskFreshData,
}

impl Retry {
    pub const ALL: [Retry; 4] = [
        Retry::Never,
        Retry::SameRequest,
        Retry::NewTask,
        Retry::NewTaskFreshData,
    ];

    /// The value doc writers write in errors.toml.
    pub fn key(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::SameRequest => "same_request",
            Retry::NewTask => "new_task",
            Retry::NewTaskFreshData => "new_task_fresh_data",
        }
    }

    /// The variant name of the library's `Retry`.
    pub fn variant(self) -> &'static str {
        match self {
            Retry::Never => "Never",
            Retry::SameRequest => "SameRequest",
            Retry::NewTask => "NewTask",
            Retry::NewTaskFreshData => "NewTaskWithFreshData",
        }
    }
}
