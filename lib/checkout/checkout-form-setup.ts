import "server-only";
// What a checkout page hands the checkout form: the options of the cart's catalogs, the values it
// starts with (a known buyer's details and default address; a guest gets the brand's country) and
// how far the cart is from its minimum order value (the catalogs' settings come with the options).
import { prisma } from "@/lib/db/client";
import { minimumSettings, resolveMinimum, cartCatalogIds } from "@/lib/cart/cart-minimum";
import type { CartView } from "@/lib/cart/cart";
import { loadCheckoutOptions } from "./checkout-options";
import type { PurchaseContext } from "./purchase-context";
import type { CheckoutInput } from "./schemas";

/** `user`: the signed-in person ordering for the buyer, whose name and e-mail fill the gaps. */
export async function checkoutFormSetup(purchase: PurchaseContext, cart: CartView, user: { name: string; email: string } | null) {
  const { catalogMinimums, ...checkout } = await loadCheckoutOptions(purchase, cartCatalogIds(cart));
  const options = { ...checkout, timeZone: purchase.brand.timeZone };
  const minimum = await resolveMinimum(prisma, purchase, minimumSettings(purchase, purchase.brand.minimumOrder, catalogMinimums), cart.subtotal);
  const buyer = purchase.buyer;
  if (!buyer) return { options, minimum, defaults: { country: purchase.brand.homeCountry } satisfies Partial<CheckoutInput> };
  const address = await prisma.buyerAddress.findFirst({ where: { buyerId: buyer.id }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  const defaults: Partial<CheckoutInput> = {
    contactName: buyer.contactName ?? user?.name ?? "",
    email: buyer.email ?? user?.email ?? "",
    phone: buyer.phone ?? "",
    country: address?.country ?? buyer.country,
    shipRecipient: address?.recipientName ?? "",
    shipLine1: address?.line1 ?? "",
    shipLine2: address?.line2 ?? "",
    shipCity: address?.city ?? "",
    shipRegion: address?.region ?? "",
    shipPostalCode: address?.postalCode ?? "",
  };
  return { options, minimum, defaults };
}
