// The frame of every link page: brand name, who is ordering, the cart, and log out. Mobile first.
import Link from "next/link";
import { ShoppingBag } from "lucide-react";
import type { Language } from "@/lib/db/generated/enums";
import { formatMoney } from "@/lib/money/format";
import { checkoutMessages, localeOf } from "@/lib/checkout/messages";
import { LogoutButton } from "./logout-button";
import { linkMessages } from "./messages";

type Props = {
  token: string;
  brandName: string;
  language: Language;
  orderingAs?: string | null;
  cart?: { quantity: number; subtotal: number; currency: string } | null;
  canLogOut?: boolean;
  children: React.ReactNode;
};

export function LinkShell({ token, brandName, language, orderingAs, cart, canLogOut, children }: Props) {
  const t = linkMessages(language);
  const c = checkoutMessages(language);
  return (
    <div lang={language === "JA" ? "ja" : "en"} className="min-h-dvh bg-slate-50">
      <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
        {/* The brand name wraps (and is a size smaller on phones) rather than being cut off beside the cart and Log out. */}
        <div className="mx-auto flex min-h-14 max-w-5xl items-center justify-between gap-3 px-4 py-2">
          <Link href={`/l/${token}`} className="min-w-0 text-sm leading-tight font-semibold tracking-tight text-balance break-words text-slate-900 sm:text-base" data-testid="link-brand">
            {brandName}
          </Link>
          <div className="flex shrink-0 items-center gap-2">
            {cart && (
              <Link
                href={`/l/${token}/cart`}
                className="inline-flex h-9 items-center gap-2 rounded-full bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700"
                data-testid="cart-badge"
              >
                <ShoppingBag className="size-4" aria-hidden />
                <span>{c.cart}</span>
                <span className="rounded-full bg-white/20 px-1.5 tabular-nums" data-testid="cart-count">{cart.quantity}</span>
                <span className="sr-only">{formatMoney(cart.subtotal, cart.currency, localeOf(language))}</span>
              </Link>
            )}
            {canLogOut && <LogoutButton token={token} label={t.logOut} />}
          </div>
        </div>
        {orderingAs && (
          <div className="border-t border-slate-100 bg-slate-50">
            <p className="mx-auto max-w-5xl truncate px-4 py-1.5 text-xs text-slate-600" data-testid="ordering-as">{t.orderingAs(orderingAs)}</p>
          </div>
        )}
      </header>
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </div>
  );
}
