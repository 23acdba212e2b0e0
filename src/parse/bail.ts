/**
 * How the fast readers give up. At input they are not sure to read as the yaml package or remark
 * would, the fast YAML reader (fast-yaml.ts) and the Markdown scanner (markdown/fast-tree.ts)
 * throw Bail, and their caller reads the file with the full parser. A bail costs only speed.
 */
export class Bail extends Error {}

/** One instance, thrown by every bail: it needs no stack trace, which a new Error would capture each time. */
const BAIL = new Bail("outside what the fast readers read");

export function bail(): never {
  throw BAIL;
}

/** What `read` gives, or undefined when a fast reader bailed on the way; any other error goes on. */
export function unlessBail<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}
