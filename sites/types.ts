/**
 * A site adapter only says *where* the user-written text of a page is. It never analyses text and
 * never changes the page. What a tracker's activity page shows besides (its facts) is read by
 * `page-facts.ts`, which loads with the analysis, not with every page.
 */
export interface SiteAdapter {
  /** Stable id, shown in the popup as "which adapter ran" (e.g. `reddit`, `strava`, `generic`). */
  id: string;
  /** Human name, e.g. "Reddit", "Strava". */
  name: string;
  /** Whether this adapter is meant for the page at `url`. */
  matches(url: URL): boolean;
  /**
   * The elements holding user-written text (post bodies, comments, activity titles and notes)
   * within `root` (`root` itself included), in document order, none inside another. Searches open
   * shadow roots where the site uses them.
   *
   * Found a few at a time: each step of the iteration is a short piece of work (a post's worth,
   * or a stretch of the page) and gives what it found, possibly nothing, so the scanner can give
   * the page its main thread back between steps. `findPosts` (`find-posts.ts`) takes them all at once.
   */
  postsIn(root: Document | Element): Iterable<Element[]>;
  /**
   * The post a text element of `postsIn` belongs to, where a post is read in parts (Reddit's
   * title and body): parts of one post are read, analysed and listed as that one post.
   */
  postOf?(part: Element): Element | undefined;
  /** A short label for a post (author, title) to group mentions by post in the popup. */
  describePost?(post: Element): string | undefined;
  /**
   * Forum-engine adapters (Discourse, phpBB, …) recognise their engine from the document itself,
   * so they work on any site the user adds.
   */
  detect?(doc: Document): boolean;
  /**
   * Descendants of a post that are not its author's own words (quoted replies, code blocks,
   * link previews). Their text was written elsewhere on the page, so reading it again would
   * count one mention twice or pin it on the wrong person.
   */
  ignoreWithin?: string;
}
