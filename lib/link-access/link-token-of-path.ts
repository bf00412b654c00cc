// The link token of a path under /l/<token>/ (as URL-encoded in the path). The link's not-found
// page gets no route params: it reads the token from the path proxy.ts passes on (APP_PATH_HEADER).
export function linkTokenOfPath(pathname: string): string | null {
  return /^\/l\/([^/]+)/.exec(pathname)?.[1] ?? null;
}
