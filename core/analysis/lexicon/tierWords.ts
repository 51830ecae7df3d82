// Words near a red flag that move it from its default tier (see postTiers).

/** "numb in both legs": both sides. */
export const BOTH_SIDES = ['both', 'legs', 'feet', 'thighs', 'calves', 'arms', 'bilateral', 'knees'];
/** "Both of them, like pins and needles": "both" in the sentence before or after tells the side too. */
export const BOTH_WORDS = ['both', 'bilateral'];
/** "getting weaker", "spreading", "unsteady": a nerve loss that is growing. */
export const GROWING = ['weaker', 'worse', 'worsening', 'spreading', 'spread', 'spreads', 'unsteady', 'wobbly', 'buckled', 'buckling', 'gave', 'giving', 'collapsed', 'slapping', 'dragging', 'drags', 'tripping'];
/** "unchanged for weeks", "improving": a steady nerve sign (with "no worse", see postTiers). */
export const STEADY = ['unchanged', 'stable', 'improving', 'shrunk', 'shrinking', 'strong', 'specialist', 'surgeon', 'neurosurgeon', 'consultant'];
/** "tingling down one leg, no worse": one side, steady. */
export const ONE_SIDE = ['one', 'left', 'right', 'leg', 'foot', 'thigh', 'calf', 'buttock', 'glute', 'side'];
/** "worse since this morning", "by the hour": a nerve loss growing fast (with GROWING). */
export const RAPID = ['hour', 'hours', 'hourly', 'rapidly', 'quickly', 'overnight', 'morning', 'today', 'tonight'];
/** A lost strength, not only a changed feeling. */
export const MOTOR = [
  'weak', 'weakness', 'weaker', 'strength', 'gave', 'gives', 'giving', 'buckled', 'lift', 'raise', 'drop', 'slapping', 'slaps', 'slap', 'dragging',
  'tripping', 'stumbling', 'clumsy', 'weight', 'flapping', 'flopping', 'flops', 'drags', 'scuffing', 'catching', 'clipping',
];

/** "hit by a car", "came off my bike", "fell off a ladder": a high-energy injury ("hit the ground" alone is any fall). */
export const HIGH_ENERGY = [
  'car', 'cars', 'van', 'truck', 'lorry', 'bus', 'motorbike', 'motorcycle', 'bike', 'bicycle', 'cycling', 'ski', 'skiing', 'snowboard',
  'snowboarding', 'horse', 'ladder', 'roof', 'height', 'scaffolding', 'knocked', 'collision', 'collided', 'crash',
  'crashed', 'stairs', 'staircase', 'bars', 'handlebars', 'wheels', 'mph', 'kph', 'chaingang', 'peloton', 'speed', 'cyclist', 'cyclists',
];
/** "rear-ended at a roundabout": a low-speed road accident, a check the same day. */
export const LOW_SPEED_ROAD = ['rear', 'ended', 'whiplash', 'roundabout', 'rta', 'rtc', 'fender', 'bender', 'shunt'];
/** Weak bones: a minor fall needs a check the same day. */
export const FRAGILE_BONES = ['osteoporosis', 'osteopenia', 'steroids', 'steroid', 'prednisolone', 'prednisone'];

/** "wakes me when I turn over", "settles once I find a position": ordinary, mechanical night pain. */
export const SETTLING = ['turn', 'turning', 'turned', 'roll', 'rolling', 'rolled', 'comfortable', 'position', 'settles', 'shift', 'eases', 'moving'];

/** "puffed on the stairs for weeks": breathlessness on effort that came on slowly. */
export const EXERTION = ['stairs', 'stair', 'flight', 'flights', 'walking', 'climbing', 'hill', 'hills', 'incline'];
export const FOR_WEEKS = ['weeks', 'months', 'fortnight'];

/** "worse by the hour", "rapidly" (and "can't move at all", see postTiers). */
export const BY_THE_HOUR = ['hour', 'hours', 'hourly', 'rapidly'];
