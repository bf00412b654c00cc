// A curl command for an endpoint, from its route definition: the reference page shows one per
// endpoint (the key as $API_KEY, example path values, query and body from the definition).
import type { ApiRoute } from "./route";

const PLACEHOLDER_ID = "ORDER_ID";

/** Single-quoted for a POSIX shell. */
const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export function curlExample(route: ApiRoute, apiBase: string): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(route.example?.pathValues?.[name] ?? (name === "id" ? PLACEHOLDER_ID : name.toUpperCase())));
  const url = `${apiBase}${path}${route.example?.query ? `?${route.example.query}` : ""}`;
  const lines = [`curl${route.method === "GET" ? "" : ` -X ${route.method}`} ${quote(url)}`, `  -H 'Authorization: Bearer $API_KEY'`];
  if (route.idempotent) lines.push(`  -H "Idempotency-Key: $(uuidgen)"`);
  if (route.body) lines.push(`  -H 'Content-Type: application/json'`, `  -d ${quote(JSON.stringify(route.example?.body ?? {}))}`);
  return lines.join(" \\\n");
}
