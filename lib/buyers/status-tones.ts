// Badge colours of connection statuses (their names are in the `status` catalogue namespace).
import type { BadgeTone } from "@/components/ui/badge";
import type { ConnectionStatus, InvitationStatus } from "@/lib/db/generated/enums";

export const CONNECTION_STATUS_TONES: Record<ConnectionStatus, BadgeTone> = { CONNECTED: "green", CLOSED: "gray" };
export const INVITATION_STATUS_TONES: Record<InvitationStatus, BadgeTone> = { PENDING: "amber", ACCEPTED: "green", REVOKED: "gray" };
