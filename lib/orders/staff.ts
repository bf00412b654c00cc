// Who performs a brand-side order transition: the brand (scope) and the member (audit actor).
import type { BrandContext } from "@/lib/auth/context";

export type Staff = Pick<BrandContext, "brand" | "user">;
