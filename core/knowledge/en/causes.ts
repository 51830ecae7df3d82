import type { CauseId } from '../../vocabulary';
import type { CauseText } from '../types';

export const CAUSES: Record<CauseId, CauseText> = {
  'posture-slouch': {
    title: 'Slouched running posture',
    short: 'Running hunched forward may leave the upper and mid back feeling tired or stiff.',
    explanation:
      'When the shoulders round forward and the head drops (often while checking a watch or late in a tiring run), the muscles between and above the shoulder blades hold that position for a long time. Runners who describe this often notice a dull ache there afterwards. Posture is one factor among many, and no single "correct" posture has been shown to protect the back.',
    signs: [
      'Ache between or above the shoulder blades late in a run',
      'Noticing your head and shoulders drifting forward when tired',
      'Stiffness that eases once you move around',
    ],
    evidence:
      'Runners often report this, but reviews have not found that posture on its own causes back pain; staying relaxed and varying position seems to matter more than a perfect shape.',
  },
  'posture-overarch': {
    title: 'Over-arched back',
    short: 'Leaning back with the chest pushed out can make the lower back work harder.',
    explanation:
      'Trying hard to "run tall" can tip into arching the lower back, pushing the chest out or leaning back from the hips. Holding that shape for a whole run keeps the muscles along the spine switched on, and runners who describe it often feel a tight or pinching lower back. Easing off the effort to hold a posture usually helps more than chasing a new one.',
    signs: [
      'Tight or pinching feeling low in the back during or after runs',
      'A sense of leaning back or sticking the chest out',
      'Relief when you soften the effort to stand tall',
    ],
    evidence:
      'Little evidence: studies have not shown that an arched or flat back causes pain, though changing a position you feel stuck in can make running more comfortable.',
  },
  'weak-core': {
    title: 'Low trunk strength',
    short: 'Little strength work for the trunk may leave the back tiring early on long runs.',
    explanation:
      'The muscles around the trunk (abdominals, obliques, back extensors and hips) share the job of keeping you steady with every stride. If they tire early, other muscles take more of the work and may ache. Exercise for the trunk is a reasonable, well-tested treatment for back pain, although it works about as well as other kinds of exercise.',
    signs: [
      'Back ache that grows in the second half of long runs',
      'Feeling wobbly or "collapsing" through the middle when tired',
      'No regular strength work in your week',
    ],
    evidence:
      'Little evidence that weak core muscles cause back pain; trunk exercise does reliably help people who already have it, about as much as other exercise.',
  },
  'tight-hamstrings': {
    title: 'Tight hamstrings',
    short: 'Tight hamstrings and hips are often blamed for low back ache, with limited proof.',
    explanation:
      'The hamstrings attach to the pelvis, so the idea is that stiff hamstrings change how the pelvis and lower back move while running. Many runners feel tight at the back of the thighs and the lower back at the same time. A review of studies in runners lists poor hamstring and back flexibility among the factors reported alongside low back pain, but such links do not show that tightness causes the pain. Gentle mobility work is low-risk and may feel good.',
    signs: [
      'Tight back of the thighs, especially after sitting or in the morning',
      'Lower back feeling stiff alongside the hamstrings',
      'Short, restricted stride when you start running',
    ],
    evidence:
      'Little evidence: a review of running studies found poor hamstring flexibility reported alongside low back pain, an association only; stretching has not been shown to prevent it.',
  },
  impact: {
    title: 'Impact and hard landings',
    short: 'Pounding, overstriding or hard surfaces are often linked to an achy back after runs.',
    explanation:
      'Each foot strike sends a jolt up through the legs to the spine. Long strides that land far ahead of the body, hard surfaces and tired legs can make those landings feel heavier. Most runners adapt well to impact over time; trouble seems more likely when impact rises suddenly or the body is already tired.',
    signs: [
      'Back ache after runs on concrete or roads rather than softer ground',
      'A loud, slapping or heavy-feeling foot strike',
      'Feeling jarred through the spine on downhills or fast running',
    ],
    evidence:
      'Little evidence for back pain specifically: a slightly quicker step reduces loading at the hips and knees in lab studies, but links to back pain in runners are untested.',
  },
  footwear: {
    title: 'Shoes: worn out or recently changed',
    short: 'Worn-out shoes or a sudden switch of shoe type may change how a run feels through the back.',
    explanation:
      'Cushioning wears down over hundreds of kilometres, and a big change (for example to zero-drop or very soft shoes) shifts load to different tissues. Runners who switch shoes abruptly sometimes notice new aches, including in the back. Researchers have proposed that choosing shoes that feel comfortable matters more than any particular shoe type, though this is still an idea rather than a tested rule.',
    signs: [
      'Ache started soon after new shoes or a change of model',
      'Shoes with visibly compressed midsoles or high mileage',
      'Comfort that differs noticeably between pairs',
    ],
    evidence:
      'Little evidence: no shoe type has been shown to prevent back pain; comfort is a sensible guide, and one study found that rotating pairs was linked to fewer running injuries.',
  },
  stress: {
    title: 'Stress and tension',
    short: 'Busy or stressful periods can make back pain feel worse and last longer.',
    explanation:
      'Stress tends to raise muscle tension, disturb sleep and make pain feel louder. Runners going through a hard time at work or at home often notice shoulders held high and a tense upper or mid back. Stress is not "all in your head": body and mind affect each other, and easing one often helps the other.',
    signs: [
      'Shoulders creeping up towards the ears',
      'Ache that tracks busy or difficult weeks more than your training',
      'Poor sleep alongside the back pain',
    ],
    evidence:
      'Mixed: stress and low mood are clearly linked to back pain lasting longer and hurting more; whether tension alone starts a runner\'s back ache is less studied.',
  },
  anxiety: {
    title: 'Anxiety and worry',
    short: 'Feeling anxious can keep muscles braced and make aches feel more alarming.',
    explanation:
      'Worry keeps the body on alert: breathing rises into the chest and the shoulders and back stay braced. Worrying about the pain itself can also make people move stiffly and avoid activity, which tends to prolong it. Understanding that most back pain is not dangerous is itself helpful.',
    signs: [
      'Feeling nervous or on edge before or during runs',
      'Tight upper back or neck when anxious',
      'Worrying a lot about what the pain means',
    ],
    evidence:
      'Mixed: anxiety and fear of movement are linked to slower recovery from back pain, but a direct link to back pain from running is not well studied.',
  },
  'shallow-breathing': {
    title: 'Shallow chest breathing',
    short: 'Quick, shallow breaths high in the chest may add tension around the upper and mid back.',
    explanation:
      'When breathing stays high in the chest, the neck and upper back muscles help lift the ribs with every breath. Over a long or hard run, runners who notice this pattern sometimes describe tightness around the shoulder blades. Slower, deeper breathing is also a simple way to calm the stress response.',
    signs: [
      'Breathing fast and high, with shoulders rising on each breath',
      'Holding your breath on hard efforts',
      'Tight feeling around the ribs or shoulder blades on runs',
    ],
    evidence:
      'Little evidence: breathing drills help people relax, but studies have not shown that shallow breathing causes back pain in runners.',
  },
  diaphragm: {
    title: 'Not using the diaphragm',
    short: 'Breathing without much belly movement is sometimes linked to a stiff mid back, with little research.',
    explanation:
      'The diaphragm is the main breathing muscle and also helps stabilise the trunk. Some runners find that practising belly (diaphragmatic) breathing makes their trunk feel steadier and their mid back less tight. The idea is plausible and harmless to try, but it rests more on experience than on studies.',
    signs: [
      'Little movement of the belly when you breathe in',
      'Side stitches or tightness under the ribs',
      'Mid back tension on longer runs',
    ],
    evidence:
      'Little evidence: reviews of small trials suggest breathing exercises may ease long-standing low back pain, with low certainty; nothing shows that poor diaphragm use causes back pain in runners.',
  },
  'uneven-terrain': {
    title: 'Uneven terrain',
    short: 'Trails, roots and cambered roads ask the trunk to do more steadying work.',
    explanation:
      'On rough ground each step lands a little differently, so the trunk and hips keep making small corrections. Runners who move to trails or run mostly on one side of a sloping road sometimes notice the back working harder, especially at first. The body usually adapts when rough ground is added gradually.',
    signs: [
      'Ache after trail runs but not after smooth road runs',
      'Always running on the same side of a sloping road',
      'Feeling unsteady or twisting often on rocks and roots',
    ],
    evidence:
      'Little evidence: uneven ground has not been studied as a cause of back pain; a sudden change in the kind of running is a more general injury risk.',
  },
  hills: {
    title: 'Hills and elevation',
    short: 'Climbs and descents change how the back works; a sudden jump in hill running may leave it sore.',
    explanation:
      'Going uphill, runners tend to lean forward and drive harder with the hips and back; going down, the landings are heavier and the trunk works to stay upright. A new hilly route, hill repeats or a race with lots of climbing can be a sudden change in load for the back.',
    signs: [
      'Ache after hill repeats or a hilly race',
      'Hunching over on climbs or leaning back on descents',
      'More elevation gain than usual in recent weeks',
    ],
    evidence:
      'Little evidence: hills are not a proven cause of back pain; what matters most is likely how suddenly the hill work increased.',
  },
  'cold-weather': {
    title: 'Cold weather',
    short: 'Runners often feel stiffer in the cold, though studies have not linked temperature to back pain.',
    explanation:
      'In the cold, muscles can feel tight at the start of a run and people tend to hunch their shoulders against the chill. Many runners say their back is stiffer in winter. Yet studies of people with new back pain found no sign that cold days set off episodes. Warming up well and dressing in layers are still sensible for comfort.',
    signs: [
      'Stiff, tight back in the first kilometres of winter runs',
      'Hunching the shoulders against the cold',
      'Stiffness that fades once you warm up',
    ],
    evidence:
      'Little evidence: runners often report feeling stiffer in the cold, but studies have not found that temperature sets off back pain.',
  },
  humidity: {
    title: 'Humid conditions',
    short: 'Muggy weather makes running harder work, but has not been linked to back pain in studies.',
    explanation:
      'In humid conditions sweat evaporates poorly, so the same pace feels harder and tiredness builds sooner. Tired runners tend to lose their form, which may show up as an achy back. Research on weather found humidity was not linked to new back pain, so the effort level is the more likely link.',
    signs: [
      'The same run feels much harder on muggy days',
      'Heavy sweating and fading form late in the run',
      'Ache that follows hard, humid sessions',
    ],
    evidence:
      'Little evidence: studies found no link between humidity and back pain starting; the extra effort of running in it is a more plausible factor.',
  },
  dehydration: {
    title: 'Not drinking enough',
    short: 'Being low on fluids can add to tiredness and cramping, with little evidence for back pain.',
    explanation:
      'Losing a lot of fluid through sweat makes running feel harder and can leave muscles tired. Runners sometimes link cramps or tight back muscles to days when they drank little. Good hydration is sensible for performance and comfort, but dehydration has not been shown to cause back pain.',
    signs: [
      'Thirst, dark urine or a headache after runs',
      'Cramps or twitching muscles on hot or long runs',
      'Long runs without drinking anything',
    ],
    evidence:
      'Little evidence: dehydration affects how running feels, but studies have not linked it to back pain, and the cause of muscle cramps is still debated.',
  },
  electrolytes: {
    title: 'Salt and electrolyte losses',
    short: 'Heavy sweating loses salt, which runners often link to cramps, though the evidence is weak.',
    explanation:
      'Sweat carries salt (sodium) and small amounts of other minerals. On long or hot runs, heavy sweaters can lose quite a lot, and many runners link this to cramping muscles, including in the back. Reviews suggest cramps usually have several causes, tired muscles among them, rather than salt loss alone, so electrolytes are worth getting right but are unlikely to be the whole story.',
    signs: [
      'White, salty marks on clothing or skin after runs',
      'Cramping late in long or hot runs',
      'Drinking lots of plain water with no food or salt on long efforts',
    ],
    evidence:
      'Little evidence: electrolyte losses are a popular explanation for cramps, but reviews find the causes are mixed and muscle fatigue plays a part; no link to back pain has been shown.',
  },
  magnesium: {
    title: 'Low magnesium',
    short: 'Magnesium is often suggested for muscle cramps and aches, but trials have not shown that it helps.',
    explanation:
      'Magnesium is needed for muscles and nerves to work, and it is widely sold as a fix for cramps and aches. Nuts, seeds, whole grains, beans and leafy greens all supply it. A Cochrane review found that magnesium supplements were unlikely to prevent typical muscle cramps, and no good study links low magnesium with back pain.',
    signs: [
      'Taking or considering magnesium for cramps or aches',
      'Frequent muscle cramps or twitches',
      'A very restricted diet',
    ],
    evidence:
      'Little evidence: trials have not shown that magnesium prevents common cramps, and there are no good studies on back pain.',
  },
  'vitamin-d': {
    title: 'Low vitamin D',
    short: 'Low vitamin D matters for bone health, but taking it has not been shown to ease back pain.',
    explanation:
      'Vitamin D helps keep bones and muscles healthy, and many people run low on it in winter at northern latitudes. Very low levels can cause bone pain and weakness. For ordinary back pain, though, trials giving vitamin D have not shown clear benefit. Following your country\'s general advice on vitamin D is sensible on its own merits.',
    signs: [
      'Little sunlight exposure, especially in winter',
      'General aches with tiredness',
      'Having been told your vitamin D is low',
    ],
    evidence:
      'Little evidence: a Cochrane review found no clear benefit of vitamin D for chronic pain; it is worth taking for bone health where advised, not as a back-pain treatment.',
  },
  treadmill: {
    title: 'Treadmill running',
    short: 'Treadmill sessions can change posture and rhythm; set-up and habits on the belt may matter.',
    explanation:
      'On a treadmill the belt sets the pace, the surface and gradient never change, and many runners look down at the console or hold the rails. That steady, repeated movement in one position can leave some runners with a sore back. Adjusting the set-up and keeping the body relaxed usually helps.',
    signs: [
      'Back ache after treadmill runs but not outdoor ones',
      'Looking down at the screen or holding the rails',
      'Running close to the front of the belt or straining to keep up',
    ],
    evidence:
      'Little evidence: treadmill running has not been shown to cause back pain; the advice here is about comfort and form rather than proven prevention.',
  },
  'load-carriage': {
    title: 'Carrying a pack or vest',
    short: 'A loose or heavy pack, vest or bag pulls on the shoulders and upper back with every stride.',
    explanation:
      'Run-commuting bags, hydration vests and even a phone or bottle in one hand add weight that bounces and pulls to one side. The upper back and shoulders work to hold it steady, and runners who describe carrying loads often feel it between the shoulder blades. A well-fitted, lighter load usually makes a clear difference.',
    signs: [
      'Ache between the shoulder blades after run-commutes',
      'A pack or vest that bounces or rubs',
      'Always carrying a bottle or phone in the same hand',
    ],
    evidence:
      'Little evidence: load carriage has been studied in soldiers and hikers more than runners; fitting and lightening the load is low-risk common sense.',
  },
  'training-load': {
    title: 'A jump in training',
    short: 'A sudden rise in distance, speed or sessions is one of the best-known triggers of running aches.',
    explanation:
      'Tissues adapt to training, but they need time. When weekly distance, long-run length, speed work or the number of sessions rises quickly (a new marathon block, a return after a break, a big race week), the body can fall behind and ache. Runners who describe a recent jump in training often find the back settles when the load is eased for a while.',
    signs: [
      'Ache began within a few weeks of increasing mileage or speed work',
      'A new plan, race block or group with harder sessions',
      'Feeling generally tired, with heavy legs and poor sleep',
    ],
    evidence:
      'Mixed: sports-medicine consensus links sudden spikes in load to injury, mostly from other sports; in a large study of new runners the link was weak and uncertain, and back pain in runners has barely been studied.',
  },
  'arm-swing': {
    title: 'Arm swing and shoulder tension',
    short: 'Arms crossing the body or tense, raised shoulders can tire the upper back.',
    explanation:
      'Arms balance the rotation of the legs. When they swing across the chest, are held high and tight, or barely move, the shoulders and upper back do extra work to keep the trunk steady. Runners who notice tense shoulders often feel it between the shoulder blades or at the base of the neck.',
    signs: [
      'Hands crossing the middle of your chest',
      'Shoulders tight or hunched up, fists clenched',
      'Upper back or neck ache on long or hard runs',
    ],
    evidence:
      'Little evidence: a lab study found that running with the arms held still or across the chest cost more energy and twisted the trunk more than a free swing; arm carriage has not been studied as a cause of back pain.',
  },
  'prolonged-sitting': {
    title: 'Long hours of sitting',
    short: 'A desk day, long drive or flight before a run may leave the back and hips stiff.',
    explanation:
      'After hours in one position, the back and hips can feel stiff, and going straight from a long drive or desk day into a run may feel rough on the back. Sitting is not harmful in itself, and studies disagree on whether it causes back pain; changing position often and moving between sessions seems to help comfort.',
    signs: [
      'Stiff lower back when you first stand up',
      'Runs straight after work at a desk or a long journey feel worse',
      'Relief once you have been moving for a while',
    ],
    evidence:
      'Mixed: sitting is linked with back discomfort in some studies but not in others, and reviews have not shown that it causes back pain on its own.',
  },
};
