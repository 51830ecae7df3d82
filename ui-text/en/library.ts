import type { LibraryText } from '../library-text';

export const LIBRARY: LibraryText = {
  searchLabel: 'Search the library',
  searchPlaceholder: 'e.g. treadmill, numbness, heat',
  resultCount: (n) => `${n} ${n === 1 ? 'result' : 'results'}`,
  noResults: (query) => `Nothing matches “${query}”.`,
  grade: (label) => `Link to back pain: ${label.toLowerCase()}`,
  opensInNewTab: '(opens in a new tab)',
  urgency: 'Urgency',
};
