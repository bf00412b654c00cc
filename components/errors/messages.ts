// Wording of the not-found and error pages of each area, in one place (see the message catalogue
// issue). Staff and the Buyer App read English; link pages follow the link's language, so their
// wording is given in English and Japanese.

export const ADMIN_ERROR_MESSAGES = {
  notFoundTitle: "Page not found",
  notFoundText: "There is no page at this address, or your role cannot open it. It may have been mistyped, or what it showed was deleted.",
  back: "Back to the dashboard",
  errorTitle: "This page could not be shown",
  errorText: "Something went wrong on our side while loading it. Try again in a moment; if it keeps happening, tell your administrator the reference below.",
} as const;

export const BUYER_ERROR_MESSAGES = {
  notFoundTitle: "Page not found",
  notFoundText: "There is no page at this address, or it is not available to your organization. It may have been mistyped, or what it showed was removed.",
  back: "Back to your brands",
  errorTitle: "This page could not be shown",
  errorText: "Something went wrong on our side while loading it. Try again in a moment; if it keeps happening, contact the brand and quote the reference below.",
} as const;

export const ROOT_ERROR_MESSAGES = {
  notFoundTitle: "Page not found",
  notFoundText: "There is no page at this address. Check it for typing mistakes, or start again from the start page.",
  back: "Go to the start page",
  errorTitle: "Something went wrong",
  errorText: "The app could not show this page because of a problem on our side. Try again in a moment; if it keeps happening, quote the reference below to your administrator or to the brand.",
} as const;

/** Shared by every error page. */
export const COMMON_ERROR_MESSAGES = {
  reference: "Reference",
  tryAgain: "Try again",
} as const;

const LINK_EN = {
  pageNotFoundTitle: "This page does not exist",
  pageNotFoundText: "The address may be mistyped, or the page is no longer available through this link.",
  back: "Back to the catalogs",
  errorTitle: "This page could not be shown",
  errorText: "Something went wrong on our side while loading it. Try again in a moment; if it keeps happening, contact the brand and quote the reference below.",
  reference: "Reference",
  tryAgain: "Try again",
};

export type LinkErrorMessages = typeof LINK_EN;

const LINK_JA: LinkErrorMessages = {
  pageNotFoundTitle: "このページは存在しません",
  pageNotFoundText: "URLが間違っているか、このリンクからは表示できないページです。",
  back: "カタログ一覧に戻る",
  errorTitle: "このページを表示できませんでした",
  errorText: "読み込み中にシステム側で問題が発生しました。しばらくしてからもう一度お試しください。解決しない場合は、下記の参照番号を添えてブランドにお問い合わせください。",
  reference: "参照番号",
  tryAgain: "再試行",
};

export function linkErrorMessages(language: "EN" | "JA"): LinkErrorMessages {
  return language === "JA" ? LINK_JA : LINK_EN;
}
