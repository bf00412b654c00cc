"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import type { ConnectionStatus } from "@/lib/db/generated/enums";
import { chooseBuyerAction } from "@/lib/link-access/actions";
import { FormError, useFormErrorText } from "./form-error";

export function ChooseBuyerForm({ token, choices }: { token: string; choices: { id: string; name: string; status: ConnectionStatus }[] }) {
  const t = useTranslations("status.connection");
  const errorText = useFormErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const choose = (buyerId: string) =>
    start(async () => {
      setError(null);
      const result = await chooseBuyerAction(token, { buyerId });
      if (!result.ok) return setError(errorText(result));
      router.refresh();
    });
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <ul className="space-y-2">
        {choices.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              disabled={pending}
              onClick={() => choose(c.id)}
              className="flex w-full items-center justify-between gap-3 rounded-md bg-white px-4 py-3 text-left text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:opacity-60"
            >
              <span>{c.name}</span>
              {c.status === "CLOSED" && <Badge tone="red">{t(c.status)}</Badge>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
