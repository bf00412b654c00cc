// What a place for uploaded bytes must do. The StoredFile row (not the driver) is the record of
// a file's owner, type and size; the content type is also handed to the driver so object
// storage serves and lists the object correctly on its own.
export interface StorageDriver {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** null when there is no such key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removing a key that is not there is not an error. */
  delete(key: string): Promise<void>;
}
