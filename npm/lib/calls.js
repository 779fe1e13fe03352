'use strict';
// How JavaScript calls the module's functions on bytes, in Node and in the
// catalog editor's page alike: each buffer copied into the module's
// memory and passed as (pointer, length), freed after the call, and the
// JSON answer the module keeps read back.

/** `call(name, ...buffers)` for the module's `wasm` exports: `{status, answer}`. */
function caller(wasm) {
  return function call(name, ...buffers) {
    const placed = buffers.map((bytes) => {
      const at = wasm.catalog_alloc(bytes.length) >>> 0;
      new Uint8Array(wasm.memory.buffer, at, bytes.length).set(bytes);
      return [at, bytes.length];
    });
    let status;
    try {
      status = wasm[name](...placed.flat());
    } finally {
      for (const [at, length] of placed) wasm.catalog_free(at, length);
    }
    const answer = new Uint8Array(
      wasm.memory.buffer,
      wasm.catalog_output() >>> 0,
      wasm.catalog_output_len() >>> 0,
    );
    return { status, answer: JSON.parse(new TextDecoder().decode(answer)) };
  };
}

module.exports = { caller };
