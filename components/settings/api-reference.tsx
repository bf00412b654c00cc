// Settings › API: the integration API's reference, generated from the same route registry as the
// route handlers and the OpenAPI document: each endpoint with its scope, what it does and a curl
// example.
import { getTranslations } from "@/lib/i18n/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { curlExample } from "@/lib/api/curl-example";
import { API_RATE } from "@/lib/api/rate-limit";
import type { ApiRoute } from "@/lib/api/route";
import { API_BASE_PATH, API_ROUTES } from "@/lib/api/routes";
import { MAX_PAGE_SIZE } from "@/lib/api/schemas";

const GROUPS = ["Orders", "Products", "Inventory", "Buyers", "Webhooks"] as const;
const METHOD_TONE = { GET: "blue", POST: "green", PUT: "amber", PATCH: "amber", DELETE: "red" } as const;

async function Endpoint({ route, apiBase }: { route: ApiRoute; apiBase: string }) {
  const t = await getTranslations("api");
  return (
    <li className="space-y-2 py-4" data-testid={`api-route-${route.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={METHOD_TONE[route.method]}>{route.method}</Badge>
        <code className="font-mono text-sm font-semibold wrap-anywhere">{`${API_BASE_PATH}${route.path}`}</code>
        <span className="text-xs text-slate-600">
          {t("reference.scope")} <code className="rounded bg-slate-100 px-1 py-0.5 text-slate-800">{route.scope}</code>
        </span>
        {route.idempotent && <Badge>{t("reference.idempotent")}</Badge>}
      </div>
      <p className="text-sm text-slate-700">{t(`routes.${route.id}` as never)}</p>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-600">{t("reference.example")}</summary>
        <pre className="mt-2 rounded-md bg-slate-900 p-3 text-xs break-all whitespace-pre-wrap text-slate-100">{curlExample(route, apiBase)}</pre>
      </details>
    </li>
  );
}

export async function ApiReference({ baseUrl }: { baseUrl: string }) {
  const t = await getTranslations("api.reference");
  const apiBase = `${baseUrl}${API_BASE_PATH}`;
  return (
    <div className="space-y-4">
      <div className="max-w-3xl space-y-2 text-sm text-slate-600">
        <p>{t("intro", { base: apiBase })}</p>
        <p>{t("limits", { perSecond: API_RATE.perSecond, burst: API_RATE.burst, maxLimit: MAX_PAGE_SIZE })}</p>
        <p>{t("idempotency")}</p>
        <p className="flex flex-wrap gap-4">
          <a href={`${API_BASE_PATH}/openapi.json`} className="text-brand-700 underline">
            {t("openapi")}
          </a>
          <Link href="/admin/settings/api-keys" className="text-brand-700 underline">
            {t("manageKeys")}
          </Link>
        </p>
      </div>
      {GROUPS.map((group) => (
        <Card key={group} className="px-5 py-3">
          <h2 className="text-base font-semibold">{t(`groups.${group}`)}</h2>
          <ul className="divide-y divide-slate-100">
            {API_ROUTES.filter((r) => r.group === group).map((route) => (
              <Endpoint key={route.id} route={route} apiBase={apiBase} />
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
