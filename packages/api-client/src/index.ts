export { createClient, ApiError, type ClientOptions, type SourcetraceClient } from './client.js';
export * from './contract.js';
