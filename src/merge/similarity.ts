/**
 * How alike two actions read: a Dice coefficient over the word stems of their titles and
 * descriptions, in every language they are written in. Accents and case do not count, nor do
 * English and Spanish function words.
 */

// Function words and the plan's boilerplate ("member country", "each") that every action shares.
const STOP_WORDS = new Set(`
a an and are as at be by each for from in into is it its of on or other the their them they this
to with within between all any both more most such than that these those through who which will
la las el los un una unos unas y e o u de del al a en con por para sus su se que como entre cada
sobre sin mas muy otros otras otro otra todo todos toda todas este esta estos estas ese esa desde
hasta segun ante bajo tras lo le les ya ni
`.trim().split(/\s+/));

/** Letters without accents, lower case: "Acción" -> "accion". */
export function foldText(text: string): string {
  // ASCII has nothing to decompose and no marks to drop.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** A crude stem: plural and common English/Spanish suffixes off, at most six letters kept. */
export function stem(word: string): string {
  const bare = word.replace(/(iones|ion|ies|es|s)$/, "");
  return (bare.length >= 3 ? bare : word).slice(0, 6);
}

/** The words of a text, folded ("Acción regional" -> accion, regional), with empty strings where it starts or ends with a non-letter. */
function foldedWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u);
}

/** A folded word that says something: three letters or more, not a function word. */
function isContentWord(word: string): boolean {
  return word.length > 2 && !STOP_WORDS.has(word);
}

/** Dice's coefficient of two sets, each a sorted list without repeats: 2|A∩B| / (|A|+|B|), 0 when both are empty. */
export function dice(a: readonly number[], b: readonly number[]): number {
  if (a.length + b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * The stems of the content words of texts, each stem a small whole number. A plan's texts draw on
 * a small vocabulary, and descriptions repeat: each word is stemmed once, each text read once.
 */
export class StemIds {
  private readonly stems = new Map<string, number>();
  /** Folded word -> the number of its stem, or -1 for a word that does not count. */
  private readonly words = new Map<string, number>();
  private readonly texts = new Map<string, number[]>();

  /** The numbers of the stems of `text`, sorted, each once. Callers must not change the list. */
  of(text: string): number[] {
    let numbers = this.texts.get(text);
    if (numbers === undefined) {
      numbers = [];
      for (const word of foldedWords(text)) {
        const id = this.wordId(word);
        if (id >= 0) numbers.push(id);
      }
      numbers = distinct(numbers.sort((a, b) => a - b));
      this.texts.set(text, numbers);
    }
    return numbers;
  }

  private wordId(word: string): number {
    let id = this.words.get(word);
    if (id === undefined) {
      id = isContentWord(word) ? this.stemId(stem(word)) : -1;
      this.words.set(word, id);
    }
    return id;
  }

  private stemId(stem: string): number {
    let id = this.stems.get(stem);
    if (id === undefined) this.stems.set(stem, (id = this.stems.size));
    return id;
  }
}

/** A sorted list without its repeats. */
function distinct(sorted: number[]): number[] {
  return sorted.filter((id, i) => i === 0 || id !== sorted[i - 1]);
}

/** The numbers in either of two sorted lists, sorted, each once. */
export function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    out.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}
