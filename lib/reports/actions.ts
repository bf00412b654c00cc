"use server";
// Server actions of the Reports filter bar: the link and buyer pickers search the signed-in
// member's own brand (never a brand id from the client).
import { brandAction } from "@/lib/actions/action-client";
import { searchReportBuyers, searchReportLinks } from "./options";
import { reportSubjectSearchSchema } from "./schemas";

/** Up to 20 of the brand's links whose name contains the text. */
export const searchReportLinksAction = brandAction({ schema: reportSubjectSearchSchema, permission: "reports.view" }, async (input, ctx) =>
  searchReportLinks(ctx.brand.id, input.text),
);

/** Up to 20 of the brand's buyers whose name contains the text. */
export const searchReportBuyersAction = brandAction({ schema: reportSubjectSearchSchema, permission: "reports.view" }, async (input, ctx) =>
  searchReportBuyers(ctx.brand.id, input.text),
);
