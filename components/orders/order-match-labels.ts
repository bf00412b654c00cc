// Staff wording of the guest-order match panel on the admin order page, in one place.
export const ORDER_MATCH_LABELS = {
  matches: (buyerName: string) => `Matches buyer ${buyerName}`,
  held: (email: string | null) =>
    `The guest typed this buyer's e-mail address${email ? ` (${email})` : ""}. Until the buyer confirms through the link e-mailed to that address, or you confirm the match, this stays a guest order and does not appear in the buyer's Buyer App.`,
  confirmed: (buyerName: string, date: string) => `Matched buyer ${buyerName}: confirmed on ${date}.`,
  button: "Confirm match",
  dialogDescription: (buyerName: string) =>
    `The order moves to ${buyerName} and appears in their Buyer App. The guest buyer created for this order is removed when nothing else uses it.`,
  success: (buyerName: string) => `The order now belongs to ${buyerName}.`,
} as const;
