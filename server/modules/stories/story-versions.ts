/** The version a story was first sent as (encrypted), if it has been sent. */
export function originalOf<V extends { kind: string }>(versions: readonly V[]): V | undefined {
  return versions.find((v) => v.kind === 'original');
}

/** The newest de-identified version: the text that would be shared now. */
export function latestDeidentified<V extends { kind: string }>(versions: readonly V[]): V | undefined {
  return [...versions].reverse().find((v) => v.kind === 'deidentified');
}
