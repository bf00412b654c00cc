import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/card";
import { requireBrandPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/roles";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireBrandPage("settings.manage");
  return (
    <>
      <PageHeader title="Settings" description={`Brand settings of ${ctx.brand.name}.`} />
      <SettingsTabs showStaff={can(ctx.role, "staff.manage")} />
      {children}
    </>
  );
}
