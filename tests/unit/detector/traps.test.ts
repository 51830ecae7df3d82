import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';

describe('"back" that is not the body', () => {
  it.each([
    'Back to running after two weeks off, legs sore.',
    'Back-to-back long runs this weekend and my legs hurt.',
    'Out and back route, calves were sore on the way back.',
    'Out-and-back course, knees aching.',
    'Kept my gels in my backpack, shoulders sore from the straps.',
    'Sharp pain in the back of my knee.',
    'Pain at the back of my heel every morning.',
    'Tightness in the back of my thigh when I sprint.',
    'Keep your back straight and relax, it hurts less.',
    'Came back sore from the hills.',
    'Bounced back quickly, no pain.',
    'The back half of the race was painful.',
    'Small setback this week, calf is tight.',
    'Laid-back pace, nothing hurt.',
    'Backed off the pace when my hamstring tightened.',
    'Back in 2019 I had terrible knee pain.',
    'Trying to get back into it after injury, feet sore.',
    'Got back home and my quads were killing me.',
    'Thanks for the feedback, my hip still hurts.',
    'Backstroke in the pool, shoulders sore.',
    'Ran the back roads, legs wrecked.',
    'Back nine of the golf course, sore feet.',
    'Cutback week, feeling tight.',
    'Back up the pace on the last mile, lungs burning.',
    'On the way back my calf cramped.',
    'Pat on the back for finishing, legs sore.',
    'Paced back and forth at the start, nervous and tight.',
    'Had to hold back on the hills, quads sore.',
    'Looking back, the taper was too short and I felt stiff.',
    'Back then my knees always hurt.',
    'New tights were too tight.',
    'Tight race schedule this spring.',
    'My back was to the wind for the last mile.',
    "I'm sore everywhere, back to running tomorrow.",
    'Pain keeps coming back in my calf.',
    'Ran with a friend coming back from injury.',
  ])('%s', (text) => {
    expect(analyze(text).mentions).toEqual([]);
  });
});
