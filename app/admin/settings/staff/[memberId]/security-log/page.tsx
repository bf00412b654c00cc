import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SecurityLogTable } from "@/components/auth/security-log-table";
import { requireBrandPage } from "@/lib/auth/guards";
import { NotFoundError } from "@/lib/errors/app-error";
import { pageParams } from "@/lib/pagination/page-params";
import { memberSecurityLog } from "@/lib/settings/member-security-log";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.staff");
  return { title: t("securityLog") };
}

type Search = Record<string, string | string[] | undefined>;

export default async function MemberSecurityLogPage({ params, searchParams }: { params: Promise<{ memberId: string }>; searchParams: Promise<Search> }) {
  const ctx = await requireBrandPage("staff.manage");
  const [{ memberId }, search, t] = await Promise.all([params, searchParams, getTranslations("settings.staff")]);
  const page = pageParams(search);
  const found = await memberSecurityLog(ctx, memberId, page).catch((error) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!found) notFound();
  return (
    <section aria-labelledby="member-security-log" className="space-y-4">
      <div>
        <Link href="/admin/settings/staff" className="text-sm text-brand-700 hover:underline">
          {t("backToStaff")}
        </Link>
        <h2 id="member-security-log" className="mt-2 text-base font-semibold">
          {t("securityLogOf", { name: found.member.name })}
        </h2>
        <p className="text-sm text-slate-600">{t("securityLogDescription", { email: found.member.email })}</p>
      </div>
      <SecurityLogTable log={found.log} page={page} pathname={`/admin/settings/staff/${memberId}/security-log`} search={search} />
    </section>
  );
}
