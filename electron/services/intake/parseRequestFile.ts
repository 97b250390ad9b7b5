import { readWhatDoTheyKnow } from '../../../core/intake/whatDoTheyKnow';
import { MAX_REQUEST_FILE_BYTES, type RequestFile } from '../../../core/model';
import { DeskError } from '../../../core/api/errors';
import { readTxt } from './readTxt';

type Reader = (name: string, bytes: Uint8Array) => RequestFile | Promise<RequestFile>;

/**
 * A reader whose module (and the package it parses with: mammoth, postal-mime, msgreader) loads
 * when a file of its kind is first read. The DeskService and the CLI import this file to check a
 * file before the worker starts; they should not load three parsers to do it (issue 13).
 */
const lazy = (load: () => Promise<Reader>): Reader => async (name, bytes) => (await load())(name, bytes);

const READERS: Record<string, Reader> = {
  txt: readTxt,
  text: readTxt,
  eml: lazy(async () => (await import('./readEml')).readEml),
  msg: lazy(async () => (await import('./readMsg')).readMsg),
  docx: lazy(async () => (await import('./readDocx')).readDocx),
};

/** Rounded up, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
}

/** The name the officer knows the file by: the last part of a path. */
export function shownName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

/**
 * The checks that need no parsing (a known kind, not empty, not over the size limit), so an
 * obviously wrong file is refused at once, before a worker is started for it.
 */
export function checkRequestFile(name: string, bytes: Uint8Array): (name: string, bytes: Uint8Array) => RequestFile | Promise<RequestFile> {
  const shown = shownName(name);
  const extension = /\.([^.]+)$/.exec(shown)?.[1]?.toLowerCase() ?? '';
  const reader = READERS[extension];
  if (!reader) {
    throw new DeskError('invalid-input', `${shown} is not a file Disclosure Desk can read. Use a saved email (.eml or .msg), a Word document (.docx) or a text file (.txt), or paste the text instead.`);
  }
  if (bytes.byteLength > MAX_REQUEST_FILE_BYTES) {
    throw new DeskError('invalid-input', `${shown} is ${megabytes(bytes.byteLength)} MB, over the ${megabytes(MAX_REQUEST_FILE_BYTES)} MB limit. Save the email again without its attachments, or paste the text instead.`);
  }
  if (bytes.byteLength === 0) throw new DeskError('invalid-input', `${shown} is empty. Save the request again, or paste the text instead.`);
  return reader;
}

/**
 * A request as it arrived (a saved email, an Outlook message, a letter) -> its text and what the
 * file says about who sent it and when. All or nothing: a file that cannot be read whole is refused
 * with a message saying what to do, never returned half-read.
 * In this thread, unguarded: the app reads files through readRequestFile, which runs this in a
 * worker with a memory cap and a time limit.
 */
export async function parseRequestFile(name: string, bytes: Uint8Array): Promise<RequestFile> {
  const shown = shownName(name);
  const reader = checkRequestFile(name, bytes);
  try {
    return fromWhatDoTheyKnow(await reader(shown, bytes));
  } catch (err) {
    if (err instanceof DeskError) throw err;
    // A parser bug on a strange file must still reach the officer as advice, not a crash.
    throw new DeskError('invalid-input', `${shown} could not be read. Save it again, or paste the text instead.`);
  }
}

/**
 * A request sent through WhatDoTheyKnow: its footer is not the request, and the answer goes to the
 * foi+request-… address in it (the requester's own address is never given to the authority). Any other
 * email came by email; a letter or a text file says nothing of how it came.
 */
export function fromWhatDoTheyKnow(file: RequestFile): RequestFile {
  const fallback = file.sourceKind === 'eml' || file.sourceKind === 'msg' ? 'email' : undefined;
  const read = readWhatDoTheyKnow(file.text);
  if (read.channel !== 'whatdotheyknow') return fallback ? { ...file, channel: fallback } : file;
  return {
    ...file,
    text: read.text,
    requester: { name: file.requester?.name ?? '', email: read.replyAddress || (file.requester?.email ?? '') },
    channel: 'whatdotheyknow',
  };
}
