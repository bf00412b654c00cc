// Catalogs, lookbooks and shipping rate groups for a fixture brand, and a valid link form.
import { prisma } from "@/lib/db/client";
import type { LinkFormInput } from "@/lib/links/schemas";

export async function createLinkOptions(brandId: string) {
  const catalogs = await Promise.all(
    (["OPEN", "LIMITED", "CLOSED"] as const).map((status, i) => prisma.catalog.create({ data: { brandId, name: `Catalog ${i}`, status } })),
  );
  const lookbooks = await Promise.all(
    (["PUBLIC", "DRAFT"] as const).map((status, i) => prisma.lookbook.create({ data: { brandId, name: `Lookbook ${i}`, status } })),
  );
  const rateGroup = (name: string, currency: string, country: string | null, fees: number[]) =>
    prisma.shippingRateGroup.create({ data: { brandId, name, currency, country, rates: { create: fees.map((fee, i) => ({ name: `Rate ${i}`, fee })) } } });
  const rateGroups = {
    jpyJapan: await rateGroup("Domestic", "JPY", "JP", [1000]),
    jpyJapanOther: await rateGroup("Domestic express", "JPY", "JP", [2000]),
    usdAll: await rateGroup("International", "USD", null, [4500]),
    empty: await rateGroup("No rates yet", "JPY", "US", []),
  };
  return { catalogs, lookbooks, rateGroups };
}

export function linkInput(type: LinkFormInput["type"], catalogIds: string[], overrides: Partial<LinkFormInput> = {}): LinkFormInput {
  return {
    type,
    name: `Link ${Math.random().toString(36).slice(2, 8)}`,
    viewOnly: false,
    offlineBuyerTransition: false,
    addressField: "SHOW",
    passcodeEnabled: false,
    passcode: "",
    releaseEnabled: false,
    releaseAt: "",
    expirationEnabled: false,
    expiresAt: "",
    catalogIds,
    description: "",
    paymentMethods: ["PAY_OUTSIDE_APP"],
    shippingRateGroupIds: [],
    videoSource: "NONE",
    videoUrl: "",
    videoFileId: "",
    backgroundType: "EMPTY",
    backgroundImageFileId: "",
    backgroundVideoUrl: "",
    lookbookIds: [],
    contacts: [],
    currency: type === "CUSTOMER" ? "" : "JPY",
    language: type === "CUSTOMER" ? "" : "JA",
    discountRate: type === "CUSTOMER" ? "" : "10",
    ...overrides,
  };
}
