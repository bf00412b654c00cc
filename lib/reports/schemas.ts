// What the filter bar's link and buyer pickers send: the text typed, bounded.
import { z } from "zod";

export const reportSubjectSearchSchema = z.object({ text: z.string().trim().max(100) });
export type ReportSubjectSearch = z.infer<typeof reportSubjectSearchSchema>;
