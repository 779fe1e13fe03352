//! TOML's rules for tables, on the tree: a key is given once in a table; a
//! table is defined once, by its header, by dotted keys or inline; a
//! header's path and dotted keys reach into the last table of an array of
//! tables; nothing adds to an inline table or a written array.

use std::ops::Range;

use toml_parser::ParseError;

use super::{Array, Defined, Key, Node, Table, Value};

/// The description of every broken table rule, as `toml` words it.
pub(super) const DUPLICATE_KEY: &str = "duplicate key";

/// The error for `key`, given where it may not be: the problem points at
/// this key, the one the writer added last.
fn duplicate(key: &Key<'_>) -> ParseError {
    let span = toml_parser::Span::new_unchecked(key.span.start, key.span.end);
    ParseError::new(DUPLICATE_KEY).with_unexpected(span)
}

/// The table a header or a dotted key reaches through `value`: a table, or
/// the last of an array of tables.
fn table_within<'t, 'i>(value: &'t mut Value<'i>) -> Option<&'t mut Table<'i>> {
    match value {
        Value::Table(table) => Some(table),
        Value::Array(Array {
            items,
            of_tables: true,
        }) => match items.last_mut().map(|node| &mut node.value) {
            Some(Value::Table(table)) => Some(table),
            _ => None,
        },
        _ => None,
    }
}

/// The index of `key` in `table`, added as `defined` if it is not there.
fn entry_for<'i>(table: &mut Table<'i>, key: &Key<'i>, defined: Defined) -> usize {
    table.position(&key.name).unwrap_or_else(|| {
        table.entries.push((
            key.clone(),
            Node {
                value: Value::Table(Table::new(defined)),
                span: key.span.clone(),
            },
        ));
        table.entries.len() - 1
    })
}

/// The table that a header's path (all but its last key) leads to, made on
/// the way where missing.
fn header_parent<'t, 'i>(
    mut table: &'t mut Table<'i>,
    path: &[Key<'i>],
) -> Result<&'t mut Table<'i>, ParseError> {
    for key in path {
        let index = entry_for(table, key, Defined::OnHeaderPath);
        match table_within(&mut table.entries[index].1.value) {
            Some(next) if next.defined != Defined::Inline => table = next,
            _ => return Err(duplicate(key)),
        }
    }
    Ok(table)
}

/// A `[path]` or `[[path]]` header at `header` (its brackets): defines its
/// table, or adds one to its array of tables.
pub(super) fn open_header<'i>(
    root: &mut Table<'i>,
    path: &[Key<'i>],
    header: Range<usize>,
    is_array: bool,
) -> Result<(), ParseError> {
    let Some((last, parents)) = path.split_last() else {
        return Ok(());
    };
    let parent = header_parent(root, parents)?;
    let table = || Node {
        value: Value::Table(Table::new(Defined::ByHeader)),
        span: header.clone(),
    };
    let Some(index) = parent.position(&last.name) else {
        let value = if is_array {
            Value::Array(Array {
                items: vec![table()],
                of_tables: true,
            })
        } else {
            table().value
        };
        let node = Node {
            value,
            span: header.clone(),
        };
        parent.entries.push((last.clone(), node));
        return Ok(());
    };
    let (earlier, node) = &mut parent.entries[index];
    match (&mut node.value, is_array) {
        (
            Value::Array(Array {
                items,
                of_tables: true,
            }),
            true,
        ) => items.push(table()),
        // A table met on an earlier header's path gets its own header.
        (Value::Table(existing), false) if existing.defined == Defined::OnHeaderPath => {
            existing.defined = Defined::ByHeader;
            node.span = header.clone();
            *earlier = last.clone();
        }
        _ => return Err(duplicate(last)),
    }
    Ok(())
}

/// The table that the keys after a header go into, found again from the
/// root along the header's path.
pub(super) fn header_table<'t, 'i>(
    mut table: &'t mut Table<'i>,
    path: &[Key<'i>],
) -> Option<&'t mut Table<'i>> {
    for key in path {
        let index = table.position(&key.name)?;
        table = table_within(&mut table.entries[index].1.value)?;
    }
    Some(table)
}

/// `path = node` in `table`, where every key of `path` but the last is a
/// dotted key's table.
pub(super) fn insert<'i>(
    mut table: &mut Table<'i>,
    path: &[Key<'i>],
    node: Node<'i>,
) -> Result<(), ParseError> {
    let Some((last, parents)) = path.split_last() else {
        return Ok(());
    };
    for key in parents {
        let index = entry_for(table, key, Defined::ByDottedKey);
        let child = &mut table.entries[index].1;
        let open_to_dotted_keys = match &mut child.value {
            Value::Table(next) => {
                let open = matches!(next.defined, Defined::OnHeaderPath | Defined::ByDottedKey);
                if open {
                    next.defined = Defined::ByDottedKey;
                }
                open
            }
            Value::Array(array) => array.of_tables,
            _ => false,
        };
        match table_within(&mut child.value) {
            Some(next) if open_to_dotted_keys => table = next,
            _ => return Err(duplicate(key)),
        }
    }
    // A table that a header defined takes no dotted key from outside it.
    if !parents.is_empty() && !matches!(table.defined, Defined::OnHeaderPath | Defined::ByDottedKey)
    {
        return Err(duplicate(last));
    }
    if table.position(&last.name).is_some() {
        return Err(duplicate(last));
    }
    table.entries.push((last.clone(), node));
    Ok(())
}
