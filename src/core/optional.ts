/** `{ key: value }` when there is a value, `{}` otherwise: optional fields without `undefined` in them. */
export function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
