import type en from './messages/en.json'

/** The shape every language's messages must have: English's. */
export type MessageSchema = typeof en

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every message key, `header.menu`, … : a typo in a key is a type error. */
export type MessageKey = Leaves<MessageSchema>

declare module 'vue-i18n' {
  // Types every t() and $t() call against English's keys (vue-i18n's documented way: an interface that extends the schema).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
