/** Whether a parsed value is a mapping of keys (not null, not a list): what plan files hold at their top. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
