import type { Channel, ProviderId } from '@/db/schema/enums';

export type DemoService = {
  id: string;
  providerId: ProviderId;
  de: { name: string; description: string };
  en: { name: string; description: string };
  minutes: Partial<Record<Channel, number>>;
};

const standard = { presence: 60, phone: 45, video: 60, walk_and_talk: 60 };

export const demoProviders = [
  { id: 'bbie', shortName: 'BBiE', name: 'Berufsberatung im Erwerbsleben (Agentur für Arbeit)' },
  { id: 'bbe', shortName: 'BBE', name: 'Beratung zur beruflichen Entwicklung (Land NRW)' },
] as const;

export const demoServices: DemoService[] = [
  {
    id: 'bbie-orientation',
    providerId: 'bbie',
    de: {
      name: 'Berufliche Orientierung und Neuorientierung',
      description:
        'Wo stehe ich, welche Wege passen zu mir? Für Beschäftigte, Selbstständige und Arbeitsuchende.',
    },
    en: {
      name: 'Career orientation and reorientation',
      description:
        'Where do I stand, which paths suit me? For employees, the self-employed and job seekers.',
    },
    minutes: standard,
  },
  {
    id: 'bbie-further-training',
    providerId: 'bbie',
    de: {
      name: 'Weiterbildung und Qualifizierung',
      description: 'Welche Weiterbildung bringt mich weiter, und wie finde ich ein gutes Angebot?',
    },
    en: {
      name: 'Further training and qualification',
      description: 'Which training moves me forward, and how do I find a good course?',
    },
    minutes: standard,
  },
  {
    id: 'bbie-funding',
    providerId: 'bbie',
    de: {
      name: 'Förderung und Finanzierung',
      description: 'Bildungsgutschein, Weiterbildung im Betrieb und andere Fördermöglichkeiten.',
    },
    en: {
      name: 'Funding and financing',
      description: 'Education vouchers, in-company training and other funding options.',
    },
    minutes: { presence: 45, phone: 30, video: 45 },
  },
  {
    id: 'bbie-return',
    providerId: 'bbie',
    de: {
      name: 'Wiedereinstieg in den Beruf',
      description: 'Nach Familienzeit, Pflege oder längerer Pause zurück in den Beruf.',
    },
    en: {
      name: 'Returning to work',
      description: 'Back to work after family time, caring for someone or a longer break.',
    },
    minutes: standard,
  },
  {
    id: 'bbe-career-development',
    providerId: 'bbe',
    de: {
      name: 'Berufliche Entwicklung und Karriereplanung',
      description: 'Unabhängige Beratung zu Ihren nächsten beruflichen Schritten.',
    },
    en: {
      name: 'Career development and planning',
      description: 'Independent advice on your next career steps.',
    },
    minutes: { presence: 60, phone: 60, video: 60, walk_and_talk: 90 },
  },
  {
    id: 'bbe-potential',
    providerId: 'bbe',
    de: {
      name: 'Potenzialanalyse und Kompetenzbilanz',
      description: 'Gemeinsam Stärken und Kompetenzen sichtbar machen.',
    },
    en: {
      name: 'Potential analysis and skills review',
      description: 'Making your strengths and skills visible, together.',
    },
    minutes: { presence: 90, phone: 60, video: 60 },
  },
  {
    id: 'bbe-recognition',
    providerId: 'bbe',
    de: {
      name: 'Anerkennung ausländischer Berufsabschlüsse (Erstberatung)',
      description: 'Erste Orientierung zur Anerkennung Ihres Abschlusses in Deutschland.',
    },
    en: {
      name: 'Recognition of foreign qualifications (first advice)',
      description: 'First guidance on having your qualification recognised in Germany.',
    },
    minutes: { presence: 60, phone: 45, video: 60 },
  },
  {
    id: 'bbe-education-cheque',
    providerId: 'bbe',
    de: {
      name: 'Bildungsscheck und Weiterbildungsförderung NRW',
      description: 'Förderprogramme des Landes für Ihre Weiterbildung.',
    },
    en: {
      name: 'NRW education cheque and training funding',
      description: "The Land's programmes that fund your further training.",
    },
    minutes: { presence: 45, phone: 30, video: 45, walk_and_talk: 60 },
  },
];
