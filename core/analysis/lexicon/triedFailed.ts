// Phrases around a list of remedies, whose items are not causes: closing a list
// of things tried without success ("stretching, new shoes, nothing helped"), or
// opening one of things tried or weighed ("I tried new shoes, a standing desk").

export const TRIED_FAILED = [
  'nothing helps|helped|works|worked|changed|fixed+it',
  'nothing has|seems+to help|helped|worked',
  'none of it|them|those|that helps|helped|works|worked',
  'didnt|doesnt|hasnt|did+not|does+not|has+not help|helped|fix+it',
  'no difference|luck|change|joy',
  'made|makes|making no difference',
];

export const REMEDY_OPENERS = [
  'i|ive|we|weve|id tried|trialled|trialed',
  'i+have|we+have|i+had tried',
  'tempted|tempting to',
  'whether to',
  'thinking|wondering about|of getting|buying|trying|switching|joining',
  'considering getting|buying|trying|switching|joining',
  'planning to|on get|buy|try|switch|join|getting|buying|trying|switching|joining',
];
