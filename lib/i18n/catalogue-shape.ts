// The shape every language's catalogue must have: the English catalogue's keys, each a string.
import type { en } from "@/messages/en";

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export type Catalogue = Strings<typeof en>;
