// The token of a request under /l/<token>/, passed by the proxy in a request header to the one
// page that gets no route params: the link's not-found page, which shows the link's own frame.
export const LINK_TOKEN_HEADER = "x-link-token";

export function linkTokenOfPath(pathname: string): string | null {
  return /^\/l\/([^/]+)/.exec(pathname)?.[1] ?? null;
}
