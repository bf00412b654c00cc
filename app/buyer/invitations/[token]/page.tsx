import { redirect } from "next/navigation";

// Invitations mailed before they had a public page pointed here: the public page answers them
// now, for signed-in users and for invited addresses that have no account yet.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  redirect(`/invitations/${encodeURIComponent(token)}`);
}
