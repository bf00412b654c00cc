import { getTranslations } from "@/lib/i18n/server";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireBrandPage("settings.manage");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { brand: ctx.brand.name })} />
      <SettingsTabs showStaff={can(ctx.role, "staff.manage")} />
      {children}
    </>
  );
}
