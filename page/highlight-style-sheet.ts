/**
 * The reader's highlight style, as a constructed stylesheet the document adopts only while we
 * mark something in a style other than the default (which the extension's own CSS draws): a page
 * with nothing marked finds no sheet of ours. No element is added to the page, and replacing the
 * rule restyles every mark at once.
 */
export function adoptHighlightStyle(doc: Document): (css: string, marking: boolean) => void {
  const win = doc.defaultView;
  if (!win || !('adoptedStyleSheets' in doc)) return () => {};
  let sheet: CSSStyleSheet | null = null;
  let rules = '';
  return (css, marking) => {
    const wanted = marking && css !== '';
    const adopted = sheet !== null && doc.adoptedStyleSheets.includes(sheet);
    if (!wanted) {
      if (adopted) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      return;
    }
    sheet ??= new win.CSSStyleSheet();
    if (css !== rules) sheet.replaceSync(css);
    rules = css;
    if (!adopted) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  };
}
