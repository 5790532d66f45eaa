/** Absolute path of the built web page (apps/web/dist): serve it at `/`. */
export declare const webRoot: string;
