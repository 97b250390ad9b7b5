import { appendBullet, joinLines } from './join-lines';

/**
 * Text assembled line by line. Joining only ever looks at the last line added, and the pieces are
 * concatenated once at the end: appending to one growing string and re-examining its end on every line is
 * quadratic on a large paste. Most texts are a single line, so the piece list is only created for a second.
 */
export class JoinedText {
  private single = '';
  private pieces: string[] | null = null;
  private lines = 0;

  get isEmpty(): boolean {
    return this.lines === 0;
  }

  get lineCount(): number {
    return this.lines;
  }

  /** The last piece added, whose end is the end of the whole text. */
  get lastLine(): string {
    return this.pieces ? (this.pieces[this.pieces.length - 1] ?? '') : this.single;
  }

  addLine(line: string): void {
    if (line === '') return;
    this.append(line, joinLines(this.lastLine, line));
  }

  addBullet(bullet: string, continuesList: boolean): void {
    if (bullet === '') return;
    this.append(bullet, appendBullet(this.lastLine, bullet, continuesList));
  }

  toString(): string {
    return this.pieces ? this.pieces.join('') : this.single;
  }

  /** joined is the last piece with the new one appended; the new one is kept apart as the next last piece. */
  private append(added: string, joined: string): void {
    this.lines += 1;
    if (this.lines === 1) {
      this.single = added;
      return;
    }
    const prefix = joined.slice(0, joined.length - added.length);
    if (this.pieces) this.pieces[this.pieces.length - 1] = prefix;
    else this.pieces = [prefix];
    this.pieces.push(added);
  }
}
