// LinkShell filled from a resolved link: who is ordering and the cart badge (not on view-only links).
import { loadPageCart } from "@/lib/cart/cart";
import type { ResolvedLink } from "@/lib/link-access/resolve-link";
import { LinkShell } from "./link-shell";

export async function LinkFrame({ resolved, children }: { resolved: ResolvedLink; children: React.ReactNode }) {
  const { link, purchase, viewer, language } = resolved;
  const cart = purchase?.canOrder ? await loadPageCart(purchase) : null;
  return (
    <LinkShell
      token={link.token}
      brandName={link.brand.name}
      language={language}
      orderingAs={viewer?.buyer?.name ?? null}
      cart={cart ? { quantity: cart.quantity, subtotal: cart.subtotal, currency: cart.currency } : null}
      canLogOut={Boolean(viewer)}
    >
      {children}
    </LinkShell>
  );
}
