/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment),
 * so that the typos people make ("hihg", "UNDOC") find their word. Small inputs only (keys, ids).
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate, if it is close enough to be a likely typo. Among equally close ones, the
 * one written with the same letters (IMO is IOM with two letters swapped, not ILO), then the first
 * in code-point order, so that the hint does not depend on the candidates' order.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestAnagram = false;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance > bestDistance) continue;
    const anagram = sameLetters(lower, candidate.toLowerCase());
    if (distance < bestDistance || (anagram && !bestAnagram) || (anagram === bestAnagram && candidate < best!)) {
      best = candidate;
      bestDistance = distance;
      bestAnagram = anagram;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
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

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  return match === undefined ? undefined : `did you mean ${match}?`;
}
