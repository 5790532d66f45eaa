import { render } from 'ink-testing-library';
import { App, MemoryCorpusReader } from '../src/index.js';
import { inventedArticle } from '../test/support.js';

const reader = new MemoryCorpusReader([inventedArticle(), inventedArticle({ id: 'b', title: 'Gale warning' })]);
const app = render(<App reader={reader} color={false} />);
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
await tick(300);
app.stdin.write('/');
app.stdin.write('g');
await tick(300);
console.log(app.lastFrame());
app.unmount();
