"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { chooseBuyerAction } from "@/lib/link-access/actions";
import type { Language } from "@/lib/db/generated/enums";
import { formErrorText, linkMessages } from "./messages";
import { FormError } from "./passcode-form";

export function ChooseBuyerForm({ token, choices, language }: { token: string; choices: { id: string; name: string; status: string }[]; language: Language }) {
  const t = linkMessages(language);
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const choose = (buyerId: string) =>
    start(async () => {
      setError(null);
      const result = await chooseBuyerAction(token, { buyerId });
      if (!result.ok) return setError(formErrorText(t, result));
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
              {c.status === "CLOSED" && <Badge tone="red">{t.closedBadge}</Badge>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
