import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { AddOnsForm, GeneralSettingsForm } from "@/components/settings/general-settings";
import { MinimumOrderForm } from "@/components/settings/minimum-order-form";
import { requireBrandPage } from "@/lib/auth/guards";
import { sellingCurrencies } from "@/lib/products/queries";
import { getBrandSettings, stripeKeysStatus } from "@/lib/settings/queries";
import { minimumOrderRows } from "@/lib/settings/schemas";
import { timeZoneOffset, timeZones } from "@/lib/settings/time-zones";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const ctx = await requireBrandPage("settings.manage");
  const [brand, currencies] = await Promise.all([getBrandSettings(ctx.brand.id), sellingCurrencies(ctx.brand.id, ctx.brand.defaultCurrency)]);
  const t = await getTranslations("settings.general");
  // The brand's zone is offered even if this runtime lists it under another name.
  const zones = timeZones().includes(brand.timeZone) ? timeZones() : [brand.timeZone, ...timeZones()];
  const zoneOptions = zones.map((zone) => ({ value: zone, label: t("timeZoneOption", { zone, offset: timeZoneOffset(zone) }) }));
  return (
    <div className="space-y-6">
      <GeneralSettingsForm
        defaultValues={{ name: brand.name, homeCountry: brand.homeCountry, defaultCurrency: brand.defaultCurrency, language: brand.language, timeZone: brand.timeZone }}
        timeZones={zoneOptions}
      />
      <MinimumOrderForm rows={minimumOrderRows(brand.minimumOrder, currencies)} />
      <AddOnsForm stripeEnabled={brand.stripeEnabled} nextEngineEnabled={brand.nextEngineEnabled} keys={stripeKeysStatus()} />
    </div>
  );
}
