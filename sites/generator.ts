/** Whether the page's `<meta name="generator">` starts with `product` (case-insensitive). */
export function generatorIs(doc: Document, product: string): boolean {
  const content = doc.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '';
  return content.toLowerCase().startsWith(product.toLowerCase());
}
