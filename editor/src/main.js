// The catalog editor: errors.toml in an editor, every problem underlined
// where it is, and the docs page as the site will show it, both from the
// generator (WebAssembly) on every change.

import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { StreamLanguage } from '@codemirror/language';
import { toml } from '@codemirror/legacy-modes/mode/toml';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { loadEngine } from './engine.js';
import { openFile, saveFile } from './file.js';

const data = globalThis.catalogData;
const $ = (id) => document.getElementById(id);

/** The offset in `doc` of 1-based `line` and `column` (in characters). */
function offsetOf(doc, line, column) {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  let offset = at.from;
  let characters = 1;
  for (const c of at.text) {
    if (characters >= column) break;
    offset += c.length;
    characters++;
  }
  return Math.min(offset, at.to);
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

async function start() {
  const bytes = Uint8Array.from(atob(data.wasm), (c) => c.charCodeAt(0));
  const engine = await loadEngine(bytes);
  let fileName = 'errors.toml';
  let form = { byteOrderMark: false, crlf: false };
  // English first where the catalog has it: every writer reads it.
  let lang = 'en';
  let entries = [];
  let lastHtml = '';
  let notText = null;

  const view = new EditorView({
    parent: $('editor'),
    state: EditorState.create({
      doc: data.catalog,
      extensions: [
        basicSetup,
        StreamLanguage.define(toml),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'errors.toml' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) refresh();
          else if (update.selectionSet) showEntryAtCursor();
        }),
      ],
    }),
  });

  function refresh() {
    const started = performance.now();
    const text = view.state.doc.toString();
    const result = engine.view(notText ?? text, lang);
    const doc = view.state.doc;
    const diagnostics = result.problems.map((problem) => {
      const from = offsetOf(doc, problem.line, problem.column);
      const to = Math.max(from, offsetOf(doc, problem.endLine, problem.endColumn));
      const message = problem.fix ? `${problem.message}; ${problem.fix}` : problem.message;
      return { from, to, severity: 'error', message };
    });
    view.dispatch(setDiagnostics(view.state, diagnostics));
    showProblems(result.problems);
    if (result.html !== null) {
      entries = result.entries;
      showLanguages(result.languages);
      lastHtml = result.html;
      $('preview').innerHTML = result.html;
      $('preview').classList.remove('stale');
      showEntryAtCursor();
    } else {
      $('preview').classList.add('stale');
    }
    document.body.dataset.updateMs = (performance.now() - started).toFixed(2);
  }

  function showProblems(problems) {
    $('count').textContent = problems.length === 0 ? 'No problems' : plural(problems.length, 'problem');
    const list = $('problems');
    list.replaceChildren();
    for (const problem of problems) {
      const item = document.createElement('li');
      const jump = document.createElement('button');
      jump.type = 'button';
      jump.className = 'problem';
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = `${fileName}:${problem.line}:${problem.column}`;
      const what = document.createElement('span');
      what.className = 'what';
      what.textContent = problem.message;
      jump.append(where, ' ', what);
      if (problem.fix) {
        const fix = document.createElement('span');
        fix.className = 'fix';
        fix.textContent = problem.fix;
        jump.append(fix);
      }
      jump.addEventListener('click', () => {
        const at = offsetOf(view.state.doc, problem.line, problem.column);
        view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
        view.focus();
      });
      item.append(jump);
      list.append(item);
    }
  }

  function showLanguages(languages) {
    const select = $('language');
    const known = [...select.options].map((option) => option.value);
    if (known.join() !== languages.join()) {
      select.replaceChildren(
        ...languages.map((tag) => {
          const option = document.createElement('option');
          option.value = tag;
          option.textContent = tag;
          return option;
        }),
      );
    }
    if (!languages.includes(lang)) lang = languages[0] ?? '';
    select.value = lang;
  }

  function showEntryAtCursor() {
    const line = view.state.doc.lineAt(view.state.selection.main.head).number;
    let index = -1;
    for (let i = 0; i < entries.length && entries[i].line <= line; i++) index = i;
    for (const section of $('preview').querySelectorAll('section.entry.selected')) {
      section.classList.remove('selected');
    }
    if (index < 0) return;
    const section = $('preview').querySelector(`section.entry[data-entry="${index}"]`);
    if (section) {
      section.classList.add('selected');
      section.scrollIntoView({ block: 'nearest' });
    }
  }

  function load(bytesOfFile, name) {
    const opened = openFile(bytesOfFile);
    fileName = name;
    $('file-name').textContent = name;
    if (opened === null) {
      notText = bytesOfFile;
      refresh();
      return;
    }
    notText = null;
    form = opened.form;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: opened.text } });
    refresh();
  }

  $('language').addEventListener('change', (event) => {
    lang = event.target.value;
    refresh();
  });
  $('open').addEventListener('change', async (event) => {
    const [file] = event.target.files;
    if (file) load(new Uint8Array(await file.arrayBuffer()), file.name);
    event.target.value = '';
  });
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', async (event) => {
    event.preventDefault();
    const [file] = event.dataTransfer.files;
    if (file) load(new Uint8Array(await file.arrayBuffer()), file.name);
  });
  $('save').addEventListener('click', () => {
    const blob = new Blob([saveFile(view.state.doc.toString(), form)], { type: 'application/toml' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });

  $('version').textContent = data.version;
  refresh();
  document.body.dataset.ready = 'true';
  globalThis.catalogEditor = { view };
}

start().catch((error) => {
  $('count').textContent = `The editor could not start: ${error.message}`;
});
