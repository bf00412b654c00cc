// A message formatted once and filled in many times: for a label repeated down a grid ("Quantity
// for {color} / {size}" on every cell), formatting each cell through ICU costs the server more
// than the rest of the cell's render. The message is formatted with a marker for each argument,
// then each use only swaps the markers for its values. Only for plain text arguments: one that
// picks a plural or select branch must be formatted each time.

const marker = (i: number) => `\u0001${i}\u0001`;

export function messageTemplate<K extends string>(format: (values: Record<K, string>) => string, names: readonly K[]): (values: Record<K, string>) => string {
  const formatted = format(Object.fromEntries(names.map((name, i) => [name, marker(i)])) as Record<K, string>);
  // Text and argument slots alternate: "Quantity for ", 0, " / ", 1, "".
  const parts = formatted.split("\u0001");
  return (values) => parts.map((part, i) => (i % 2 === 0 ? part : values[names[Number(part)]])).join("");
}
