import type { Region } from '../../vocabulary';
import type { RegionText } from '../types';

export const REGIONS: Record<Region, RegionText> = {
  upper: {
    label: 'Upper back',
    short: 'Base of the neck and tops of the shoulders',
    description:
      'The area at the base of the neck and across the tops of the shoulders, including the trapezius ("traps"). Tension here often goes with raised shoulders, stress and carrying loads.',
  },
  mid: {
    label: 'Mid back',
    short: 'Between and below the shoulder blades',
    description:
      'The middle (thoracic) spine: between and under the shoulder blades, the rhomboids and the back of the ribs. It is less often painful than the lower back. NHS advice is to ask for an urgent GP appointment or call 111 when pain comes from between the shoulders rather than the lower back, so get it checked if it does not clearly settle.',
  },
  lower: {
    label: 'Lower back',
    short: 'The small of the back down to the tailbone',
    description:
      'The lumbar spine and around it: the small of the back, the muscles above the hips (quadratus lumborum, "QL"), the sacroiliac (SI) joints where the spine meets the pelvis, and the tailbone. This is the most common place for back pain.',
  },
  unspecified: {
    label: 'Back',
    short: 'Back pain, place not mentioned',
    description: 'The post mentions back pain without saying which part of the back.',
  },
};
