import type { MyBackText } from '../my-back-text';

const runs = (n: number) => `${n.toLocaleString('en')} run${n === 1 ? '' : 's'}`;

export const MY_BACK: MyBackText = {
  tab: 'My back',
  settingsTab: 'Settings',
  libraryTab: 'Library',
  tabsLabel: 'Options sections',
  heading: 'My back over time',
  intro:
    'Import your activities to see what the runs your notes call painful have in common, next to the runs they don’t. Backlight reads each run’s name and notes for back pain, the way it reads a forum post.',
  privacy: 'Your runs stay in this browser: nothing is sent anywhere. Only facts and what the notes say about your back are kept, never the notes themselves.',
  loading: 'Loading your runs…',
  importHeading: 'Import an export',
  chooseFile: 'Choose an activities file (CSV)',
  dropHint:
    'Or drop it on this box. Strava: activities.csv from the archive of your account data. Garmin Connect: the CSV exported from your activities list. intervals.icu: its activities CSV.',
  importing: 'Reading your activities…',
  progressLabel: 'Import progress',
  imported: (added, updated, notRuns, unreadable, source) =>
    `${source}: ${runs(added)} added, ${runs(updated)} already here updated.` +
    (notRuns > 0 ? ` ${notRuns.toLocaleString('en')} other activities (rides, swims…) left out.` : '') +
    (unreadable > 0 ? ` ${unreadable.toLocaleString('en')} unreadable rows left out.` : ''),
  problems: {
    'wrong-file':
      'This file is not an activities export Backlight knows (Strava activities.csv, Garmin Connect or intervals.icu CSV). Nothing was changed.',
    corrupt: 'This file looks damaged or cut short: too many of its rows can’t be read. Nothing was changed.',
    'no-runs': 'This export has no runs in it. Nothing was changed.',
  },
  readFailed: 'The file could not be read. Nothing was changed.',
  summary: (total, pain) => `${runs(total)} kept; your notes describe back pain in ${runs(pain)}.`,
  noRuns: 'No runs yet. Import an export to begin.',
  factorsHeading: 'What your painful runs share',
  factorsHelp:
    'For each factor: of your runs with back pain, how many had it, and of your runs without, how many had it. The range after each share is its 95 % interval (Wilson): with few runs it is wide.',
  notCausal:
    'These are patterns in your own log, not causes: a factor that comes with back pain may travel with another (long runs and big weeks come together), and notes can miss a sore day.',
  columns: { factor: 'Factor', withPain: 'Runs with back pain', withoutPain: 'Runs without', reading: 'Reading' },
  share: (count, of, percent, low, high) => `${count.toLocaleString('en')} of ${of.toLocaleString('en')} (${percent} %, ${low}–${high} %)`,
  leans: {
    more: 'More common in your painful runs',
    similar: 'About as common either way',
    less: 'Less common in your painful runs',
    'not-enough': 'Not enough runs yet',
  },
  factors: {
    'distance-under-10': 'Under 10 km',
    'distance-10-18': '10 to 18 km',
    'distance-18-25': '18 to 25 km',
    'distance-over-25': 'Over 25 km',
    'climb-10-25': 'Rolling: 10–25 m of climbing per km',
    'climb-over-25': 'Hilly: over 25 m of climbing per km',
    cold: 'Cold: under 5 °C',
    hot: 'Hot: 25 °C or more',
    humid: 'Humid: over 80 % and warm',
    'shoes-new': 'Shoes under 50 km',
    'shoes-worn': 'Shoes over 700 km',
    treadmill: 'Treadmill or indoor',
    trail: 'Trail',
    'pack-or-vest': 'Pack, vest or bottles',
    'mileage-jump': 'Week over 30 % up on the week before',
    'back-to-back': 'Run the day after a run (or the same day)',
    'after-a-break': 'First run after 7 days or more off',
  },
  aboutCause: (title) => `About ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  timelineHeading: 'Weekly distance',
  timelineHelp: 'Each bar is a week; a triangle above it marks a week with at least one painful run.',
  timelineLabel: (weeks, from, to, maxKm, painWeeks) =>
    `Weekly distance, ${weeks} weeks from ${from} to ${to}, up to ${maxKm} km a week; ${painWeeks} weeks with back pain marked.`,
  timelineTable: 'The weeks as a table',
  timelineColumns: { week: 'Week of', km: 'km', painRuns: 'Runs with back pain' },
  painMarkLegend: '▲ a week with back pain',
  dataHeading: 'Your data',
  dataSize: (total, size) => `${runs(total)}, about ${size}, in this browser’s storage for Backlight.`,
  exportJson: 'Download as JSON',
  exportCsv: 'Download as CSV',
  deleteAll: 'Delete all my runs',
  confirmDelete: 'Yes, delete every run',
  deleted: 'All your runs are deleted.',
  logLabel: 'Keep a private log of my runs',
  logHelp:
    'On your own activity pages on Strava, Garmin Connect and intervals.icu, each run you open with this popup is kept in this browser: its facts and what its notes say about your back.',
  logged: (total) => `This run is in your log (${runs(total)} in all).`,
  logFailed: 'This run could not be kept.',
  openMyBack: 'My back: your runs over time',
};
