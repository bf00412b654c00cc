import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/actions";

/** Signs out; with `then`, the sign-in page that follows returns to that path (e.g. an invitation). */
export function SignOutButton({ then, label }: { then?: string; label?: string }) {
  const t = useTranslations("common");
  return (
    <form action={signOutAction}>
      {then && <input type="hidden" name="callbackUrl" value={then} />}
      <button type="submit" className="text-sm text-slate-600 hover:text-slate-900">
        {label ?? t("signOut")}
      </button>
    </form>
  );
}
