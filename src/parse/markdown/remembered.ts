/**
 * `compute`, with its answers remembered for up to `limit` different arguments: the labels and
 * headings of a matrix repeat on every action, and a file full of odd ones must not grow memory.
 */
export function remembered<T>(compute: (key: string) => T, limit = 1000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size < limit) answers.set(key, answer);
    }
    return answer;
  };
}
