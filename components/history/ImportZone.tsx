import { useState } from 'preact/hooks';
import type { MyBackText } from '../../ui-text/my-back-text';

/**
 * A file picker that is also a drop target. The picker is the accessible path (keyboard,
 * screen reader); dropping a file on the zone is a shortcut for the mouse.
 */
export function ImportZone({ text, busy, onFile }: { text: MyBackText; busy: boolean; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !busy) onFile(file);
  };
  return (
    <div
      class={`drop-zone${over ? ' drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <label class="row">
        {text.chooseFile}{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          aria-describedby="drop-hint"
          onChange={(e) => {
            take(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <p id="drop-hint" class="help">
        {text.dropHint}
      </p>
    </div>
  );
}
