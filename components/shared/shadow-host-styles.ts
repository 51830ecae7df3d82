/**
 * The start of a part's stylesheet inside our shadow host: `:host` resets everything the page could
 * make it inherit (with !important, since important rules from inside a shadow tree beat the
 * page's), fixed at `placement`; then a plain box model.
 */
export const hostReset = (placement: string): string => `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
${placement}
  overflow: visible !important;
  z-index: 2147483647 !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  contain: none !important;
}
* { box-sizing: border-box; margin: 0; padding: 0; }`;
