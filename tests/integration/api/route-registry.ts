// The integration API's route files found on disk (app/api/v1/**/route.ts) with their handlers,
// matched to the route registry both ways, so that tests generated from the registry cover every
// endpoint the app serves.
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { ApiRouteHandler } from "@/lib/api/handler";
import type { ApiRoute } from "@/lib/api/route";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const V1 = path.join(ROOT, "app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export type ServedRoute = { folder: string; method: string; handler: ApiRouteHandler<ApiRoute> | ((request: Request) => Response | Promise<Response>) };

/** Every exported method of every route file under app/api/v1, by folder ("orders/[id]") and method. */
export async function servedRoutes(): Promise<ServedRoute[]> {
  const entries = await readdir(V1, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name === "route.ts").map((e) => path.join(e.parentPath, e.name));
  const served: ServedRoute[] = [];
  for (const file of files.sort()) {
    const exported: Record<string, unknown> = await import(/* @vite-ignore */ file);
    const folder = path.relative(V1, path.dirname(file)).split(path.sep).join("/");
    for (const method of METHODS) if (typeof exported[method] === "function") served.push({ folder, method, handler: exported[method] as ServedRoute["handler"] });
  }
  return served;
}

/** A value for each path parameter of a route, e.g. { id: "x" } for /orders/{id}. */
export function paramsFor(route: ApiRoute, value = "cnotanid000000000000000000"): Record<string, string> {
  return Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], route.example?.pathValues?.[m[1]] ?? value]));
}

export function pathFor(route: ApiRoute, params: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]));
}
