// The package's types as a TypeScript user meets them: this compiles, and
// the lines marked @ts-expect-error must not (tsc fails if they do).
import { check, pages, CatalogError, catalogPath, version, type Problem, type Page } from '../../lib/index';

declare const text: string;

const problems: Problem[] = check(text, { file: 'errors.toml' });
for (const problem of problems) {
  const where: string = `${problem.file}:${problem.line}:${problem.column}-${problem.endLine}:${problem.endColumn}`;
  const fix: string = problem.fix ?? 'no fix';
  const stops: boolean = problem.stopsTheCheck;
  void [where, fix, stops];
}

try {
  const files: Page[] = pages(new Uint8Array());
  for (const page of files) {
    const target: string = page.sitePath ?? `docs/${page.lang}/api-errors.mdx`;
    void [target, page.text.length];
  }
} catch (error) {
  if (error instanceof CatalogError) {
    const first: Problem | undefined = error.problems[0];
    void first;
  }
}

const paths: string[] = [catalogPath, version];
void paths;

// @ts-expect-error: a number is no catalog.
check(42);
// @ts-expect-error: `fix` may be null.
const notNull: string = problems[0].fix;
void notNull;
