/** One problem of errors.toml, as `check --format json` prints it. */
export interface Problem {
  /** The file, as named (`errors.toml` unless `options.file` says). */
  file: string;
  /** Where the problem starts: 1-based, the column counted in characters. */
  line: number;
  column: number;
  /** Just after its last character, counted the same way. */
  endLine: number;
  endColumn: number;
  /** What is wrong. */
  message: string;
  /** The one fix that works; `${message}; ${fix}` is the line the build prints. */
  fix: string | null;
  /** Whether the rest of the file is checked only once this is fixed. */
  stopsTheCheck: boolean;
}

/** A docs page of the catalog, in one language. */
export interface Page {
  /** The language's tag, as errors.toml names it (`en`, `zh`). */
  lang: string;
  /** Where the page goes in a checkout of the docs site, if errors.toml says. */
  sitePath: string | null;
  /** The page's MDX, byte for byte what `docs --write` writes. */
  text: string;
}

export interface Options {
  /** The name each problem carries as its `file`. */
  file?: string;
}

/** Every problem of errors.toml; an empty list when it is valid. */
export function check(text: string | Uint8Array, options?: Options): Problem[];

/** Every language's page; throws a `CatalogError` if errors.toml has problems. */
export function pages(text: string | Uint8Array, options?: Options): Page[];

/** What `pages` throws: the problems that stop the pages. */
export class CatalogError extends Error {
  readonly problems: Problem[];
}

/** The errors.toml this version of the package was built from. */
export const catalogPath: string;

/** The package's version, which is the capmonster-errors crate's. */
export const version: string;
