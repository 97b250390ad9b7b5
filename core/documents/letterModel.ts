import type { Regime, RichNode } from '../model';
import type { ResponseBlock } from './logModel';

export interface LetterLogo {
  bytes: Uint8Array;
  type: 'png' | 'jpg';
  /** Pixels at 96 dpi, as the image should print. */
  width: number;
  height: number;
  alt: string;
}

/** The heading over the closing section, in the HTML and the DOCX alike. */
export const CLOSING_HEADING = 'Your rights';

/** A response letter, decided: the writers only lay it out. Private, so it names the requester. */
export interface ResponseLetter {
  ref: string;
  regime: Regime;
  /** The document title and heading: "Your request for information: <title>". */
  title: string;
  organisationName: string;
  organisationLines: string[];
  contactEmail: string;
  logo: LetterLogo | null;
  /** "Tuesday 28 May 2024". */
  date: string;
  addressee: string[];
  /** "Dear Ms Bloggs," (core/documents/letterDefaults, or the officer's own). */
  salutation: string;
  /** The opening paragraphs. */
  opening: string[];
  response: ResponseBlock[];
  attachments: string[];
  /** The closing section's blocks: the rights of review and complaint, re-use. Never in the log. */
  closing: RichNode[];
  valediction: string;
  signature: string[];
}
