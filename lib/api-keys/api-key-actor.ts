// An API key acting for its brand: it has no user, and the audit trail names it by the key's name
// in the reader's language ("API key “ERP sync”"), through the same Acting shape members use.
import type { Acting } from "@/lib/audit/record-audit";
import { msg } from "@/lib/i18n/message-text";

export function apiKeyActing(key: { name: string }): Acting {
  return { id: null, name: msg("api.keys.actor", { name: key.name }), email: "" };
}
