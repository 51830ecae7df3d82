import type { LibraryEntry } from './library-entries';

/** A Library entry another view links to: a cause or remedy named in the page view. */
export type LibraryTarget = { [K in LibraryEntry['kind']]: { kind: K; id: Extract<LibraryEntry, { kind: K }>['id'] } }[LibraryEntry['kind']];

/** The element id of an entry's article in the Library. */
export const libraryEntryId = (target: LibraryTarget): string => `entry-${target.kind}-${target.id}`;
