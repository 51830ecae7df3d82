import { describe, expect, it } from 'vitest';
import type { RedFlagCue } from '../../../core/analysis/collectCues';
import { pickRedFlags } from '../../../core/analysis/pickRedFlags';
import { DEFAULT_TIERS } from '../../../core/redFlagTiers';

const cue = (flag: RedFlagCue['flag'], start: number, tier?: RedFlagCue['tier']): RedFlagCue => ({
  flag,
  tier,
  start,
  end: start + 4,
  text: 'word',
  key: 'word',
  sentence: 0,
  paragraph: 0,
});

describe('pickRedFlags', () => {
  it('gives a flag its default tier when no cue sets one', () => {
    expect(pickRedFlags([cue('night-pain', 5)])).toEqual([
      { id: 'night-pain', tier: DEFAULT_TIERS['night-pain'], start: 5, end: 9, text: 'word' },
    ]);
  });

  it('keeps the first span of a flag and the most urgent tier any of its cues gives', () => {
    const hits = pickRedFlags([cue('numbness-weakness', 30, 'emergency'), cue('numbness-weakness', 10, 'soon'), cue('chest-pain', 20)]);
    expect(hits).toEqual([
      { id: 'numbness-weakness', tier: 'emergency', start: 10, end: 14, text: 'word' },
      { id: 'chest-pain', tier: 'emergency', start: 20, end: 24, text: 'word' },
    ]);
  });

  it('lets a cue lower a flag below its default when no other cue raises it', () => {
    expect(pickRedFlags([cue('numbness-weakness', 0, 'soon')])[0]!.tier).toBe('soon');
  });
});
