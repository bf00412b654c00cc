import type { Metadata } from "next";
import { AddOnsForm, GeneralSettingsForm } from "@/components/settings/general-settings";
import { requireBrandPage } from "@/lib/auth/guards";
import { getBrandSettings, stripeKeysStatus } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const ctx = await requireBrandPage("settings.manage");
  const brand = await getBrandSettings(ctx.brand.id);
  return (
    <div className="space-y-6">
      <GeneralSettingsForm defaultValues={{ name: brand.name, homeCountry: brand.homeCountry, defaultCurrency: brand.defaultCurrency }} />
      <AddOnsForm stripeEnabled={brand.stripeEnabled} nextEngineEnabled={brand.nextEngineEnabled} keys={stripeKeysStatus()} />
    </div>
  );
}
