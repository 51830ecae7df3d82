/**
 * A site adapter only says *where* the user-written text of a page is (and, on tracker pages,
 * which facts the page shows). It never analyses text and never changes the page.
 */
export interface SiteAdapter {
  /** Stable id, shown in the popup as "which adapter ran" (e.g. `reddit`, `strava`, `generic`). */
  id: string;
  /** Human name, e.g. "Reddit", "Strava". */
  name: string;
  /** Whether this adapter is meant for the page at `url`. */
  matches(url: URL): boolean;
  /**
   * The elements holding user-written text (post bodies, comments, activity titles and notes),
   * in document order, none inside another. Searches open shadow roots where the site uses them.
   */
  findPosts(root: Document): Element[];
  /** A short label for a post (author, title) to group mentions by post in the popup. */
  describePost?(post: Element): string | undefined;
}
