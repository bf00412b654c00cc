// Where to go after signing in or out: a path on this site only. Browsers read "//host" and
// "/\host" as another site, so those are refused like absolute URLs.
export function safeLocalPath(value: unknown): string | null {
  return typeof value === "string" && value.length <= 2000 && /^\/(?![/\\])/.test(value) ? value : null;
}
