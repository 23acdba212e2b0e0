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
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** A crude stem: plural and common English/Spanish suffixes off, at most six letters kept. */
export function stem(word: string): string {
  const bare = word.replace(/(iones|ion|ies|es|s)$/, "");
  return (bare.length >= 3 ? bare : word).slice(0, 6);
}

/** The stems of the content words of a text, as a set. */
export function stems(text: string): Set<string> {
  const words = foldText(text).split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((word) => word.length > 2 && !STOP_WORDS.has(word)).map(stem));
}

/** Dice's coefficient of two sets: 2|A∩B| / (|A|+|B|), 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}
