// Garmin Connect's "Export CSV" of the activities list. It has no activity id (the start time
// stands in) and no notes beyond the title; numbers may carry thousands separators ("1,024")
// and "--" means none. Distances are read as km and climbing as metres: the file does not say
// which units the account uses.
import { parseDurationS } from '../../facts/parse-duration';
import { cellNumber } from '../raw-activity';
import { joinNotes, type ExportFormat } from './export-format';

export const GARMIN: ExportFormat = {
  source: 'garmin',
  name: 'Garmin Connect',
  recognises: (header) => header.has('Activity Type', 'Date', 'Title', 'Distance'),
  read(header, row) {
    const time = header.cell(row, 'Moving Time') ?? header.cell(row, 'Time');
    return {
      id: header.cell(row, 'Activity ID'),
      start: header.cell(row, 'Date'),
      type: header.cell(row, 'Activity Type'),
      notes: joinNotes(header, row, ['Title']),
      distanceKm: cellNumber(header.cell(row, 'Distance')),
      movingTimeS: time ? parseDurationS(time) : undefined,
      elevationGainM: cellNumber(header.cell(row, 'Total Ascent')),
    };
  },
};
