// yazl ships no types; these are the calls the tests make.
declare module 'yazl' {
  import type { Readable } from 'node:stream'
  export class ZipFile {
    outputStream: Readable
    addBuffer(
      buffer: Buffer,
      metadataPath: string,
      options?: { mode?: number; compress?: boolean; mtime?: Date }
    ): void
    end(): void
  }
}
