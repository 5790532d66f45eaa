import {
  groupQuotesBySpeaker,
  type Article,
  type Entity,
  type Quote,
} from '@sourcetrace/article-model';

/** Distinct speaker colours in styles.css (.spk-0 … .spk-7); later speakers share a neutral one. */
export const SPEAKER_COLOURS = 8;

export interface SpeakerSwatch {
  speaker: Entity | null;
  /** CSS class carrying the colour: spk-0 … spk-7, spk-more, or spk-none for unattributed quotes. */
  colour: string;
  quotes: Quote[];
}

/** One colour per speaker, most quoted first, so the legend and the highlights agree. */
export function speakerPalette(article: Article): SpeakerSwatch[] {
  return groupQuotesBySpeaker(article).map((group, index) => ({
    speaker: group.speaker,
    colour:
      group.speaker === null ? 'spk-none' : index < SPEAKER_COLOURS ? `spk-${index}` : 'spk-more',
    quotes: group.quotes,
  }));
}

/** The colour class for a speaker id (null: unattributed). */
export function colourLookup(palette: SpeakerSwatch[]): (speakerId: string | null) => string {
  const bySpeaker = new Map(
    palette.flatMap((swatch) => (swatch.speaker ? [[swatch.speaker.id, swatch.colour]] : [])),
  );
  return (speakerId) =>
    speakerId === null ? 'spk-none' : (bySpeaker.get(speakerId) ?? 'spk-none');
}
