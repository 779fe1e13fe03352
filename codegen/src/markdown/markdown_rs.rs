//! markdown-rs's reading of one paragraph, the standard that the
//! catalog's own reader ([`super::reader`]) is held to: the tests and the
//! fuzz target compare the two.

use crate::markdown::inline::{Inline, push_text};

/// The inline content of `line` when CommonMark reads it as exactly one
/// paragraph (or nothing), else `None`.
pub fn paragraph(line: &str) -> Option<Vec<Inline>> {
    use ::markdown::mdast::Node;

    let root = ::markdown::to_mdast(line, &::markdown::ParseOptions::default()).ok()?;
    match root.children()?.as_slice() {
        [] if line.is_empty() => Some(Vec::new()),
        [Node::Paragraph(paragraph)] => {
            let mut pieces = Vec::new();
            inline_pieces(&paragraph.children, line, &mut pieces)?;
            Some(pieces)
        }
        // A block, or a link reference definition, which makes no paragraph.
        _ => None,
    }
}

/// Appends the pieces of `nodes`, read from `line`; `None` for a node no
/// paragraph of inline content holds.
fn inline_pieces(
    nodes: &[::markdown::mdast::Node],
    line: &str,
    out: &mut Vec<Inline>,
) -> Option<()> {
    use ::markdown::mdast::Node;

    for node in nodes {
        // The character the node starts with in `line`: an emphasis's
        // delimiter.
        let delimiter = || {
            node.position()
                .and_then(|position| line[position.start.offset..].chars().next())
                .unwrap_or('*')
        };
        let children = |out: &mut Vec<Inline>| inline_pieces(node.children()?, line, out);
        match node {
            Node::Text(text) => push_text(out, &text.value),
            // Line endings in a code span read as spaces.
            Node::InlineCode(code) => out.push(Inline::Code(code.value.replace(['\r', '\n'], " "))),
            Node::Emphasis(_) | Node::Strong(_) => {
                let mut inner = Vec::new();
                children(&mut inner)?;
                out.push(match node {
                    Node::Strong(_) => Inline::Strong(inner, delimiter()),
                    _ => Inline::Emphasis(inner, delimiter()),
                });
            }
            Node::Link(link) => {
                let mut text = Vec::new();
                children(&mut text)?;
                out.push(Inline::Link {
                    text,
                    url: link.url.clone(),
                });
            }
            Node::Image(image) => out.push(Inline::Image {
                text: vec![Inline::Text(image.alt.clone())],
                url: image.url.clone(),
            }),
            // Inline HTML, which the own reader refuses, so that a piece of
            // HTML it took for text shows as a disagreement; and a hard
            // break, which one line cannot hold.
            _ => return None,
        }
    }
    Some(())
}
