//! Turning the bytes of errors.toml into text the parser can read, and byte
//! offsets back into the line and column an editor shows.

use crate::diagnostic::Diagnostic;

const BYTE_ORDER_MARK: char = '\u{feff}';

/// Decodes errors.toml as UTF-8, dropping a leading byte-order mark and
/// turning CRLF line endings into LF, as Windows editors may save them.
///
/// Neither change moves a line or a column: the mark is invisible to editors
/// and `\r` sits at the end of its line. Normalizing here also keeps
/// multi-line strings identical whichever line endings the file was saved with.
pub fn decode(bytes: &[u8]) -> Result<String, Diagnostic> {
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let text = text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text);
            // Most files have no `\r`: one scan for it is cheaper than
            // searching for the pair.
            if text.contains('\r') {
                Ok(text.replace("\r\n", "\n"))
            } else {
                Ok(text.to_owned())
            }
        }
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            // The prefix is valid UTF-8 by definition of `valid_up_to`.
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let valid = valid.strip_prefix(BYTE_ORDER_MARK).unwrap_or(valid);
            let (line, column) = LineIndex::new(valid).position(valid.len());
            Err(Diagnostic {
                line,
                column,
                end_line: line,
                end_column: column,
                message: "this byte is not UTF-8 text; save the file with UTF-8 encoding".into(),
                // No text to point into: the file could not be decoded.
                span: 0..0,
                stops_the_check: true,
            })
        }
    }
}

/// Maps byte offsets to 1-based lines and character columns.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Self { text, line_starts }
    }

    /// The text the index was made for.
    pub fn text(&self) -> &'a str {
        self.text
    }

    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |before| before.chars().count());
        (line + 1, column + 1)
    }
}
