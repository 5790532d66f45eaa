export { cleanLine, hiddenMask, oneLine, visibleSlice } from './sanitize.js';
export { printable } from './printable.js';
