// The request header proxy.ts puts the page's path in: server components cannot see the URL, yet
// the request's language (lib/i18n/request-locale) and the link pages' not-found page depend on it.
// Set on every page request, so a client cannot supply its own.
export const APP_PATH_HEADER = "x-app-path";
