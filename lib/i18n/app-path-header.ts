// The request header proxy.ts puts the page's path in, for lib/i18n/request-locale (server
// components cannot see the URL). Set on every page request, so a client cannot supply its own.
export const APP_PATH_HEADER = "x-app-path";
