'use strict';
// The catalog editor in a real browser: Debian's Chromium, driven by
// playwright-core, on the page scripts/build-editor.sh built, served on
// localhost (and once opened as a local file). Screenshots go to
// target/editor-screenshots/ for a reviewer to look at.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const REPO = path.resolve(__dirname, '..', '..');
const SITE = path.join(REPO, 'target', 'editor');
const SHOTS = path.join(REPO, 'target', 'editor-screenshots');
const PACKAGE = path.join(REPO, 'target', 'npm', 'package');
const { check } = require(PACKAGE);
const LIVE = fs.readFileSync(path.join(REPO, 'errors.toml'), 'utf8');
const FIXTURE = fs.readFileSync(path.join(REPO, 'codegen', 'tests', 'fixtures', 'catalog.toml'), 'utf8');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let server;
let origin;
let context;

test.before(async () => {
  assert.ok(fs.existsSync(path.join(SITE, 'index.html')), 'run scripts/build-editor.sh first');
  fs.mkdirSync(SHOTS, { recursive: true });
  server = http.createServer((request, response) => {
    const name = new URL(request.url, 'http://x').pathname.replace(/^\/$/, '/index.html');
    const file = path.join(SITE, path.normalize(name));
    if (!file.startsWith(SITE) || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'editor-browser-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
});

test.after(async () => {
  await context?.close();
  server?.close();
});

/** A fresh page of the editor, ready, with its errors and dialogs recorded. */
async function openEditor(url = `${origin}/`) {
  const page = await context.newPage();
  page.seen = { errors: [], dialogs: [] };
  page.on('pageerror', (error) => page.seen.errors.push(error.message));
  page.on('dialog', async (dialog) => {
    page.seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Opens `text` in the editor as a file named errors.toml, as a writer would. */
async function openText(page, text) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'editor-file-')), 'errors.toml');
  fs.writeFileSync(file, text);
  await page.setInputFiles('#open', file);
  await page.waitForFunction((text) => globalThis.catalogEditor.view.state.doc.toString() === text, text.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n'));
}

/** The editor's text. */
function textOf(page) {
  return page.evaluate(() => globalThis.catalogEditor.view.state.doc.toString());
}

/** Selects `length` characters from the `nth` occurrence of `needle`. */
async function select(page, needle, { from = 0, length = 0, nth = 0 } = {}) {
  await page.evaluate(
    ({ needle, from, length, nth }) => {
      const { view } = globalThis.catalogEditor;
      const text = view.state.doc.toString();
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`no ${needle}`);
      view.dispatch({ selection: { anchor: at + from, head: at + from + length }, scrollIntoView: true });
      view.focus();
    },
    { needle, from, length, nth },
  );
}

/** The problems the page lists, as `file:line:col message`. */
async function listed(page) {
  return page.$$eval('#problems .problem', (items) =>
    items.map((item) => `${item.querySelector('.where').textContent} ${item.querySelector('.what').textContent}`),
  );
}

/** What the npm package's check says about `text`, in the list's form. */
function expected(text) {
  return check(text).map((problem) => `errors.toml:${problem.line}:${problem.column} ${problem.message}`);
}

/** The underlined text in the editor. */
async function underlined(page) {
  return page.$$eval('.cm-lintRange-error', (marks) => marks.map((mark) => mark.textContent).join(''));
}

test('the live catalog has no problems and the preview shows the entry at the cursor', async () => {
  const page = await openEditor();
  assert.equal(await page.textContent('#count'), 'No problems');
  assert.equal(await textOf(page), LIVE);
  const sections = await page.$$('#preview section.entry');
  assert.ok(sections.length > 1);
  // The cursor in the second entry's code selects its section.
  const second = [...LIVE.matchAll(/^code = "([^"]+)"/gm)][1][1];
  await select(page, `code = "${second}"`);
  const selected = await page.$eval('#preview section.entry.selected', (section) => section.textContent);
  assert.match(selected, new RegExp(second));
  await page.screenshot({ path: path.join(SHOTS, 'preview.png') });
  assert.deepEqual(page.seen.errors, []);
  await page.close();
});

for (const [name, needle, options, typed, marked] of [
  ['retry = never, without quotes', 'retry = "never"', { from: 8, length: 7 }, 'never', 'never'],
  ['a missing quote', 'title = "', { from: 9, length: 0, nth: 1 }, '', null],
  ['a Cyrillic Е in a code', 'code = "ERROR_', { from: 8, length: 1 }, 'Е', 'Е'],
]) {
  test(`a slip (${name}) shows where it is, in the check's words, and goes when fixed`, async () => {
    const page = await openEditor();
    await openText(page, FIXTURE);
    await select(page, needle, options);
    if (name === 'a missing quote') {
      // Delete the title's closing quote: the end of that line.
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
    } else {
      await page.keyboard.type(typed);
    }
    const text = await textOf(page);
    assert.notEqual(text, FIXTURE);
    const want = expected(text);
    assert.ok(want.length > 0, `${name} is no problem to the check`);
    assert.deepEqual(await listed(page), want);
    assert.equal(await page.textContent('#count'), want.length === 1 ? '1 problem' : `${want.length} problems`);
    if (marked !== null) assert.equal(await underlined(page), marked);
    else assert.notEqual(await underlined(page), '');
    if (name.startsWith('a Cyrillic')) await page.screenshot({ path: path.join(SHOTS, 'problem.png') });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.getElementById('count').textContent === 'No problems');
    assert.equal(await underlined(page), '');
    await page.close();
  });
}

test('an edited description changes the preview, its link and bold included', async () => {
  const page = await openEditor();
  await openText(page, FIXTURE);
  await page.selectOption('#language', 'en');
  // The fixture's first English description links to its settings.
  await select(page, '[settings](https://example.com/settings)', { from: 1 });
  await page.keyboard.type('account ');
  await select(page, 'en = "The account key', { from: 6 });
  // As pasted: typed key by key, the editor would close the `*` itself.
  await page.keyboard.insertText('**Check** this: ');
  assert.equal(await page.textContent('#count'), 'No problems');
  const html = await page.$eval('#preview section.entry.selected', (section) => section.innerHTML);
  assert.match(html, /<a href="https:\/\/example\.com\/settings" target="_blank" rel="noopener noreferrer">account settings<\/a>/);
  assert.match(html, /<strong>Check<\/strong> this: /);
  await page.close();
});

test('the hostile catalog shows as text: no script runs, no element is injected', async () => {
  const page = await openEditor();
  await page.setInputFiles('#open', path.join(REPO, 'codegen', 'tests', 'fixtures', 'hostile.toml'));
  await page.waitForFunction(() => document.getElementById('file-name').textContent === 'hostile.toml');
  assert.equal(await page.textContent('#count'), 'No problems');
  await page.selectOption('#language', 'en');
  const allowed = new Set(['H1', 'H2', 'H3', 'P', 'BR', 'CODE', 'STRONG', 'EM', 'A', 'SECTION', 'ASIDE', 'UL', 'LI']);
  const tags = await page.$$eval('#preview *', (elements) => elements.map((element) => element.tagName));
  assert.deepEqual([...new Set(tags)].filter((tag) => !allowed.has(tag)), []);
  const hrefs = await page.$$eval('#preview a[href]', (links) => links.map((link) => link.getAttribute('href')));
  for (const href of hrefs) assert.match(href, /^https?:\/\//);
  const shown = await page.textContent('#preview');
  assert.ok(shown.includes('document.documentElement.dataset.pwned = "yes"'), 'the hostile text is not shown as text');
  assert.ok(shown.includes('<script>alert(1)</script>'), 'the hostile markup is not shown as text');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.pwned), undefined);
  // And the page's policy would stop a script that got in: none inline,
  // none from elsewhere, nothing loaded from another host.
  const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.content);
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.deepEqual(page.seen.dialogs, []);
  assert.deepEqual(page.seen.errors, []);
  await page.close();
});

test('saving gives back the file byte for byte but for the edit, line endings and mark kept', async () => {
  const original = '\uFEFF' + FIXTURE.replaceAll('\n', '\r\n');
  const page = await openEditor();
  await openText(page, original);
  await select(page, 'title = "', { from: 9 });
  await page.keyboard.type('SAVED ');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
  const saved = fs.readFileSync(await download.path());
  const at = original.indexOf('title = "') + 9;
  const want = Buffer.from(original.slice(0, at) + 'SAVED ' + original.slice(at), 'utf8');
  assert.deepEqual(saved, want);
  assert.equal(download.suggestedFilename(), 'errors.toml');
  await page.close();
});

test('opened as a local file, the page works the same', async () => {
  const page = await openEditor(`file://${path.join(SITE, 'index.html')}`);
  assert.equal(await page.textContent('#count'), 'No problems');
  assert.ok((await page.$$('#preview section.entry')).length > 1);
  assert.deepEqual(page.seen.errors, []);
  await page.close();
});

test('keyboard alone reaches every control, and a narrow window shows both halves', async () => {
  const page = await openEditor();
  const reached = new Set();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  for (const control of ['open', 'save', 'language']) assert.ok(reached.has(control), `Tab never reaches #${control}: ${[...reached]}`);
  await page.setViewportSize({ width: 420, height: 800 });
  await page.screenshot({ path: path.join(SHOTS, 'narrow.png'), fullPage: true });
  const editor = await page.$eval('#editor', (element) => element.getBoundingClientRect().width);
  const preview = await page.$eval('#preview', (element) => element.getBoundingClientRect().width);
  assert.ok(editor > 300 && preview > 300, `${editor} and ${preview} wide`);
  await page.close();
});

test('the time from a keystroke to problems and preview (measured, not asserted)', async () => {
  const page = await openEditor();
  await select(page, '\nen = "', { from: 7 });
  const times = [];
  for (const c of 'measure') {
    const ms = await page.evaluate(async (c) => {
      const start = performance.now();
      globalThis.catalogEditor.view.dispatch(globalThis.catalogEditor.view.state.replaceSelection(c));
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      return performance.now() - start;
    }, c);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  console.log(`keystroke to problems and preview, live catalog: median ${times[times.length >> 1].toFixed(1)} ms, slowest ${times.at(-1).toFixed(1)} ms of ${times.length}`);
  await page.close();
});
