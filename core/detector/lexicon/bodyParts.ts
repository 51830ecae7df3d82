// Other body parts: a pain word near one of these belongs to it, not to the back
// ("back to running, knee pain"), unless joined by "and"/"or" ("back and hip pain").
export const OTHER_BODY_PARTS = [
  'knee|knees|kneecap|hip|hips|calf|calves|shin|shins|foot|feet|ankle|ankles|heel|heels|toe|toes',
  'hip flexor|flexors',
  'flexor|flexors|achilles|achilles+tendon|hamstring|hamstrings|hammy|hammies|quad|quads|glute|glutes',
  'butt|bum|ass|leg|legs|thigh|thighs|groin|neck|shoulder|shoulders|arm|arms|elbow|elbows|wrist|wrists',
  'it+band|itb|itbs',
  'hand|hands|head|chest|stomach|abs|belly|gut|throat|lungs|plantar|arch|arches|piriformis',
  'adductor|adductors|soleus|tibia|fibula|pelvis|jaw|teeth|eyes|ribs|rib|side|sides|tummy|bladder|bowel',
];

/**
 * "my upper back on that side aches", "lats on the left side are tight", "on both sides": a side named by which one
 * is where on the back, not the flank. Matched whole, so its "side" is no other body part.
 */
export const WHICH_SIDE = ['left|right|that|this|one|same|other|either|each|both|opposite|far side|sides'];
