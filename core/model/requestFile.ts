import { z } from 'zod';
import { AttachmentSchema, CaseChannelSchema } from './case';
import { IsoDateSchema } from './dates';

/** Emails carry whole attachments; past this size a request file is refused before it is parsed. */
export const MAX_REQUEST_FILE_BYTES = 25 * 1024 * 1024;

export const RequestFileKindSchema = z.enum(['txt', 'eml', 'msg', 'docx']);
export type RequestFileKind = z.infer<typeof RequestFileKindSchema>;

/**
 * What intake learns from a request file (an email, a letter, a saved text) before any case exists.
 * `received` and `requester` are null when the file does not say (a .txt or .docx); the case form
 * then asks the officer.
 */
export const RequestFileSchema = z
  .object({
    text: z.string(),
    /** The email's date as a UK calendar date: the day of receipt the statutory clock counts from. */
    received: IsoDateSchema.nullable(),
    requester: z.object({ name: z.string(), email: z.string() }).strict().nullable(),
    subject: z.string(),
    /** Named only: the files themselves stay in the mailbox. */
    attachments: z.array(AttachmentSchema),
    sourceKind: RequestFileKindSchema,
    /** How the request came, when the file says (a WhatDoTheyKnow footer or address); absent otherwise. */
    channel: CaseChannelSchema.optional(),
  })
  .strict();
export type RequestFile = z.infer<typeof RequestFileSchema>;
