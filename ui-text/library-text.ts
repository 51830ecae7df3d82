/** The Library tab: every cause, remedy, red flag and FAQ answer. */
export interface LibraryText {
  searchLabel: string;
  searchPlaceholder: string;
  /** "12 results" / "No results for “x”". */
  resultCount: (n: number) => string;
  noResults: (query: string) => string;
  /** "Evidence: Mixed". */
  grade: (label: string) => string;
  opensInNewTab: string;
  urgency: string;
}
