// Phrases that close a list of things tried without success ("stretching, new
// shoes, nothing helped"): the items are remedies, not causes.

export const TRIED_FAILED = [
  'nothing helps|helped|works|worked|changed|fixed+it',
  'nothing has|seems+to help|helped|worked',
  'none of it|them|those|that helps|helped|works|worked',
  'didnt|doesnt|hasnt|did+not|does+not|has+not help|helped|fix+it',
  'no difference|luck|change|joy',
  'made|makes|making no difference',
];
