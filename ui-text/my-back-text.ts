import type { FactorId, ImportProblem, Lean } from '../core/history';

/** The options page's "My back" tab: the runner's own runs. */
export interface MyBackText {
  tab: string;
  settingsTab: string;
  libraryTab: string;
  tabsLabel: string;
  heading: string;
  intro: string;
  privacy: string;
  loading: string;
  importHeading: string;
  chooseFile: string;
  dropHint: string;
  importing: string;
  progressLabel: string;
  imported: (added: number, updated: number, notRuns: number, unreadable: number, source: string) => string;
  problems: Record<ImportProblem, string>;
  readFailed: string;
  summary: (runs: number, painRuns: number) => string;
  noRuns: string;
  factorsHeading: string;
  factorsHelp: string;
  notCausal: string;
  columns: { factor: string; withPain: string; withoutPain: string; reading: string };
  /** "41 of 678 (6 %, 4–8 %)" */
  share: (count: number, of: number, percent: string, low: string, high: string) => string;
  leans: Record<Lean, string>;
  factors: Record<FactorId, string>;
  aboutCause: (title: string) => string;
  timelineHeading: string;
  timelineHelp: string;
  timelineLabel: (weeks: number, from: string, to: string, maxKm: number, painWeeks: number) => string;
  timelineTable: string;
  timelineColumns: { week: string; km: string; painRuns: string };
  painMarkLegend: string;
  dataHeading: string;
  dataSize: (runs: number, size: string) => string;
  exportJson: string;
  exportCsv: string;
  deleteAll: string;
  confirmDelete: string;
  deleted: string;
  logLabel: string;
  logHelp: string;
  logged: (runs: number) => string;
  logFailed: string;
  openMyBack: string;
}
