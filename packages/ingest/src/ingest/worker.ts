// The piscina worker: one extraction per task, off the main thread.
import { extractChecked } from './extract-checked.js';

export default extractChecked;
