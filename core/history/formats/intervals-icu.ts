// intervals.icu's activities CSV: one column per activity field, named as in its API
// (`start_date_local`, `distance` in metres, `trainer` for an indoor session).
import { cellNumber } from '../raw-activity';
import { joinNotes, type ExportFormat } from './export-format';

export const INTERVALS_ICU: ExportFormat = {
  source: 'intervals-icu',
  name: 'intervals.icu',
  recognises: (header) => header.has('id', 'start_date_local', 'type'),
  read(header, row) {
    const metres = cellNumber(header.cell(row, 'distance'));
    return {
      id: header.cell(row, 'id'),
      start: header.cell(row, 'start_date_local'),
      type: header.cell(row, 'type'),
      notes: joinNotes(header, row, ['name', 'description']),
      distanceKm: metres === undefined ? undefined : metres / 1000,
      movingTimeS: cellNumber(header.cell(row, 'moving_time')),
      elevationGainM: cellNumber(header.cell(row, 'total_elevation_gain')),
      temperatureC: cellNumber(header.cell(row, 'average_weather_temp')),
      humidityPct: cellNumber(header.cell(row, 'average_weather_humidity')),
      gear: header.cell(row, 'gear'),
      indoor: header.cell(row, 'trainer')?.toLowerCase() === 'true',
    };
  },
};
