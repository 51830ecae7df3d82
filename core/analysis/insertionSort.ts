// A stable sort in place for the few causes or red flags of one text, where
// Array#sort's set-up costs more than the sorting itself. Quadratic: only for
// arrays bounded by a vocabulary (cause ids, red-flag ids), never by the text.
export function insertionSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, item) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = item;
  }
  return items;
}
