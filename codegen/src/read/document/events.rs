//! The walk over the parser's events: headers, keys and values, each
//! placed in the tree by the rules of `tables`. It walks only a document
//! the parser found no error in, so every event stands where the grammar
//! puts it; it still ends, and never panics, on any events.

use std::borrow::Cow;
use std::ops::Range;

use toml_parser::decoder::ScalarKind;
use toml_parser::parser::{Event, EventKind};
use toml_parser::{ParseError, Source};

use super::tables::{header_table, insert, open_header};
use super::{Array, DEPTH_LIMIT, Defined, Key, Node, Table, Value};

pub(super) struct Walk<'e, 'i> {
    source: Source<'i>,
    events: &'e [Event],
    at: usize,
    errors: &'e mut Vec<ParseError>,
}

impl<'e, 'i> Walk<'e, 'i> {
    /// The document's root table, built from `events`; the errors of its
    /// strings and dates, and the table rules it breaks, are added to
    /// `errors`.
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
        // The path of the last header, whose table the keys after it go
        // into; none once a header is refused, whose keys are dropped.
        let mut current = Some(Vec::new());
        while let Some(event) = walk.next() {
            match event.kind() {
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    let is_array = event.kind() == EventKind::ArrayTableOpen;
                    let (path, header) = walk.header(event);
                    current = match open_header(&mut root, &path, header, is_array) {
                        Ok(()) => Some(path),
                        Err(error) => {
                            walk.errors.push(error);
                            None
                        }
                    };
                }
                EventKind::SimpleKey => {
                    let (path, node) = walk.key_value(event);
                    let table = current
                        .as_ref()
                        .and_then(|header| header_table(&mut root, header));
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
        self.at += 1;
        event
    }

    /// Passes over white space and the like up to the next event of
    /// `kinds`, and takes it.
    fn next_of(&mut self, kinds: &[EventKind]) -> Option<Event> {
        while let Some(event) = self.next() {
            if kinds.contains(&event.kind()) {
                return Some(event);
            }
        }
        None
    }

    /// A header's keys, and the span from its opening brackets to its
    /// closing ones.
    fn header(&mut self, open: Event) -> (Vec<Key<'i>>, Range<usize>) {
        let path = match self.next_of(&[EventKind::SimpleKey]) {
            Some(first) => self.key_path(first),
            None => Vec::new(),
        };
        let close = self.next_of(&[EventKind::StdTableClose, EventKind::ArrayTableClose]);
        let end = close.map_or(open.span().end(), |close| close.span().end());
        (path, open.span().start()..end)
    }

    /// `key = value`, from the key's first event.
    fn key_value(&mut self, first: Event) -> (Vec<Key<'i>>, Node<'i>) {
        let path = self.key_path(first);
        self.next_of(&[EventKind::KeyValSep]);
        (path, self.value())
    }

    /// The keys of a dotted key, from its first: each `.` and the key after
    /// it, with any white space between. (In what the grammar allows, a
    /// key follows another only after a `.`.)
    fn key_path(&mut self, first: Event) -> Vec<Key<'i>> {
        let mut path = vec![self.key(first)];
        let mut ahead = self.at;
        while let Some(event) = self.events.get(ahead) {
            match event.kind() {
                EventKind::Whitespace | EventKind::KeySep => ahead += 1,
                EventKind::SimpleKey => {
                    path.push(self.key(*event));
                    ahead += 1;
                    self.at = ahead;
                }
                _ => break,
            }
        }
        // As deep as values may nest, and as `toml` allows.
        if path.len() > DEPTH_LIMIT as usize {
            let start = first.span().start();
            let end = path.last().map_or(start, |key| key.span.end);
            self.errors.push(
                ParseError::new(format!("a dotted key joins more than {DEPTH_LIMIT} names"))
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

    /// The value that starts at the next value's event.
    fn value(&mut self) -> Node<'i> {
        let kinds = [
            EventKind::Scalar,
            EventKind::ArrayOpen,
            EventKind::InlineTableOpen,
        ];
        match self.next_of(&kinds) {
            Some(first) => self.value_from(first),
            None => Node {
                value: Value::Text(Cow::Borrowed("")),
                span: self.source.input().len()..self.source.input().len(),
            },
        }
    }

    /// The value whose first event is `first`: a scalar, an array or an
    /// inline table.
    fn value_from(&mut self, first: Event) -> Node<'i> {
        match first.kind() {
            EventKind::ArrayOpen => self.array(first),
            EventKind::InlineTableOpen => self.inline_table(first),
            _ => self.scalar(first),
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
        while let Some(event) = self.next() {
            match event.kind() {
                EventKind::ArrayClose => {
                    end = event.span().end();
                    break;
                }
                EventKind::Scalar | EventKind::ArrayOpen | EventKind::InlineTableOpen => {
                    items.push(self.value_from(event));
                }
                _ => {}
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
        while let Some(event) = self.next() {
            match event.kind() {
                EventKind::InlineTableClose => {
                    end = event.span().end();
                    break;
                }
                EventKind::SimpleKey => {
                    let (path, node) = self.key_value(event);
                    if let Err(error) = insert(&mut table, &path, node) {
                        self.errors.push(error);
                    }
                }
                _ => {}
            }
        }
        Node {
            value: Value::Table(table),
            span: open.span().start()..end,
        }
    }
}
