// The wording of tag names' rules, shared by Settings › Tags, the confirmation modal's Create Tag
// and the server, so the same mistake reads the same everywhere.
export const TAG_MESSAGES = {
  nameRequired: "Enter the tag name.",
  nameTooLong: "Use at most 40 characters.",
  nameTaken: (existing: string) => `A tag named ${existing} already exists.`,
  notFound: "This tag no longer exists.",
  alreadyDeleted: "This tag was already deleted.",
  invalid: "Please correct the highlighted fields.",
} as const;
