// Who spoke last, for a quote that opens a paragraph with no cue of its own.
import type { Attribution } from './rules/types.js';
import type { Unit } from './units.js';

/**
 * The last attribution that named its speaker, and how many paragraphs ago: a quote opening a
 * paragraph soon after, with no cue of its own, is most likely still theirs (feature writing
 * lets a speaker's words run on between paragraphs of description).
 */
export class RecentSpeakers {
  private last: Attribution | null = null;
  private lastParagraph = 0;
  private paragraphs = 0;
  private block = -1;
  /** The paragraph where `last` spoke. */
  private lastBlock = -1;

  /**
   * The recent speaker for a unit: at a paragraph's start, whoever spoke in the last paragraphs;
   * inside one, only whoever already spoke in it.
   */
  next(unit: Unit): Attribution | null {
    if (unit.block === this.block) return this.lastBlock === unit.block ? this.last : null;
    this.block = unit.block;
    this.paragraphs++;
    const near = this.paragraphs - this.lastParagraph <= RECENT_PARAGRAPHS;
    return near ? this.last : null;
  }

  heard(speech: Attribution[]): void {
    const named = speech.filter((a) => a.source).at(-1);
    if (!named) return;
    this.last = named;
    this.lastParagraph = this.paragraphs;
    this.lastBlock = this.block;
  }

  /** A heading starts another part of the story. */
  forget(): void {
    this.last = null;
  }
}

/** How far back, in paragraphs, a speaker is still the one a lone quote belongs to. */
const RECENT_PARAGRAPHS = 2;
