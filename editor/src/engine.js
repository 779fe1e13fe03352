// The generator, compiled to WebAssembly (the workspace's `wasm` crate), in
// the browser: the same module the npm package runs under Node's WASI.
// The functions the page calls touch no file, so the WASI imports it
// needs are few: random numbers for Rust's hash maps, an empty
// environment, no folders, and standard error for a panic's message.

import { caller } from '../../npm/lib/calls.js';

const ERRNO_BADF = 8;
const ERRNO_NOSYS = 52;

function wasiImports(memory) {
  const view = () => new DataView(memory().buffer);
  const nothing = (...pointers) => {
    for (const pointer of pointers) view().setUint32(pointer, 0, true);
    return 0;
  };
  let stderr = '';
  return {
    random_get(pointer, length) {
      crypto.getRandomValues(new Uint8Array(memory().buffer, pointer, length));
      return 0;
    },
    args_sizes_get: (count, size) => nothing(count, size),
    environ_sizes_get: (count, size) => nothing(count, size),
    args_get: () => 0,
    environ_get: () => 0,
    // No folders: the first preopened descriptor is already "bad".
    fd_prestat_get: () => ERRNO_BADF,
    fd_write(fd, iovs, count, written) {
      let total = 0;
      for (let i = 0; i < count; i++) {
        const base = view().getUint32(iovs + i * 8, true);
        const length = view().getUint32(iovs + i * 8 + 4, true);
        if (fd === 2) stderr += new TextDecoder().decode(new Uint8Array(memory().buffer, base, length));
        total += length;
      }
      view().setUint32(written, total, true);
      if (stderr.includes('\n')) {
        console.error(stderr);
        stderr = '';
      }
      return 0;
    },
    proc_exit(code) {
      throw new Error(`the catalog's module exited with ${code}`);
    },
  };
}

/** The module's exports, instantiated from its bytes. */
export async function loadEngine(bytes) {
  let instance;
  const memory = () => instance.exports.memory;
  const wasi = wasiImports(memory);
  const imports = {
    wasi_snapshot_preview1: new Proxy(wasi, {
      get: (target, name) => target[name] ?? (() => ERRNO_NOSYS),
    }),
  };
  ({ instance } = await WebAssembly.instantiate(bytes, imports));
  const call = caller(instance.exports);
  const encoder = new TextEncoder();

  return {
    /** Problems, languages, entries and the page's HTML for `text` (or bytes). */
    view(text, lang) {
      const bytes = typeof text === 'string' ? encoder.encode(text) : text;
      return call('catalog_view', bytes, encoder.encode(lang ?? '')).answer;
    },
  };
}
