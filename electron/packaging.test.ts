import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { Configuration, FuseOptionsV1 } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';

/** electron-builder.yml as electron-builder reads it. */
const config = load(readFileSync(path.join(__dirname, '..', 'electron-builder.yml'), 'utf8')) as Configuration;

describe('the packaged binary’s fuses', () => {
  const fuses = config.electronFuses as FuseOptionsV1;

  it('switches off file: privileges, which the app (served from app://humeur/) does not need', () => {
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('keeps the binary from being run as Node, fed NODE_OPTIONS or opened to an inspector', () => {
    expect(fuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });

  it('loads the app only from a checked app.asar', () => {
    expect(config.asar).toBe(true);
    expect(fuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it('sets every fuse electron-builder 26 knows, with names it knows', () => {
    const known: Record<keyof FuseOptionsV1, true> = {
      runAsNode: true,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: true,
      enableNodeCliInspectArguments: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: true,
      grantFileProtocolExtraPrivileges: true,
      resetAdHocDarwinSignature: true,
    };
    for (const name of Object.keys(fuses)) expect(Object.hasOwn(known, name), name).toBe(true);
    // resetAdHocDarwinSignature is a signing step, not a fuse; electron-builder signs after flipping.
    expect(Object.keys(fuses).sort()).toEqual(Object.keys(known).filter((n) => n !== 'resetAdHocDarwinSignature').sort());
    for (const value of Object.values(fuses)) expect(typeof value).toBe('boolean');
  });

  it('publishes nothing: there is no update server', () => {
    expect(config.publish).toBeNull();
  });
});
