"use client";
// A signing secret, shown once (after adding an endpoint or rotating its secret) with a copy button.
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export function SecretReveal({ secret, note, onDone }: { secret: string; note?: string; onDone: () => void }) {
  const t = useTranslations("webhooks.secret");
  return (
    <Card className="space-y-3 border-amber-300 bg-amber-50 p-4" role="status" data-testid="webhook-secret-reveal">
      <h3 className="text-sm font-semibold text-slate-900">{t("title")}</h3>
      <p className="text-sm text-slate-700">{t("once")}</p>
      {note && <p className="text-sm text-slate-700">{note}</p>}
      <code className="block rounded bg-white px-3 py-2 font-mono text-sm wrap-anywhere ring-1 ring-amber-200" data-testid="webhook-secret">
        {secret}
      </code>
      <div className="flex gap-2">
        <Button size="sm" variant="secondary" onClick={() => navigator.clipboard.writeText(secret).then(() => toast.success(t("copied")), () => undefined)}>
          {t("copy")}
        </Button>
        <Button size="sm" onClick={onDone}>
          {t("done")}
        </Button>
      </div>
    </Card>
  );
}
