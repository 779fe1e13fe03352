//! The walk over the parser's events: headers, keys and values, each
//! placed in the tree by the rules of `tables`. The parser has already
//! reported every error of grammar, so an event out of place is passed
//! over, and the walk only has to end.

use std::borrow::Cow;
use std::ops::Range;

use toml_parser::decoder::ScalarKind;
use toml_parser::parser::{Event, EventKind};
use toml_parser::{ParseError, Source};

use super::tables::{close_inline, header_table, insert, open_header};
use super::{Array, DEPTH_LIMIT, Defined, Key, Node, Table, Value};

/// Where the keys after the last header go.
enum Current<'i> {
    Root,
    Header(Vec<Key<'i>>),
    /// The header was refused: its keys are read and dropped.
    Nowhere,
}

pub(super) struct Walk<'e, 'i> {
    source: Source<'i>,
    events: &'e [Event],
    at: usize,
    errors: &'e mut Vec<ParseError>,
}

impl<'e, 'i> Walk<'e, 'i> {
    /// The document's root table, built from `events`; the rules it breaks
    /// are added to `errors`.
    pub(super) fn document(
        source: Source<'i>,
        events: &'e [Event],
        errors: &'e mut Vec<ParseError>,
    ) -> Table<'i> {
        let mut walk = Walk {
            source,
            events,
            at: 0,
            errors,
        };
        let mut root = Table::new(Defined::ByHeader);
        let mut current = Current::Root;
        while let Some(event) = walk.next() {
            match event.kind() {
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    let is_array = event.kind() == EventKind::ArrayTableOpen;
                    let (path, header) = walk.header(event);
                    current = match open_header(&mut root, &path, header, is_array) {
                        Ok(()) if !path.is_empty() => Current::Header(path),
                        Ok(()) => Current::Nowhere,
                        Err(error) => {
                            walk.errors.push(error);
                            Current::Nowhere
                        }
                    };
                }
                EventKind::SimpleKey => {
                    let Some((path, node)) = walk.key_value(event) else {
                        break;
                    };
                    let table = match &current {
                        Current::Root => Some(&mut root),
                        Current::Header(header) => header_table(&mut root, header),
                        Current::Nowhere => None,
                    };
                    if let Some(Err(error)) = table.map(|table| insert(table, &path, node)) {
                        walk.errors.push(error);
                    }
                }
                _ => {}
            }
        }
        root
    }

    fn next(&mut self) -> Option<Event> {
        let event = self.events.get(self.at).copied();
        self.at += usize::from(event.is_some());
        event
    }

    fn peek(&self, ahead: usize) -> Option<EventKind> {
        self.events.get(self.at + ahead).map(Event::kind)
    }

    fn skip_whitespace(&mut self) {
        while self.peek(0) == Some(EventKind::Whitespace) {
            self.at += 1;
        }
    }

    /// A header's keys, and the span from its opening brackets to its
    /// closing ones.
    fn header(&mut self, open: Event) -> (Vec<Key<'i>>, Range<usize>) {
        let mut path = Vec::new();
        let mut end = open.span().end();
        while let Some(event) = self.next() {
            match event.kind() {
                EventKind::SimpleKey if path.is_empty() => path = self.key_path(event),
                EventKind::StdTableClose | EventKind::ArrayTableClose => {
                    end = event.span().end();
                    break;
                }
                EventKind::Newline => break,
                _ => {}
            }
        }
        (path, open.span().start()..end)
    }

    /// `key = value`, from the key's first event; `None` where no `=`
    /// follows the key.
    fn key_value(&mut self, first: Event) -> Option<(Vec<Key<'i>>, Node<'i>)> {
        let path = self.key_path(first);
        self.skip_whitespace();
        if self.next()?.kind() != EventKind::KeyValSep {
            return None;
        }
        self.skip_whitespace();
        Some((path, self.value()))
    }

    /// The keys of a dotted key, from its first.
    fn key_path(&mut self, first: Event) -> Vec<Key<'i>> {
        let mut path = vec![self.key(first)];
        loop {
            let separator = match (self.peek(0), self.peek(1)) {
                (Some(EventKind::KeySep), _) => 1,
                (Some(EventKind::Whitespace), Some(EventKind::KeySep)) => 2,
                _ => break,
            };
            self.at += separator;
            self.skip_whitespace();
            if self.peek(0) != Some(EventKind::SimpleKey) {
                break;
            }
            if let Some(event) = self.next() {
                path.push(self.key(event));
            }
        }
        // As deep as values may nest, and as `toml` allows.
        if path.len() > DEPTH_LIMIT as usize {
            let start = first.span().start();
            let end = path.last().map_or(start, |key| key.span.end);
            self.errors.push(
                ParseError::new("a dotted key joins more than 80 names")
                    .with_unexpected(toml_parser::Span::new_unchecked(start, end)),
            );
            path.clear();
        }
        path
    }

    fn key(&mut self, event: Event) -> Key<'i> {
        let mut name = Cow::Borrowed("");
        if let Some(raw) = self.source.get(event) {
            raw.decode_key(&mut name, self.errors);
        }
        Key {
            name,
            span: event.span().start()..event.span().end(),
        }
    }

    /// The value that starts at the next event. Where none does, an empty
    /// text stands in: the parser has reported the error.
    fn value(&mut self) -> Node<'i> {
        match self.next() {
            Some(event) if event.kind() == EventKind::Scalar => self.scalar(event),
            Some(event) if event.kind() == EventKind::ArrayOpen => self.array(event),
            Some(event) if event.kind() == EventKind::InlineTableOpen => self.inline_table(event),
            _ => Node {
                value: Value::Text(Cow::Borrowed("")),
                span: 0..0,
            },
        }
    }

    fn scalar(&mut self, event: Event) -> Node<'i> {
        let span = event.span().start()..event.span().end();
        let mut decoded = Cow::Borrowed("");
        let Some(raw) = self.source.get(event) else {
            return Node {
                value: Value::Text(decoded),
                span,
            };
        };
        let value = match raw.decode_scalar(&mut decoded, self.errors) {
            ScalarKind::String => Value::Text(decoded),
            ScalarKind::Boolean(value) => Value::Boolean(value),
            ScalarKind::Float => Value::Float(decoded),
            ScalarKind::Integer(radix) => Value::Integer {
                digits: decoded,
                radix: radix.value(),
            },
            ScalarKind::DateTime => {
                if let Err(error) = decoded.parse::<toml_datetime::Datetime>() {
                    self.errors
                        .push(ParseError::new(error.to_string()).with_unexpected(event.span()));
                }
                Value::Datetime(decoded)
            }
        };
        Node { value, span }
    }

    fn array(&mut self, open: Event) -> Node<'i> {
        let mut items = Vec::new();
        let mut end = open.span().end();
        while let Some(kind) = self.peek(0) {
            match kind {
                EventKind::Scalar | EventKind::ArrayOpen | EventKind::InlineTableOpen => {
                    items.push(self.value());
                }
                EventKind::ValueSep
                | EventKind::Whitespace
                | EventKind::Comment
                | EventKind::Newline
                | EventKind::Error => self.at += 1,
                EventKind::ArrayClose => {
                    end = self.next().map_or(end, |close| close.span().end());
                    break;
                }
                _ => break,
            }
        }
        Node {
            value: Value::Array(Array {
                items,
                of_tables: false,
            }),
            span: open.span().start()..end,
        }
    }

    fn inline_table(&mut self, open: Event) -> Node<'i> {
        let mut table = Table::new(Defined::Inline);
        let mut end = open.span().end();
        while let Some(kind) = self.peek(0) {
            match kind {
                EventKind::SimpleKey => {
                    let Some(first) = self.next() else { break };
                    let Some((path, node)) = self.key_value(first) else {
                        break;
                    };
                    if let Err(error) = insert(&mut table, &path, node) {
                        self.errors.push(error);
                    }
                }
                // A value with no key before it: reported by the parser.
                EventKind::Scalar | EventKind::ArrayOpen | EventKind::InlineTableOpen => {
                    self.value();
                }
                EventKind::ValueSep
                | EventKind::Whitespace
                | EventKind::Comment
                | EventKind::Newline
                | EventKind::Error => self.at += 1,
                EventKind::InlineTableClose => {
                    end = self.next().map_or(end, |close| close.span().end());
                    break;
                }
                _ => break,
            }
        }
        close_inline(&mut table);
        Node {
            value: Value::Table(table),
            span: open.span().start()..end,
        }
    }
}
