import type { ComponentChildren } from 'preact';
import { libraryEntryId, type LibraryTarget } from '../library/library-target';

/** A name that opens its entry in the Library tab; plain text where there is no Library to open. */
export function LibraryLink({
  target,
  open,
  hint,
  children,
}: {
  target: LibraryTarget;
  open?: (target: LibraryTarget) => void;
  hint: string;
  children: ComponentChildren;
}) {
  if (!open) return <>{children}</>;
  return (
    <a
      href={`#${libraryEntryId(target)}`}
      title={hint}
      onClick={(event) => {
        event.preventDefault();
        open(target);
      }}
    >
      {children}
    </a>
  );
}
