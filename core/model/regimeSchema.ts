import { z } from 'zod';
import { REGIMES } from './regime';

/** The regime as validated input (contract, bundle, settings). Kept apart so core/deadlines needs no zod. */
export const RegimeSchema = z.enum(REGIMES);
