// Strava's bulk export (`activities.csv`). Some names repeat: the first "Distance" is in the
// account's units (km or mi), the second in metres; the second "Elapsed Time", "Max Heart Rate"
// and "Commute" belong to the metric block. Weather humidity is a fraction (0.82).
import { cellNumber } from '../raw-activity';
import { joinNotes, type ExportFormat } from './export-format';

export const STRAVA: ExportFormat = {
  source: 'strava',
  name: 'Strava',
  recognises: (header) => header.has('Activity ID', 'Activity Date', 'Activity Type'),
  read(header, row) {
    const metres = header.count('Distance') >= 2 ? cellNumber(header.cell(row, 'Distance', 2)) : undefined;
    const humidity = cellNumber(header.cell(row, 'Humidity'));
    return {
      id: header.cell(row, 'Activity ID'),
      start: header.cell(row, 'Activity Date'),
      type: header.cell(row, 'Activity Type'),
      notes: joinNotes(header, row, ['Activity Name', 'Activity Description', 'Activity Private Note']),
      distanceKm: metres !== undefined ? metres / 1000 : cellNumber(header.cell(row, 'Distance')),
      movingTimeS: cellNumber(header.cell(row, 'Moving Time')),
      elevationGainM: cellNumber(header.cell(row, 'Elevation Gain')),
      temperatureC: cellNumber(header.cell(row, 'Weather Temperature')),
      humidityPct: humidity !== undefined && humidity <= 1 ? humidity * 100 : humidity,
      gear: header.cell(row, 'Activity Gear') ?? header.cell(row, 'Gear'),
    };
  },
};
