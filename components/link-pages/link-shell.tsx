// The frame of every link page: brand name, who is ordering, the cart, log out, and (until a
// buyer's trading terms decide the language) the language switcher. Mobile first.
import Link from "next/link";
import { ShoppingBag } from "lucide-react";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import type { Language } from "@/lib/db/generated/enums";
import { localeOf } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format";
import { LogoutButton } from "./logout-button";

type Props = {
  token: string;
  brandName: string;
  /** The page's language when it is not the request's (an order page speaks the order's language). */
  language?: Language;
  orderingAs?: string | null;
  cart?: { quantity: number; subtotal: number; currency: string } | null;
  canLogOut?: boolean;
  /** Offer the language switcher: nobody has logged in whose trading terms decide the language. */
  languageSwitcher?: boolean;
  children: React.ReactNode;
};

export async function LinkShell({ token, brandName, language, orderingAs, cart, canLogOut, languageSwitcher, children }: Props) {
  const locale = language ? localeOf(language) : await getLocale();
  const t = await getTranslations({ locale, namespace: "linkPages.header" });
  return (
    <div lang={language ? locale : undefined} className="min-h-dvh bg-slate-50">
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
        {/* The brand name wraps (and is a size smaller on phones) rather than being cut off beside the cart and Log out. */}
        <div className="mx-auto flex min-h-14 max-w-5xl items-center justify-between gap-3 px-4 py-2">
          <Link href={`/l/${token}`} className="min-w-0 text-sm leading-tight font-semibold tracking-tight text-balance break-words text-slate-900 sm:text-base" data-testid="link-brand">
            {brandName}
          </Link>
          <div className="flex shrink-0 items-center gap-2">
            {languageSwitcher && !language && <LanguageSwitcher scope="visitor" className="[&>span]:sr-only sm:[&>span]:not-sr-only" />}
            {cart && (
              <Link
                href={`/l/${token}/cart`}
                className="inline-flex h-9 items-center gap-2 rounded-full bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700"
                data-testid="cart-badge"
              >
                <ShoppingBag className="size-4" aria-hidden />
                <span>{t("cart")}</span>
                <span className="rounded-full bg-white/20 px-1.5 tabular-nums" data-testid="cart-count">{cart.quantity}</span>
                <span className="sr-only">{formatMoney(cart.subtotal, cart.currency, locale)}</span>
              </Link>
            )}
            {canLogOut && <LogoutButton token={token} label={t("logOut")} />}
          </div>
        </div>
        {orderingAs && (
          <div className="border-t border-slate-100 bg-slate-50">
            <p className="mx-auto max-w-5xl truncate px-4 py-1.5 text-xs text-slate-600" data-testid="ordering-as">{t("orderingAs", { name: orderingAs })}</p>
          </div>
        )}
      </header>
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </div>
  );
}
