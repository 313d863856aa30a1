/** `i18n-iso-countries/langs/<code>.json?app-places`: the app's places by menu id (scripts/country-names.ts). */
declare module '*.json?app-places' {
  const places: { countries: Record<string, string> }
  export default places
}

/** `messages/en.json?part=shell` and `?part=pages`: English in two parts (src/i18n/messageParts.ts, compiled by scripts/precompile-messages.ts). */
declare module '*.json?part=shell' {
  const messages: Partial<import('./messages').MessageSchema>
  export default messages
}
declare module '*.json?part=pages' {
  const messages: Partial<import('./messages').MessageSchema>
  export default messages
}
