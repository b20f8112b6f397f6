/// <reference types="vite/client" />

/** Build target, set in vite.config.ts. */
declare const __BROWSER__: 'chrome' | 'firefox';
/** True in the demo build, which may run on the demo mailbox at http://127.0.0.1. */
declare const __DEMO__: boolean;
