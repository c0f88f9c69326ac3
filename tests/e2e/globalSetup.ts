import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ESM script without types; it is also the `npm run web` server.
import { createStaticServer, listen } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app once for all end-to-end files, on a free local port. */
export default async function setup(project: TestProject) {
  const server = createStaticServer();
  const port: number = await listen(server, 0);
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
