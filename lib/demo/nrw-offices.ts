/**
 * Demo offices. The 30 employment agency districts of NRW are real names; streets,
 * phone numbers and postcode coverage are illustrative, not the agencies' real data.
 * The BBE centres are fictional.
 */
export type DemoOffice = {
  slug: string;
  city: string;
  name: string;
  street: string;
  postcode: string;
  prefixes: string[];
};

type Row = [
  slug: string,
  city: string,
  street: string,
  postcode: string,
  prefixes: string,
  district?: string,
];

const agencyRows: Row[] = [
  [
    'aachen-dueren',
    'Aachen',
    'Roermonder Straße 51',
    '52072',
    '520 521 522 523 524',
    'Aachen-Düren',
  ],
  ['ahlen-muenster', 'Münster', 'Wolbecker Straße 45', '48155', '480 481 482 592', 'Ahlen-Münster'],
  [
    'bergisch-gladbach',
    'Bergisch Gladbach',
    'Bensberger Straße 85',
    '51465',
    '514 515 516 517 518',
  ],
  ['bielefeld', 'Bielefeld', 'Werner-Bock-Straße 8', '33602', '333 334 335 336 337'],
  ['bochum', 'Bochum', 'Universitätsstraße 66', '44789', '446 447 448 455'],
  ['bonn', 'Bonn', 'Villemombler Straße 101', '53123', '531 532 533 534 537'],
  ['bruehl', 'Brühl', 'Wilhelm-Kamm-Straße 1', '50321', '501 502 503 538 539'],
  ['coesfeld', 'Coesfeld', 'Holtwicker Straße 1', '48653', '463 483 486 487'],
  ['detmold', 'Detmold', 'Wittekindstraße 2', '32758', '327 328 329 376'],
  ['dortmund', 'Dortmund', 'Steinstraße 39', '44147', '441 442 443'],
  ['duisburg', 'Duisburg', 'Wintgensstraße 29', '47058', '470 471 472'],
  ['duesseldorf', 'Düsseldorf', 'Grafenberger Allee 300', '40237', '400 402 404 405 406'],
  ['essen', 'Essen', 'Berliner Platz 10', '45127', '451 452 453'],
  ['gelsenkirchen', 'Gelsenkirchen', 'Vattmannstraße 12', '45879', '458 459 462'],
  ['hagen', 'Hagen', 'Körnerstraße 98', '58095', '580 581 582 583 584'],
  ['hamm', 'Hamm', 'Bismarckstraße 2', '59065', '590 591 593 594'],
  ['herford', 'Herford', 'Hansastraße 33', '32049', '320 321 322 323 324 325 326'],
  ['iserlohn', 'Iserlohn', 'Friedrichstraße 59', '58636', '585 586 587 588'],
  ['koeln', 'Köln', 'Luxemburger Straße 121', '50939', '504 505 506 507 508 509 510 511'],
  ['krefeld', 'Krefeld', 'Philadelphiastraße 2', '47799', '417 476 477 478'],
  [
    'meschede-soest',
    'Meschede',
    'Brückenstraße 10',
    '59872',
    '575 578 595 597 598 599',
    'Meschede-Soest',
  ],
  ['moenchengladbach', 'Mönchengladbach', 'Lürriper Straße 56', '41065', '410 411 412 413 418 525'],
  ['oberhausen', 'Oberhausen', 'Mülheimer Straße 36', '46045', '460 461 464'],
  ['paderborn', 'Paderborn', 'Bahnhofstraße 26', '33102', '330 331 332'],
  ['recklinghausen', 'Recklinghausen', 'Görresstraße 15', '45657', '456 457 465'],
  ['rheine', 'Rheine', 'Dutumer Straße 5', '48431', '484 485 494'],
  ['siegen', 'Siegen', 'Emilienstraße 45', '57072', '570 571 572 573 574'],
  [
    'solingen-wuppertal',
    'Wuppertal',
    'Hünefeldstraße 10',
    '42285',
    '420 421 422 423 426 427',
    'Solingen-Wuppertal',
  ],
  ['wesel', 'Wesel', 'Reeser Landstraße 61', '46483', '464 465 466 474 475'],
  ['mettmann', 'Mettmann', 'Marie-Curie-Straße 3', '40822', '401 407 408 425'],
];

const centreRows: Row[] = [
  ['koeln', 'Köln', 'Venloer Straße 210', '50823', '50 51'],
  ['duesseldorf', 'Düsseldorf', 'Kölner Straße 44', '40211', '40 41'],
  ['dortmund', 'Dortmund', 'Hansastraße 12', '44137', '44 58 59'],
  ['essen', 'Essen', 'Rüttenscheider Straße 80', '45130', '45 46'],
  ['muenster', 'Münster', 'Hafenweg 16', '48155', '48 49'],
  ['bielefeld', 'Bielefeld', 'Niederwall 23', '33602', '32 33'],
  ['aachen', 'Aachen', 'Theaterstraße 5', '52062', '52'],
  ['bonn', 'Bonn', 'Oxfordstraße 9', '53111', '53'],
  ['duisburg', 'Duisburg', 'Königstraße 30', '47051', '47'],
  ['wuppertal', 'Wuppertal', 'Friedrich-Engels-Allee 72', '42103', '42'],
  ['siegen', 'Siegen', 'Kölner Straße 7', '57072', '57'],
  ['paderborn', 'Paderborn', 'Westernstraße 19', '33098', '33 37'],
];

function toOffice(prefix: string, name: (district: string) => string) {
  return ([slug, city, street, postcode, prefixes, district]: Row): DemoOffice => ({
    slug: `${prefix}-${slug}`,
    city,
    name: name(district ?? city),
    street,
    postcode,
    prefixes: prefixes.split(' '),
  });
}

export const demoAgencies: DemoOffice[] = agencyRows.map(
  toOffice('aa', (district) => `Agentur für Arbeit ${district}`),
);

export const demoCentres: DemoOffice[] = centreRows.map(
  toOffice('bbe', (city) => `Beratungszentrum Beruf & Weiterbildung ${city}`),
);
