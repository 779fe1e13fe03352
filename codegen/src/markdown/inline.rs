//! The tree of a description as CommonMark reads it: the model that the
//! readers build and every other stage reads. It imports none of them.

/// One piece of a description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    /// Strong emphasis, and the character of its delimiters as written:
    /// `*` or `_`, which the pages write again so that the text around
    /// them reads them as it did.
    Strong(Vec<Inline>, char),
    Emphasis(Vec<Inline>, char),
    Link {
        text: Vec<Inline>,
        url: String,
    },
    /// Not allowed in the catalog: validation reports it.
    Image {
        text: Vec<Inline>,
        url: String,
    },
}

/// Appends `text`, joined to the text before it.
pub fn push_text(pieces: &mut Vec<Inline>, text: &str) {
    if let Some(Inline::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else {
        pieces.push(Inline::Text(text.to_string()));
    }
}

/// Where a walk over pieces stands: at a piece, before what it holds, or
/// after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visit<'a> {
    Enter(&'a Inline),
    Leave(&'a Inline),
}

/// Calls `visit` for every piece of `pieces` and every piece inside them,
/// depth first, in reading order: [`Visit::Enter`] before what a piece
/// holds and [`Visit::Leave`] after it (for text and code, one right after
/// the other). The one walk over the tree: the renderings and queries say
/// what they do at each step, not how to get there.
pub fn walk<'a>(pieces: &'a [Inline], visit: &mut impl FnMut(Visit<'a>)) {
    for piece in pieces {
        visit(Visit::Enter(piece));
        match piece {
            Inline::Strong(inner, _)
            | Inline::Emphasis(inner, _)
            | Inline::Link { text: inner, .. }
            | Inline::Image { text: inner, .. } => walk(inner, visit),
            Inline::Text(_) | Inline::Code(_) => {}
        }
        visit(Visit::Leave(piece));
    }
}
