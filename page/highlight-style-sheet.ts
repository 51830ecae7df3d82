/**
 * The reader's highlight style, applied as a constructed stylesheet adopted by the document:
 * no element is added to the page, and replacing the rule restyles every mark at once.
 */
export function adoptHighlightStyle(doc: Document): (css: string) => void {
  const win = doc.defaultView;
  if (!win || !('adoptedStyleSheets' in doc)) return () => {};
  const sheet = new win.CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return (css) => sheet.replaceSync(css);
}
