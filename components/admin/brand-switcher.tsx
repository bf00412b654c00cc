"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { switchBrandAction } from "@/lib/auth/actions";

export function BrandSwitcher({ brands, activeId }: { brands: { id: string; name: string }[]; activeId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const t = useTranslations("nav");
  if (brands.length < 2) return <p className="truncate px-3 text-sm font-semibold text-slate-900">{brands[0]?.name}</p>;
  return (
    <label className="block px-3">
      <span className="sr-only">{t("brand")}</span>
      <select
        value={activeId}
        disabled={pending}
        onChange={(event) =>
          startTransition(async () => {
            const result = await switchBrandAction({ brandId: event.target.value });
            if (!result.ok) toast.error(result.message);
            router.push("/admin");
            router.refresh();
          })
        }
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-semibold"
      >
        {brands.map((brand) => (
          <option key={brand.id} value={brand.id}>
            {brand.name}
          </option>
        ))}
      </select>
    </label>
  );
}
