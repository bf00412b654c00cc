// English and Japanese wording of the link screens (gate, passcode, logins, catalog list).
import { SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in-unavailable";
import type { Language } from "@/lib/db/generated/enums";
import { dateTimeFormat } from "@/lib/format/date-time-format";

const EN = {
  voidTitle: "This link has been stopped",
  voidText: "The brand has stopped this link. Please contact the brand for a new one.",
  notYetOpenTitle: "This link is not yet open",
  notYetOpenText: (when: string) => `It opens on ${when}.`,
  expiredTitle: "This link has expired",
  expiredText: "The period for this link has ended. Please contact the brand.",
  passcodeTitle: "Enter the passcode",
  passcodeText: "This link is protected. Enter the passcode the brand gave you.",
  passcode: "Passcode",
  continue: "Continue",
  loginTitle: "Log in to order",
  loginText: "Log in to see the catalogs with your trading terms.",
  loginUserAccount: "Login with User Account",
  loginOfflineBuyer: "Login with Offline Buyer",
  loginBrandCredentials: "Login with Brand-Specific Credentials",
  loginUserAccountHint: "Use the e-mail and password of your Buyer App account.",
  loginOfflineBuyerHint: "Use the e-mail and password the brand set for you.",
  loginBrandCredentialsHint: "Use the unique code and passcode set by the brand (brand staff ordering for a buyer).",
  email: "Email",
  password: "Password",
  uniqueCode: "Unique code",
  logIn: "Log in",
  logOut: "Log out",
  signInUnavailable: SIGN_IN_UNAVAILABLE.message,
  chooseBuyerTitle: "Choose a buyer organization",
  chooseBuyerText: "Which organization are you ordering for?",
  closedBadge: "Closed",
  closedTitle: "Your connection with this brand is closed",
  closedText: "This Customer Order Link cannot be used while the connection is closed. Please contact the brand.",
  orderingAs: (name: string) => `Ordering as ${name}`,
  catalogs: "Catalogs",
  allCatalogsClosed: "The catalogs of this link are not available at the moment.",
  someCatalogsClosed: "Some catalogs of this link are not available.",
  noCatalogs: "This link has no catalogs yet.",
  availableFrom: (when: string) => `Available from ${when}`,
  orderDeadline: (when: string) => `Order by ${when}`,
  orderingClosed: "Ordering closed — browse only",
  viewOnly: "View only: browse the catalogs. Ordering is not available through this link.",
  lookbooks: "Lookbooks",
  video: "Video",
  contacts: "Contacts",
  products: (n: number) => `${n} ${n === 1 ? "product" : "products"}`,
  noProducts: "This catalog has no products yet.",
  back: "Back",
  delivery: (when: string) => `Delivery ${when}`,
  notFoundTitle: "This link does not exist",
  notFoundText: "Check the address, or ask the brand for the right link.",
  orderPageForOrdererTitle: "This order page is for whoever placed the order",
  orderPageForOrdererText: "It opens in the browser the order was placed from. The order confirmation e-mail has the order number and its details.",
  orderPageBuyerAppText: "Ordered with a Buyer App account? Sign in to see your orders there.",
  signInToBuyerApp: "Sign in to the Buyer App",
  backToLink: "Back to the link",
  pagination: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
  previous: "Previous",
  next: "Next",
};

export type LinkMessages = typeof EN;

const JA: LinkMessages = {
  voidTitle: "このリンクは停止されています",
  voidText: "ブランドがこのリンクを停止しました。新しいリンクについてはブランドにお問い合わせください。",
  notYetOpenTitle: "このリンクはまだ公開されていません",
  notYetOpenText: (when) => `${when}に公開されます。`,
  expiredTitle: "このリンクの有効期限が切れています",
  expiredText: "このリンクの公開期間は終了しました。ブランドにお問い合わせください。",
  passcodeTitle: "パスコードを入力してください",
  passcodeText: "このリンクは保護されています。ブランドから受け取ったパスコードを入力してください。",
  passcode: "パスコード",
  continue: "続ける",
  loginTitle: "ログインして注文",
  loginText: "ログインすると取引条件に基づいたカタログが表示されます。",
  loginUserAccount: "Login with User Account",
  loginOfflineBuyer: "Login with Offline Buyer",
  loginBrandCredentials: "Login with Brand-Specific Credentials",
  loginUserAccountHint: "バイヤーアプリのメールアドレスとパスワードを使用します。",
  loginOfflineBuyerHint: "ブランドが設定したメールアドレスとパスワードを使用します。",
  loginBrandCredentialsHint: "ブランドが設定したユニークコードとパスコードを使用します。",
  email: "メールアドレス",
  password: "パスワード",
  uniqueCode: "ユニークコード",
  logIn: "ログイン",
  logOut: "ログアウト",
  signInUnavailable: "現在、一時的にログインできません。数分後にもう一度お試しください。",
  chooseBuyerTitle: "バイヤー組織を選択",
  chooseBuyerText: "どの組織として注文しますか？",
  closedBadge: "Closed",
  closedTitle: "このブランドとの接続は終了しています",
  closedText: "接続が終了しているため、このカスタマーオーダーリンクは利用できません。ブランドにお問い合わせください。",
  orderingAs: (name) => `${name} として注文中`,
  catalogs: "カタログ",
  allCatalogsClosed: "このリンクのカタログは現在公開されていません。",
  someCatalogsClosed: "一部のカタログは公開されていません。",
  noCatalogs: "このリンクにはまだカタログがありません。",
  availableFrom: (when) => `${when}から公開`,
  orderDeadline: (when) => `発注期限 ${when}`,
  orderingClosed: "発注期限終了 — 閲覧のみ",
  viewOnly: "閲覧専用: カタログの閲覧のみ可能です。このリンクからは注文できません。",
  lookbooks: "ルックブック",
  video: "動画",
  contacts: "お問い合わせ先",
  products: (n) => `${n}商品`,
  noProducts: "このカタログにはまだ商品がありません。",
  back: "戻る",
  delivery: (when) => `納期 ${when}`,
  notFoundTitle: "このリンクは存在しません",
  notFoundText: "URLをご確認いただくか、ブランドに正しいリンクをお問い合わせください。",
  orderPageForOrdererTitle: "このご注文のページはご注文者様のみご覧いただけます",
  orderPageForOrdererText: "ご注文いただいたブラウザでのみ表示されます。注文番号とご注文内容は注文確認メールでご確認いただけます。",
  orderPageBuyerAppText: "バイヤーアプリのアカウントでご注文の場合は、サインインするとご注文を確認できます。",
  signInToBuyerApp: "バイヤーアプリにサインイン",
  backToLink: "リンクへ戻る",
  pagination: (from, to, total) => `${total}件中 ${from}–${to}件`,
  previous: "前へ",
  next: "次へ",
};

export function linkMessages(language: Language): LinkMessages {
  return language === "JA" ? JA : EN;
}

/**
 * What a failed passcode or login form shows: the page's own words, in its language, for an
 * outage (the server's SIGN_IN_UNAVAILABLE), else the server's message.
 */
export function formErrorText(t: LinkMessages, result: { code: string; message: string }): string {
  return result.code === SIGN_IN_UNAVAILABLE.code ? t.signInUnavailable : result.message;
}

export function formatDate(date: Date, language: Language): string {
  return dateTimeFormat(language === "JA" ? "ja-JP" : "en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date) + " UTC";
}
