import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton() {
  const t = useTranslations("common");
  return (
    <form action={signOutAction}>
      <button type="submit" className="text-sm text-slate-600 hover:text-slate-900">
        {t("signOut")}
      </button>
    </form>
  );
}
