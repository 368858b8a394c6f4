import { describe, expect, it } from 'vitest';
import { csvLocales, toCsv, type CsvLabels } from './csv';
import type { DashboardTable } from './tables';

const table: DashboardTable = {
  id: 'channels',
  columns: [
    { key: 'channel', kind: 'channel' },
    { key: 'booked', kind: 'count' },
    { key: 'share', kind: 'percent' },
    { key: 'office', kind: 'text' },
    { key: 'wait', kind: 'days' },
  ],
  rows: [
    ['video', 3, 3 / 7, 'Agentur; Nord', 3.5],
    ['phone', 0, null, '=HYPERLINK("x")', null],
  ],
};
const labels: CsvLabels = {
  preamble: [['Zeitraum', '2026-03-30 bis 2026-04-05']],
  title: () => 'Beratungswege',
  header: (_t, c) =>
    ({
      channel: 'Weg',
      booked: 'Gebucht',
      share: 'Anteil (%)',
      office: 'Dienststelle',
      wait: 'Tage',
    })[c.key]!,
  label: (_kind, id) => ({ video: 'Video', phone: 'Telefon' })[id] ?? id,
};

describe('toCsv', () => {
  it('writes German CSV: BOM, semicolons, decimal commas, quoted and defused text', () => {
    expect(toCsv([table], labels, csvLocales.de!)).toBe(
      '\uFEFFZeitraum;2026-03-30 bis 2026-04-05\r\n' +
        '\r\n' +
        'Beratungswege\r\n' +
        'Weg;Gebucht;Anteil (%);Dienststelle;Tage\r\n' +
        'Video;3;42,9;"Agentur; Nord";3,5\r\n' +
        'Telefon;0;;"\'=HYPERLINK(""x"")";\r\n',
    );
  });
  it('writes English CSV with commas and decimal points', () => {
    const csv = toCsv([table], labels, csvLocales.en!);
    expect(csv.split('\r\n')[4]).toBe('Video,3,42.9,Agentur; Nord,3.5');
  });
});
