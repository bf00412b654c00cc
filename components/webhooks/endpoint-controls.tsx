"use client";
// One endpoint's controls: enable / disable, send a test event, rotate the signing secret (the new
// one shown once; the old one keeps signing for 24 hours) and delete (with confirmation).
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/catalogs/confirm-button";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { useAction } from "@/lib/actions/use-action";
import { deleteWebhookEndpointAction, rotateWebhookSecretAction, sendWebhookTestEventAction, setWebhookEndpointEnabledAction } from "@/lib/webhooks/actions";
import { SecretReveal } from "./secret-reveal";

export function EndpointControls({ endpoint }: { endpoint: { id: string; url: string; enabled: boolean } }) {
  const t = useTranslations("webhooks.controls");
  const format = useFormatter();
  const router = useRouter();
  const { pending, run } = useAction();
  const [enabled, setEnabled] = useState(endpoint.enabled);
  const [rotated, setRotated] = useState<{ secret: string; previousValidUntil: Date }>();
  function toggle(next: boolean) {
    setEnabled(next);
    run(() => setWebhookEndpointEnabledAction({ id: endpoint.id, enabled: next }), {
      success: next ? t("enabledToast") : t("disabledToast"),
      onSuccess: () => router.refresh(),
      onError: () => setEnabled(!next),
    });
  }
  return (
    <div className="space-y-4">
      {rotated && (
        <SecretReveal
          secret={rotated.secret}
          note={t("rotatedNote", { until: format.dateTime(new Date(rotated.previousValidUntil), { dateStyle: "medium", timeStyle: "short" }) })}
          onDone={() => setRotated(undefined)}
        />
      )}
      <Card className="flex flex-wrap items-center justify-between gap-4 p-5">
        <Switch label={t("enabled")} description={t("enabledDescription")} checked={enabled} disabled={pending} onCheckedChange={toggle} />
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            size="sm"
            pending={pending}
            disabled={!enabled}
            onClick={() => run(() => sendWebhookTestEventAction({ id: endpoint.id }), { success: t("testSent"), onSuccess: () => router.refresh() })}
          >
            {t("sendTest")}
          </Button>
          <ConfirmButton
            label={t("rotate")}
            title={t("rotateTitle")}
            description={t("rotateDescription")}
            confirmLabel={t("rotateConfirm")}
            success={t("rotated")}
            danger={false}
            action={() => rotateWebhookSecretAction({ id: endpoint.id })}
            onDone={(data) => {
              setRotated(data);
              router.refresh();
            }}
          />
          <ConfirmButton
            label={t("delete")}
            title={t("deleteTitle")}
            description={t("deleteDescription", { url: endpoint.url })}
            confirmLabel={t("deleteConfirm")}
            success={t("deleted")}
            action={() => deleteWebhookEndpointAction({ id: endpoint.id })}
            onDone={() => router.push("/admin/settings/webhooks")}
          />
        </div>
      </Card>
    </div>
  );
}
