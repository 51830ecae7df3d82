// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageFacts } from '../../../sites/page-facts';
import { loadFixture } from './load-fixture';

describe('Garmin Connect facts on the React activity page', () => {
  it('reads distance, moving time and climb from the DataBlock stats', () => {
    const { doc } = loadFixture('garmin-connect-app');
    expect(readPageFacts('garmin-connect', doc)).toEqual({
      distanceKm: 10.02,
      movingTimeS: 47 * 60 + 55,
      elevationGainM: 38,
    });
  });

  it('takes the first block of a label: the header stat over a later section', () => {
    const doc = new DOMParser().parseFromString(
      `<div class="ActivitySmallStats_activityStat__a1"><div><div class="DataBlock_dataField__b2">5.00 km</div><span class="DataBlock_dataLabel__c3">Distance</span></div></div>
       <section class="StatsBlock_statsBlockContainer__d4"><div><div class="DataBlock_dataField__b2">5.04 km</div><span class="DataBlock_dataLabel__c3">Distance</span></div></section>`,
      'text/html',
    );
    expect(readPageFacts('garmin-connect', doc)).toEqual({ distanceKm: 5 });
  });
});
