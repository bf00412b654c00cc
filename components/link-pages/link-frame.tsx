// LinkShell filled from a resolved link: who is ordering, the cart badge (not on view-only links),
// and the language switcher while no buyer's trading terms decide the language.
import { loadPageCart } from "@/lib/cart/cart";
import type { ResolvedLink } from "@/lib/link-access/resolve-link";
import { LinkShell } from "./link-shell";

export async function LinkFrame({ resolved, children }: { resolved: ResolvedLink; children: React.ReactNode }) {
  const { link, purchase, viewer } = resolved;
  const cart = purchase?.canOrder ? await loadPageCart(purchase) : null;
  return (
    <LinkShell
      token={link.token}
      brandName={link.brand.name}
      orderingAs={viewer?.buyer?.name ?? null}
      cart={cart ? { quantity: cart.quantity, subtotal: cart.subtotal, currency: cart.currency } : null}
      canLogOut={Boolean(viewer)}
      languageSwitcher={!viewer?.connection}
    >
      {children}
    </LinkShell>
  );
}
