import { clip } from "./make.js";

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment),
 * so that the typos people make ("hihg", "UNDOC") find their word. Small inputs only (keys, ids).
 * Given `cutoff`, a distance above it is not worked out: some number above it is returned as soon
 * as no alignment can come back under it.
 */
export function editDistance(a: string, b: string, cutoff = Infinity): number {
  if (Math.abs(a.length - b.length) > cutoff) return cutoff + 1;
  const width = b.length + 1;
  if (scratch.length < 3 * width) scratch = new Int32Array(3 * width * 2);
  // Three rows of the table in one buffer, turned round each row: two rows back (for a swap), the row before, this one.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) scratch[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    scratch[current] = i;
    let least = i;
    for (let j = 1; j < width; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(scratch[previous + j]! + 1, scratch[current + j - 1]! + 1, scratch[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) best = Math.min(best, scratch[before + j - 2]! + 1);
      scratch[current + j] = best;
      if (best < least) least = best;
    }
    // No row's least is under the one before it (a swap from two rows back costs what a substitution from the row before does).
    if (least > cutoff) return cutoff + 1;
    [before, previous, current] = [previous, current, before];
  }
  return scratch[previous + b.length]!;
}

let scratch = new Int32Array(96);

/**
 * Candidates to suggest from, lowercased once: a rule that asks for each of a plan's unknown
 * related ids searches its 10,000 action ids every time. With `indexFrom` candidates or more, and
 * once `scansBeforeIndex` lookups have searched them all, words of up to eight letters (two edits
 * allowed) are looked for through an index of the candidates with up to two letters deleted
 * (symmetric delete, as SymSpell): two strings within two edits of each other, a swap of neighbours
 * counted as one, become one string by deleting at most two letters from each. Only those
 * candidates are then measured. Candidates of more than ten letters, which no such word comes
 * within two edits of, are not indexed: the index of long ids would cost more than it saves.
 */
export class Speller {
  private readonly words: readonly { word: string; lower: string }[];
  private readonly indexFrom: number;
  private readonly scansBeforeIndex: number;
  private lookups = 0;
  private index: Map<string, number[]> | undefined;

  constructor(candidates: Iterable<string>, { indexFrom = 1000, scansBeforeIndex = 8 }: { indexFrom?: number; scansBeforeIndex?: number } = {}) {
    this.words = Array.from(candidates, (word) => ({ word, lower: word.toLowerCase() }));
    this.indexFrom = indexFrom;
    this.scansBeforeIndex = scansBeforeIndex;
  }

  /**
   * The closest candidate, if it is close enough to be a likely typo. Among equally close ones, the
   * one written with the same letters (IMO is IOM with two letters swapped, not ILO), then the first
   * in code-point order, so that the hint does not depend on the candidates' order.
   */
  closest(word: string): string | undefined {
    const lower = word.toLowerCase();
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best: string | undefined;
    let bestDistance = Infinity;
    let bestAnagram = false;
    for (const candidate of this.near(lower, limit)) {
      // A candidate further than the limit is never suggested, nor one further than the best so far.
      const distance = editDistance(lower, candidate.lower, Math.min(bestDistance, limit));
      if (distance > bestDistance || distance > limit) continue;
      const anagram = sameLetters(lower, candidate.lower);
      if (distance < bestDistance || (anagram && !bestAnagram) || (anagram === bestAnagram && candidate.word < best!)) {
        best = candidate.word;
        bestDistance = distance;
        bestAnagram = anagram;
      }
    }
    return best;
  }

  didYouMean(word: string): string | undefined {
    const match = this.closest(word);
    return match === undefined ? undefined : `did you mean ${clip(match)}?`;
  }

  /** The candidates that may be within `limit` edits of `lower`: all of them, or those the index finds. */
  private near(lower: string, limit: number): Iterable<{ word: string; lower: string }> {
    // A few lookups search every candidate: building the index pays only for many.
    if (this.words.length < this.indexFrom || limit > INDEXED_EDITS || lower.length > INDEXED_WORD || ++this.lookups <= this.scansBeforeIndex) return this.words;
    if (!this.index) {
      this.index = new Map();
      this.words.forEach((candidate, i) => {
        if (candidate.lower.length > INDEXED_WORD + INDEXED_EDITS) return;
        for (const variant of deletions(candidate.lower, INDEXED_EDITS)) {
          const found = this.index!.get(variant);
          if (found) found.push(i);
          else this.index!.set(variant, [i]);
        }
      });
    }
    const found = new Set<number>();
    for (const variant of deletions(lower, limit)) for (const i of this.index.get(variant) ?? []) found.add(i);
    // In any order: the choice is by distance, then same letters, then code points, whichever comes first.
    return Array.from(found, (i) => this.words[i]!);
  }
}

/** The edits the index covers: a word of up to eight letters (INDEXED_WORD) may be two edits from what was meant. */
const INDEXED_EDITS = 2;
const INDEXED_WORD = 8;

/** `word` with up to `edits` of its letters deleted, each way once. */
function deletions(word: string, edits: number): Set<string> {
  const found = new Set([word]);
  let last = [word];
  for (let edit = 0; edit < edits; edit++) {
    const next: string[] = [];
    for (const text of last) {
      for (let i = 0; i < text.length; i++) {
        const shorter = text.slice(0, i) + text.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    last = next;
  }
  return found;
}

/** Speller's closest, for one word: every candidate searched, as an index would not pay. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return new Speller(candidates, { indexFrom: Infinity }).closest(word);
}

/**
 * What a name nobody knows (a misspelt key or column) may have been meant for: the closest
 * candidate, or, where it is like none of them (`responsables`, `Budget`), any of them.
 */
export function meantFor(word: string, candidates: readonly string[]): readonly string[] {
  const match = closest(word, candidates);
  return match === undefined ? candidates : [match];
}

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
}

/** Speller's didYouMean, for one word. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  return new Speller(candidates, { indexFrom: Infinity }).didYouMean(word);
}
