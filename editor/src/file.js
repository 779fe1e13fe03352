// A file as the writer's editor saved it, and back: the text the page
// edits has LF line endings and no byte-order mark; saving puts back what
// the file had, so that the saved bytes differ only where the writer typed.

/**
 * The text of `bytes` to edit, and how to write it back; `null` when the
 * bytes are not UTF-8 text (the generator then says where).
 */
export function openFile(bytes) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  const byteOrderMark = text.startsWith('\uFEFF');
  if (byteOrderMark) text = text.slice(1);
  const crlf = text.includes('\r\n');
  if (crlf) text = text.replaceAll('\r\n', '\n');
  return { text, form: { byteOrderMark, crlf } };
}

/** `text` as the bytes of a file of `form`. */
export function saveFile(text, form) {
  let out = form.crlf ? text.replaceAll('\n', '\r\n') : text;
  if (form.byteOrderMark) out = '\uFEFF' + out;
  return new TextEncoder().encode(out);
}
