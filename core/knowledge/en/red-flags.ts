import type { RedFlagId } from '../../vocabulary';
import type { RedFlagText } from '../types';

// Where to go and how fast is said once, by the tier's routing line (tiers.ts); no number or
// timeframe of another tier appears here (tests/unit/knowledge/tier-text.test.ts).
export const RED_FLAGS: Record<RedFlagId, RedFlagText> = {
  'chest-pain': {
    title: 'Chest pain or pressure',
    why: 'Chest pain, tightness, heaviness or pressure together with back pain can be a heart attack or another problem of the heart, lungs or main artery, even in a fit runner.',
    action: 'Stop running, sit or lie down and do not drive yourself. Say that you have chest pain.',
  },
  'breathing-difficulty': {
    title: 'Breathless at rest',
    why: 'Struggling for breath while sitting, lying or walking slowly, with back or chest pain, can come from a blood clot in the lung or a heart problem. Puffing from a hard effort that settles once you stop is not this sign.',
    action: 'Stop, sit upright and do not drive yourself. Mention a recent long journey, an operation, or a calf that is swollen or sore.',
  },
  'numbness-weakness': {
    title: 'Numbness, tingling or weakness in the legs or arms',
    why: 'With back pain these usually come from an irritated nerve root, as in sciatica, and often settle. They matter more when both legs are affected, when a leg or foot is getting weaker, or when they came on suddenly: a nerve may then be badly squeezed.',
    action: 'Stop running until it has been checked. Note where it is numb and whether anything is weaker than before, such as a foot that slaps down or catches on the ground.',
    atTier: {
      emergency:
        'In both legs, with unsteady walking, or with weakness that is spreading or getting worse by the hour: the nerves may be badly squeezed, and treatment within hours protects them.',
      soon: 'Tingling or numbness down one leg that stays the same, does not spread and leaves the leg as strong as ever is common with sciatica and deserves an assessment; a leg or foot that weakens needs a quicker check, and it becomes an emergency if it reaches both legs or the groin.',
    },
  },
  'bladder-bowel': {
    title: 'Bladder, bowel, sexual or saddle changes',
    why: 'The nerves at the base of the spine (the cauda equina) serve the bladder, bowel, sex organs and the skin you would sit on a saddle with. Any of these can mean they are squeezed: numbness around the genitals, bottom or inner thighs; wiping or passing urine feeling different; not knowing when the bladder is full; trouble starting to pee, or leaking; a new change in sexual feeling or function; pain or numbness in both legs. Treatment within hours can prevent lasting damage.',
    action: 'Do not wait to see whether it passes, even with only one of these signs or if it comes and goes. Say that you are worried about cauda equina syndrome.',
  },
  'fever-unwell': {
    title: 'Fever or feeling very unwell',
    why: 'Back pain with a high temperature, shivering or feeling very ill can, rarely, come from an infection of the spine or the kidneys that needs treatment without delay. It is more likely after a recent operation or infection, with a weak immune system, or after injecting drugs.',
    action: 'Rest instead of running, and take your temperature so you can give the reading. Becoming confused, drowsy or much worse turns this into an emergency.',
  },
  'night-pain': {
    title: 'Night pain that no position eases',
    why: 'Back pain from running usually eases when you lie still or shift position. Pain that carries on through the night whatever position you try, or keeps you from getting back to sleep, is a different pattern that can come from infection, inflammation or, rarely, a tumour.',
    action: 'Keep a note of how often it wakes you and whether anything eases it. Stiffness on waking that loosens as you move is a separate pattern: see morning stiffness.',
    atTier: {
      soon: 'Pain that wakes you when you turn over but settles once you find a comfortable position is common with ordinary back pain; mention it to a GP or physiotherapist, and go sooner if it stops settling.',
    },
  },
  trauma: {
    title: 'After a serious fall, crash or accident',
    why: 'A high-energy injury, such as a fall from a height, being hit by a car or a hard landing on the back, can break a bone in the spine, and the spine can be unstable even if you can still walk.',
    action: 'Do not run or drive until it has been checked, and after a hard impact move as little as you can. Tell the clinician exactly how it happened.',
    atTier: {
      'same-day':
        'After a minor fall or knock, back pain needs a check if you are over 50, have osteoporosis or take long-term steroid tablets: weaker bones can break from small forces.',
    },
  },
  'weight-loss': {
    title: 'Weight loss without trying',
    why: 'Losing weight you did not set out to lose, beyond what training and eating explain, together with back pain, can be a sign of an illness such as an infection or a cancer that needs checking.',
    action: 'Note roughly how much you lost, over how long, and whether your appetite or energy changed. Under-fuelling in a big training block is one explanation; say if that applies.',
  },
  'cancer-history': {
    title: 'Cancer, current or past',
    why: 'For someone who has or has had cancer, new back pain occasionally means the cancer has reached the spine, which is easier to treat the earlier it is found.',
    action: 'If you have a cancer team or an acute oncology helpline, contact them first and tell them about the new pain. Do not put it down to running without a check.',
    atTier: {
      emergency:
        'With new leg weakness, numbness, unsteady walking or a change in bladder or bowel control, the spinal cord may be under pressure (metastatic spinal cord compression); treatment within hours protects it.',
    },
  },
  'radiating-arm-jaw': {
    title: 'Pain spreading to the arm, jaw, neck or shoulder',
    why: 'Pain or pressure spreading into an arm, the jaw, the neck or the shoulder can come from the heart rather than the back. It can start at rest as well as with effort, and sometimes there is no chest pain at all.',
    action: 'Stop exercising and rest; do not drive yourself. Note when it started and whether effort brought it on.',
  },
  'severe-worsening': {
    title: 'Severe or fast-worsening pain',
    why: 'Pain so bad that you cannot move, sleep or think of anything else, or pain that gets clearly worse day after day, is not how a running strain usually behaves and should be examined.',
    action: 'Stop running until it has been assessed. Sudden tearing pain, or any other warning sign with it, makes it an emergency.',
    atTier: {
      emergency: 'If the pain keeps you from moving at all or is getting worse by the hour, get help at once.',
    },
  },
  'heart-warning-signs': {
    title: 'Back or shoulder-blade pain with sweating, sickness or faintness',
    why: 'A heart attack does not always hurt in the chest. Pain in the upper back or between the shoulder blades together with a cold sweat, feeling sick, light-headedness or unusual breathlessness can be one, and women have this kind more often than men.',
    action: 'Stop running and rest; do not drive yourself and do not wait to see whether it passes.',
  },
  'tearing-pain': {
    title: 'Sudden tearing or ripping pain',
    why: 'Sudden, severe pain in the chest or upper back that feels like tearing or ripping, sometimes spreading to the neck or down the back, can be a split in the wall of the body’s main artery (aortic dissection). It is rare, and it can look like a heart attack.',
    action: 'Lie still and do not drive yourself. Describe the pain as tearing if that is how it felt.',
  },
  'steroids-osteoporosis': {
    title: 'New back pain with osteoporosis or long-term steroids',
    why: 'Bones thinned by osteoporosis or by months of steroid tablets can break from a minor fall, a cough or no noticeable cause. A collapsed vertebra often shows as back pain that starts abruptly with a change of position, a cough, a sneeze or lifting something.',
    action: 'Avoid running and heavy lifting until it has been checked. Say how long you have taken steroids, or when osteoporosis was found.',
  },
  'inflammatory-pattern': {
    title: 'Morning stiffness that eases with exercise',
    why: 'Back pain lasting three months or more that began before 45, with stiffness on waking that loosens with movement rather than rest, buttock pain, or waking in the second half of the night, can be inflammatory back pain such as axial spondyloarthritis. Runners are easily reassured because a run makes it feel better, yet easing with exercise is part of this pattern, and it is often mistaken for ordinary back pain for years.',
    action: 'Keep moving: exercise helps this pattern. Ask the GP whether it could be axial spondyloarthritis, and mention eye inflammation, psoriasis, bowel inflammation or a relative with similar back trouble.',
  },
  'stress-fracture-signs': {
    title: 'Deep low-back or buttock pain with low energy or missed periods',
    why: 'Deep pain low in the back, over the sacrum or in the buttock that builds with each run and aches afterwards, in a runner who eats too little for their training or has missed periods, can be a bone stress injury linked to low energy availability (RED-S). In a teenager, low-back pain on arching backwards can be a stress fracture of a vertebra (spondylolysis).',
    action: 'Stop running and jumping until it has been checked; exercise without impact that does not hurt can continue. A sports doctor can look at fuelling and hormones as well as the bone.',
  },
  'dark-urine': {
    title: 'Dark urine after a hard effort',
    why: 'Urine the colour of cola or strong tea, with severe muscle pain, swelling or weakness after a race, a hard session or exercise in the heat, can mean muscle breakdown (rhabdomyolysis), which can harm the kidneys.',
    action: 'Stop exercising, and do not take anti-inflammatory painkillers such as ibuprofen. Tell the clinician about the session and any supplements or medicines.',
  },
  deformity: {
    title: 'A lump, swelling or change in the back’s shape',
    why: 'A new lump or swelling on the back, or a back that has changed shape, is rarely part of running pain and should be examined.',
    action: 'Note when you first noticed it and whether it is growing, tender or warm.',
  },
};
