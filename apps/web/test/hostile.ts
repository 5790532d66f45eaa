import { SCHEMA_VERSION, type Article } from '@sourcetrace/article-model';

// Invented hostile input: every field a page might print carries markup that would run if it
// were ever parsed as HTML. Each payload sets window.__pwned, which must stay undefined.

export const SCRIPT_TEXT = [
  'Harbour notice <script>window.__pwned = "text-script"</script>',
  '',
  'The mayor said "<img src=x onerror="window.__pwned = \'text-img\'"> all is calm". Read <a href="javascript:window.__pwned = \'text-link\'">the notice</a> now.',
].join('\n');

export const SCRIPT_HTML = `<!doctype html><html><head><title>Quay notice</title>
<script>window.__pwned = "html-head-script"</script></head>
<body><article><h1>Quay repairs begin</h1>
<p>The harbour master said "<b onmouseover="window.__pwned='html-hover'">repairs start on Monday</b>," according to the port office.</p>
<p><img src="x" onerror="window.__pwned='html-img'"> <a href="javascript:window.__pwned='html-link'">Details</a></p>
<script>window.__pwned = "html-body-script"</script>
<svg onload="window.__pwned='html-svg'"></svg>
</article></body></html>`;

const payload = '<img src=x onerror="window.__pwned=\'field\'">';
const text = `${payload} said "<script>window.__pwned='quote'</script> is fine".`;

/** A stored article whose title, publisher, names and descriptors are all markup. */
export const hostileArticle: Article = {
  schemaVersion: SCHEMA_VERSION,
  id: 'invented-hostile',
  text,
  title: `<script>window.__pwned='title'</script>Hostile title`,
  source: {
    format: 'text',
    publisher: `<svg onload="window.__pwned='publisher'">`,
    byline: payload,
  },
  blocks: [{ kind: 'paragraph', span: { start: 0, end: text.length } }],
  entities: [
    {
      id: 'evil',
      kind: 'person',
      name: `<a href="javascript:window.__pwned='name'">Evil</a>`,
      aliases: [],
      mentions: [{ span: { start: 0, end: payload.length }, form: 'name' }],
      descriptors: [`<iframe src="javascript:window.__pwned='descriptor'">`],
    },
  ],
  quotes: [
    {
      id: 'q-evil',
      kind: 'direct',
      content: [{ start: text.indexOf('"<script>'), end: text.length - 1 }],
      verbatim: [],
      cue: { start: text.indexOf(' said') + 1, end: text.indexOf(' said') + 5 },
      source: { start: 0, end: payload.length },
      speakerId: 'evil',
      channelId: null,
      confidence: 0.9,
      rule: 'trailing',
    },
  ],
  claims: [],
  extractor: { name: 'sourcetrace', version: 'invented' },
};

/** An http(s)-less source link: shown as text, never followed. */
export const hostileLinkArticle: Article = {
  ...hostileArticle,
  id: 'invented-hostile-link',
  title: 'Hostile link',
  source: { format: 'text', url: "javascript:window.__pwned='url'" },
};
