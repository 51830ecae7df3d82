import type { Region } from '../../core/vocabulary';

type BodyRegion = Exclude<Region, 'unspecified'>;

/** Bands of the back seen from behind, in the 60×90 viewBox below. */
const BANDS: Record<BodyRegion, { y: number; height: number }> = {
  upper: { y: 14, height: 18 },
  mid: { y: 32, height: 24 },
  lower: { y: 56, height: 22 },
};

/** A small figure of a back from behind that lights the region (all of it when unspecified). */
export function BackDiagram({ region, label }: { region: Region; label: string }) {
  const lit = (band: BodyRegion) => region === 'unspecified' || region === band;
  return (
    <svg class="diagram" viewBox="0 0 60 90" width="48" height="72" role="img" aria-label={label}>
      <circle class="body" cx="30" cy="7" r="6" />
      <path class="body" d="M12 14 H48 Q54 14 54 22 L50 78 Q49 84 43 84 H17 Q11 84 10 78 L6 22 Q6 14 12 14 Z" />
      {(Object.keys(BANDS) as BodyRegion[]).map((band) => (
        <rect
          key={band}
          class={lit(band) ? 'band lit' : 'band'}
          data-region={band}
          x="9"
          y={BANDS[band].y}
          width="42"
          height={BANDS[band].height}
          rx="3"
        />
      ))}
      <line class="spine" x1="30" y1="14" x2="30" y2="82" />
    </svg>
  );
}
