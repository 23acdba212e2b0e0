/** The first thing wrong with `xml` as XML: a tag that does not nest or close, raw markup in text, a bare `&`, a character XML 1.0 forbids. */
export function notWellFormed(xml: string): string | undefined {
  const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos);)/;
  const forbidden = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.exec(xml);
  if (forbidden) return `U+${forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}, which XML cannot hold, at ${forbidden.index}`;
  const stack: string[] = [];
  for (const match of xml.replace(/^<\?xml[^>]*\?>/, "").matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g)) {
    const [whole, closing, name, attributes, selfClosing, text, stray] = match;
    if (stray !== undefined) return `a < that opens no tag at ${match.index}`;
    if (text !== undefined ? bareAmpersand.test(text) || text.includes(">") : bareAmpersand.test(attributes ?? "")) return `unescaped: ${whole.slice(0, 80)}`;
    if (closing && stack.pop() !== name) return `</${name}> closes nothing open at ${match.index}`;
    if (!closing && !selfClosing && name !== undefined) stack.push(name);
  }
  return stack.length === 0 ? undefined : `unclosed: ${stack.join(" ")}`;
}
