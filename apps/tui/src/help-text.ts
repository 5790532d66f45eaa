/** The screens and keys: the ? screen, and `sourcetrace tui --help` (kept free of Ink so the CLI loads it cheaply). */
export const HELP_TEXT = `Screens
  Library   every article: title, publisher, date, number of quotes and speakers.
            / search as you type (Enter keeps, Esc clears), o only this outlet,
            p people, S statements, x clear filters, Enter read the article.
  Reader    the article wrapped to the screen; each quote in its speaker's colour
            (with NO_COLOR a number like [1] before it), a legend of speakers on top,
            people and places underlined, hedged claims tagged like [rumour?].
            n / N next / previous quote: the status line shows its speaker,
            description, cue and channel. Enter opens the quoted speaker.
            s people in this article, c its claims, S the statement the
            focused quote belongs to (where else it ran, and how).
  People    people and sources, most quoted first: of one article (s in the reader)
            or of the whole corpus (p in the library). Enter opens a person.
  Person    descriptions, other names, and every quote by them across the corpus;
            Enter reads a quote in its article, a lists articles mentioning them.
  Claims    the article's claims grouped by source; hedged ones tagged.
  Statements  the same quoted words across outlets (S in the library): m most
            carried, a altered, d disputed; Enter shows one statement, its
            timeline of outlets and dates, and each variant's changed words
            ([+added] [-dropped]).

Keys everywhere
  ↑ ↓ j k  move or scroll     PgUp PgDn  a page     g G  top / bottom
  Enter    open               Esc        back       ?    this help     q  quit

Who is quoted most? From the library press p, pick the first name with Enter,
then Enter on any of their quotes to read it in its article.`;
