// Where on the back: the body-location phrases and their region (CONTRACT §1).
// Plain "back"/"backs" are listed apart because they are ambiguous ("back to running").
import type { Region } from '../../vocabulary';

const BACK = 'back|backs|bakc|bcak|bak';
const OF_MY = 'of my|the|your|his|her';
const BLADES = 'shoulder|sholder|shoulders blade|blades|bone|bones';
const ONE_WORD_BLADES = 'shoulderblade|shoulderblades|shoulderblad|shoulderbone';
const NEAR = 'between|under|underneath|beneath|below|behind|around|near|inside|along|by';
/** "I can't run because of my back": the cause of a stop is the back's pain. */
const BECAUSE_OF = 'because+of|due+to|owing+to my|his|her|your';

export const AMBIGUOUS_BACK = ['back|backs'];

/** "back to hurt", "back to be sore": "back to" that is not "back to running". */
export const BACK_TO_PAIN = ['back|backs to|from be|feel|get|go|start|keep|stay'];

export const LOCATIONS: Record<Region, string[]> = {
  upper: [
    `upper|top ${BACK}|spine`,
    `upper left|right ${BACK}`,
    'upperback|upperbacks',
    `top|upper+part|upper+portion ${OF_MY} back|spine`,
    'traps|trapezius|trapezium',
    'upper traps|trap',
    `top|upper part|bit|section|portion of ${BACK}|spine`,
    'trap muscle|muscles',
  ],
  mid: [
    `mid|middle|midde|center|centre ${BACK}|spine`,
    `mid|middle left|right ${BACK}`,
    'midback|middback|midbacks',
    `middle|center|centre|mid ${OF_MY} back|spine`,
    `middle|mid|centre|center part|bit|section|portion of|of+my|of+the|of+your ${BACK}|spine`,
    // Landmarks: the edge of a blade, the lower traps.
    `side|sides|edge|edges|tip|inside|outside|bottom|top ${OF_MY} ${BLADES}`,
    'middle|mid|lower trapezius|traps|trap',
    `${NEAR} my|the|your|his|her|both|left|right ${BLADES}`,
    `${NEAR} my|the|your|his|her|both|left|right ${ONE_WORD_BLADES}`,
    `${NEAR} my|the|your|his|her right|left ${BLADES}`,
    `${NEAR} my|the|your|his|her right|left ${ONE_WORD_BLADES}`,
    `${BLADES}`,
    `${ONE_WORD_BLADES}`,
    'between my|the|your|his|her|both shoulders',
    'scapula|scapulae|scapulas|scapular|scap|scaps',
    // The bra line: "a band of pain where the bra strap sits".
    'bra strap|straps|line|band|clasp|strap+line|strap+level|level|height',
    'where my|the|your bra|bra+strap|bra+straps sits|sit|goes|is|crosses|cross',
    'thoracic|thorasic|thoraic',
    'thoracic|thorasic spine|region|area|back|vertebrae',
    't+spine|tspine|t+spines',
    'rhomboid|rhomboids|rhomboideus',
    'lat|lats|latissimus|latissimus+dorsi',
    // Thoracic vertebra levels: "T6-T7", "T7/8", "T8 area", "around T9" (a bare "T2", or "T1/T2", is a triathlon transition).
    't # t #',
    't # ish',
    't # / #',
    't # vertebra|vertebrae|level|area|region|segment|disc|disk|joint|joints',
    'at|around|near|about|above|below t #',
    `back ${OF_MY} lower|upper|bottom|_ ribs|rib|ribcage`,
    `${NEAR} my|the|your|his|her|both blades`,
    `back ${OF_MY} rib cage`,
  ],
  lower: [
    `lower|low|bottom|lowere|lowwer|loewr|lowr ${BACK}`,
    `lower|low left|right ${BACK}`,
    `lower|bottom part|bit|section|portion of|of+my|of+the|of+your ${BACK}|spine`,
    // A landmark: "in line with my waist".
    'in+line+with|level+with|at|around|just+above|above|near|on|right+on|along|across|just+below my|the|your waist|waistline|waistband',
    // Not "on the belt" (a treadmill's).
    'in+line+with|level+with|just+above|above|just+below my|the|your belt|beltline|belt+line',
    // The kidneys' level is the low back's: "my lower back, kidney level on both sides".
    'kidney|kidneys level|height',
    // "where the spine meets the pelvis".
    'where my|the|your spine|back meets|joins|hits my|the|your pelvis|hips|bum|tailbone',
    'where my|the|your pelvis|hips meet|meets|join|joins my|the|your spine',
    'lowerback|lowback|lowerbacks|lowbacks|lowerbakc',
    'lower+spine|lumbar|lumbars|lb',
    'lumbar|lumber spine|region|area|vertebrae',
    `bottom|base|small|lower+part|lower+portion ${OF_MY} back|spine`,
    'si|sacroiliac joint|joints',
    'sij|sijs|sacroiliac',
    'ql|qls|quadratus+lumborum',
    'tailbone|tailbones|tail+bone|coccyx|sacrum|sacrums',
    `low|low+down in|on|across|down my|the|your|his|her ${BACK}|spine`,
    'erector|erectors|spinal+erectors|erector+spinae',
    // Landmarks of the low back: the dimples above the buttocks, the love handles.
    'dimple|dimples above|over|at+the+top+of my|the|your bum|butt|buttocks|backside|bottom|glutes|pelvis',
    'back+dimples|dimples+of+venus|love+handles|love+handle',
    'my|the|left|right si',
    // A log's side letter: "SIJ L 3/10".
    'si|sij|ql l|r',
    // Lumbar vertebra levels: "L5/S1", "L4-L5", "L4/5", "my L5", "around L1".
    'l # /|_ l|s #',
    'l # / #',
    'l # vertebra|vertebrae|level|area|region|segment|disc|disk|joint|joints|facet|facets',
    'my|at|around|near|about|above|below l #',
    'lumbosacral|lumbo+sacral|sacral|sacral+area|sacral+region',
    // "an ache low down": British for the low back.
    'low down',
  ],
  unspecified: [
    'bakc|bcak|bak',
    'spine|spinal+column|vertebrae',
    'back muscle|muscles',
    'paraspinal|paraspinals',
    `side|sides|left+side|right+side ${OF_MY} back`,
    // An owner makes "back from" the body: "a crick in my back from the long drive" (not "got back from the run").
    'my|your|his|her back from',
  ],
};

/** Location and pain in one word or idiom: "backache", "threw my back out". */
export const WHOLE_MENTIONS: Record<Region, string[]> = {
  upper: ['upper backache|backaches|backpain', `${BECAUSE_OF} upper back`],
  mid: ['mid|middle backache|backaches|backpain', `${BECAUSE_OF} mid|middle back`],
  lower: ['lower|low backache|backaches|backpain', 'lumbago|lumbagos|lbp', `${BECAUSE_OF} lower|low back`],
  unspecified: [
    'backache|backaches|backpain|backpains|bakcache',
    'slipped|herniated|bulging|prolapsed|ruptured disc|disk|discs|disks',
    'disc|disk bulge|herniation|prolapse',
    'threw|throw|thrown|throwing|put|putting my|his|her|your back out',
    'threw|throw|thrown|throwing out my|his|her|your back',
    'did|done|doing my|his|her|your back in',
    'did|done|doing something|summat to my|his|her|your back',
    `${BECAUSE_OF} back|backs`,
    // A sore back from something is the body's back ("a stiff back from queueing", not "got back from the run").
    'stiff|sore|bad|achy|aching|painful|tight back|backs from',
    'back|backs to|from hurt|hurting|ache|aching|spasm|seize|stiffen|tighten|twinge|tense|flare',
  ],
};
