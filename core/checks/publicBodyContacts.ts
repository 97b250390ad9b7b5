/**
 * Public bodies' published contact details: the addresses and phone numbers that closing paragraphs and
 * redirects carry as boilerplate. They identify an office, not a person, so they are not personal data
 * (UK GDPR art 4(1)) and must not block a log (issue 10: the ICO paragraph stopped every month's log).
 *
 * Why a data module in core/checks and not a file in templates/: the checks are pure and run live in the
 * renderer as the officer types, in the CLI and in the services alike; core may not read files, and
 * threading a loaded file through every CheckContext would put the list at the mercy of each host. A
 * module ships in every bundle, is type-checked, and is reviewed with the rules that read it. The
 * organisation's own additions live in its settings (Organisation.publicContacts), not here.
 *
 * Fails safe: a postcode is passed over only when it is one of a body's postcodes AND the body's name or
 * a line of its address stands just before it, so a person who happens to share the ICO's postcode is
 * still reported. An entry that is out of date only brings back the false alarm; it cannot hide a leak.
 * Entries are the bodies' published head-office details; check them when a body moves and add others
 * through Settings.
 */
export interface PublicBodyContact {
  body: string;
  /** Other words that stand for the body or its address in a letter: the building, the street. */
  anchors: readonly string[];
  postcodes: readonly string[];
  /** As printed; compared by digits only. */
  phones: readonly string[];
}

const force = (body: string, anchors: string[], postcode: string): PublicBodyContact => ({ body, anchors, postcodes: [postcode], phones: [] });

export const PUBLIC_BODY_CONTACTS: readonly PublicBodyContact[] = [
  // The regulators named in every closing paragraph (FOIA s50, FOISA s47) and the appeal tribunal.
  { body: "Information Commissioner's Office", anchors: ['Information Commissioner', 'Wycliffe House', 'Water Lane', 'ICO'], postcodes: ['SK9 5AF'], phones: ['0303 123 1113', '01625 545745'] },
  { body: "Information Commissioner's Office Scotland", anchors: ['Information Commissioner', 'Queen Elizabeth House', 'Sibbald Walk'], postcodes: ['EH8 8FT'], phones: ['0303 123 1115'] },
  { body: "Information Commissioner's Office Wales", anchors: ['Information Commissioner', 'Churchill House', 'Churchill Way'], postcodes: ['CF10 2HH'], phones: ['0330 414 6421'] },
  { body: "Information Commissioner's Office Northern Ireland", anchors: ['Information Commissioner', 'Causeway Tower', 'James Street South'], postcodes: ['BT2 8DN'], phones: ['0303 123 1114'] },
  { body: 'Scottish Information Commissioner', anchors: ['Information Commissioner', 'Kinburn Castle', 'Doubledykes Road'], postcodes: ['KY16 9DS'], phones: ['01334 464610'] },
  { body: 'First-tier Tribunal (General Regulatory Chamber)', anchors: ['General Regulatory Chamber', 'First-tier Tribunal', 'PO Box 11230'], postcodes: ['LE1 8FQ'], phones: ['0300 123 4504'] },
  // Police forces' headquarters, for redirects: each force is its own public authority (DOMAIN.md).
  force('Metropolitan Police Service', ['New Scotland Yard', 'Victoria Embankment', 'Metropolitan Police'], 'SW1A 2JL'),
  force('City of London Police', ['Guildhall Yard'], 'EC2V 5AE'),
  force('British Transport Police', ['Camden Road'], 'NW1 9LN'),
  force('Police Scotland', ['Tulliallan'], 'FK10 4BE'),
  force('Police Service of Northern Ireland', ['PSNI', 'Knock Road'], 'BT5 6LE'),
  force('Avon and Somerset Police', ['Valley Road', 'Portishead'], 'BS20 8QJ'),
  force('Bedfordshire Police', ['Woburn Road', 'Kempston'], 'MK43 9AX'),
  force('Cambridgeshire Constabulary', ['Hinchingbrooke Park'], 'PE29 6NP'),
  force('Cheshire Constabulary', ['Clemonds Hey', 'Oakmere Road'], 'CW7 2UA'),
  force('Cumbria Constabulary', ['Carleton Hall'], 'CA10 2AU'),
  force('Derbyshire Constabulary', ['Butterley Hall'], 'DE5 3RS'),
  force('Devon and Cornwall Police', ['Middlemoor'], 'EX2 7HQ'),
  force('Dorset Police', ['Winfrith'], 'DT2 8DZ'),
  force('Durham Constabulary', ['Aykley Heads'], 'DH1 5TT'),
  force('Dyfed-Powys Police', ['Llangunnor', 'PO Box 99'], 'SA31 2PF'),
  force('Essex Police', ['PO Box 2', 'Springfield'], 'CM2 6DA'),
  force('Greater Manchester Police', ['Central Park', 'Northampton Road'], 'M40 5BP'),
  force('Hertfordshire Constabulary', ['Stanborough Road'], 'AL8 6XF'),
  force('Kent Police', ['Sutton Road'], 'ME15 9BZ'),
  force('Lancashire Constabulary', ['Saunders Lane', 'Hutton'], 'PR4 5SB'),
  force('Leicestershire Police', ['St Johns', 'Enderby'], 'LE19 2BX'),
  force('Norfolk Constabulary', ['Falconers Chase'], 'NR18 0WW'),
  force('North Wales Police', ['Glan y Don'], 'LL29 8AW'),
  force('North Yorkshire Police', ['Alverton Court', 'Crosby Road'], 'DL6 1BF'),
  force('Northumbria Police', ['Middle Engine Lane'], 'NE28 9NT'),
  force('Nottinghamshire Police', ['Sherwood Lodge'], 'NG5 8PP'),
  force('South Wales Police', ['Cowbridge Road'], 'CF31 3SU'),
  force('South Yorkshire Police', ['Carbrook House', 'Carbrook Hall Road'], 'S9 2EH'),
  force('Staffordshire Police', ['Weston Road'], 'ST18 0YY'),
  force('Suffolk Constabulary', ['Martlesham Heath'], 'IP5 3QS'),
  force('Surrey Police', ['Mount Browne', 'Sandy Lane'], 'GU3 1HG'),
  force('Sussex Police', ['Church Lane', 'Lewes'], 'BN7 2DZ'),
  force('Thames Valley Police', ['Oxford Road', 'Kidlington'], 'OX5 2NX'),
  force('Warwickshire Police', ['Leek Wootton'], 'CV35 7QB'),
  force('West Mercia Police', ['Hindlip Hall'], 'WR3 8SP'),
  force('West Midlands Police', ['Lloyd House', 'Colmore Circus'], 'B4 6NQ'),
  force('West Yorkshire Police', ['Laburnum Road', 'PO Box 9'], 'WF1 3QP'),
  force('Wiltshire Police', ['London Road', 'Devizes'], 'SN10 2DN'),
];
