//! The words around the catalog's data, in each language: the labels the
//! command-line tool and the pages put before a code's aliases, advice,
//! docs address and retirement, and what a client should do for each kind
//! of `retry`. The one place the advice is phrased: rustdoc, the crate's
//! table of codes, `ErrorCode::advice` and `explain` all read it from here.
//!
//! English is built in; a `[page.LANG]` table may give any of them in its
//! language, and a language that gives none reads English.

use super::retry::Retry;

/// A piece of text a `[page.LANG]` table may set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    AliasesLabel,
    AdviceLabel,
    DocsLabel,
    RetiredLabel,
    ServerLabel,
    RetryNever,
    RetrySameRequest,
    RetrySameRequestAfter,
    RetryNewTask,
    RetryNewTaskFreshData,
    RetryHeading,
    /// What to do about a code the catalog does not know.
    RetryUnknown,
}

/// Where the delay goes in `retry_same_request_after`.
pub const DELAY_PLACEHOLDER: &str = "{ms}";

impl Word {
    pub const ALL: [Word; 12] = [
        Word::AliasesLabel,
        Word::AdviceLabel,
        Word::DocsLabel,
        Word::RetiredLabel,
        Word::ServerLabel,
        Word::RetryNever,
        Word::RetrySameRequest,
        Word::RetrySameRequestAfter,
        Word::RetryNewTask,
        Word::RetryNewTaskFreshData,
        Word::RetryHeading,
        Word::RetryUnknown,
    ];

    /// The advice for each kind of retry, in the order the pages list them.
    pub const KINDS: [Word; 4] = [
        Word::RetryNever,
        Word::RetrySameRequest,
        Word::RetryNewTask,
        Word::RetryNewTaskFreshData,
    ];

    /// The labels, in the order of the library's `Label`.
    pub const LABELS: [Word; 5] = [
        Word::AliasesLabel,
        Word::AdviceLabel,
        Word::DocsLabel,
        Word::RetiredLabel,
        Word::ServerLabel,
    ];

    /// Its key in a `[page.LANG]` table.
    pub const fn key(self) -> &'static str {
        match self {
            Word::AliasesLabel => "aliases_label",
            Word::AdviceLabel => "advice_label",
            Word::DocsLabel => "docs_label",
            Word::RetiredLabel => "retired_label",
            Word::ServerLabel => "server_label",
            Word::RetryNever => "retry_never",
            Word::RetrySameRequest => "retry_same_request",
            Word::RetrySameRequestAfter => "retry_same_request_after",
            Word::RetryNewTask => "retry_new_task",
            Word::RetryNewTaskFreshData => "retry_new_task_fresh_data",
            Word::RetryHeading => "retry_heading",
            Word::RetryUnknown => "retry_unknown",
        }
    }

    /// The English text, used where a language gives none. Labels end with
    /// their punctuation and space; advice is a sentence with its stop.
    pub fn english(self) -> &'static str {
        match self {
            Word::AliasesLabel => "Also sent as: ",
            Word::AdviceLabel => "What to do: ",
            Word::DocsLabel => "Docs: ",
            Word::RetiredLabel => "Retired: ",
            Word::ServerLabel => "The server said: ",
            Word::RetryNever => "Do not retry: a person must fix the cause first.",
            Word::RetrySameRequest => {
                "Send the same request again later, backing off between attempts."
            }
            Word::RetrySameRequestAfter => "Send the same request again after {ms} ms.",
            Word::RetryNewTask => "This task is lost; create a new task.",
            Word::RetryNewTaskFreshData => {
                "This task is lost; create a new task with fresh data (a new token or challenge): the same data fails again."
            }
            Word::RetryHeading => "Retrying requests",
            Word::RetryUnknown => {
                "This version does not know the code: give up, and keep the code and the server's description in your logs; a newer version may know it."
            }
        }
    }
}

/// Every [`Word`] in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words(Vec<String>);

impl Words {
    /// The English words.
    pub fn english() -> Self {
        Words(
            Word::ALL
                .iter()
                .map(|word| word.english().to_string())
                .collect(),
        )
    }

    /// `given` where a language gives a word, English elsewhere.
    pub fn with(given: impl Fn(Word) -> Option<String>) -> Self {
        Words(
            Word::ALL
                .iter()
                .map(|&word| given(word).unwrap_or_else(|| word.english().to_string()))
                .collect(),
        )
    }

    pub fn get(&self, word: Word) -> &str {
        &self.0[word as usize]
    }

    /// What a client should do after an error with advice `retry` and,
    /// where the catalog gives one, a delay of `retry_after_ms`, in these
    /// words.
    pub fn advice(&self, retry: Retry, retry_after_ms: Option<u64>) -> String {
        match (retry, retry_after_ms) {
            (Retry::Never, _) => self.get(Word::RetryNever).to_string(),
            (Retry::SameRequest, Some(ms)) => self
                .get(Word::RetrySameRequestAfter)
                .replace(DELAY_PLACEHOLDER, &ms.to_string()),
            (Retry::SameRequest, None) => self.get(Word::RetrySameRequest).to_string(),
            (Retry::NewTask, _) => self.get(Word::RetryNewTask).to_string(),
            (Retry::NewTaskFreshData, _) => self.get(Word::RetryNewTaskFreshData).to_string(),
        }
    }
}
