/**
 * The drafts' text in Unicode NFC, without the characters no draft can hold (UNPRINTABLE). An
 * editor that saves decomposed accents (NFD: `a` and a combining acute for `á`, as some macOS
 * editors do) gives text that reads the same but has other bytes: a draft built from it would
 * differ from the one built before in lines that look unchanged (`git diff drafts/`), and a search
 * in Word for a typed "Panamá" would not find it. The group files keep their own bytes; only what
 * the drafts print is composed.
 */

/** Every character below U+0300 but the controls is its own NFC form and printable: most texts need no look at all. */
const MAY_CHANGE = /[\x00-\x08\x0B\x0C\x0E-\x1F]|[^\u0000-\u02ff]/;
/**
 * What no draft can hold: the control characters XML 1.0 forbids, and U+FFFE and U+FFFF (a Word
 * file holding one does not open). A vertical tab or form feed, which a line break or page break
 * pasted from Word arrives as, becomes a line break; the others are dropped.
 */
const UNPRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

export function composed(text: string): string {
  return MAY_CHANGE.test(text) ? text.normalize("NFC").replace(UNPRINTABLE, (char) => (char === "\v" || char === "\f" ? "\n" : "")) : text;
}

/**
 * `value` with its strings composed: the same object where nothing in it changes (almost always),
 * else a copy of each array and plain object on the way to a string that does.
 */
export function inNfc<T>(value: T): T {
  return composeValue(value) as T;
}

function composeValue(value: unknown): unknown {
  if (typeof value === "string") return composed(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const next = composeValue(item);
      if (next !== item) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    let copy: Record<string, unknown> | undefined;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      const next = composeValue(item);
      if (next !== item) (copy ??= { ...record })[key] = next;
    }
    return copy ?? value;
  }
  return value;
}
