// Who performs a brand-side order transition: the brand (scope) and who acts for it (audit actor):
// a signed-in member, or an integration's API key (lib/api-keys/api-key-actor.ts).
import type { Acting } from "@/lib/audit/record-audit";
import type { BrandContext } from "@/lib/auth/context";

export type Staff = Pick<BrandContext, "brand"> & { user: Acting };
