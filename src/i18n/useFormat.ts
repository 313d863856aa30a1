import { useI18n } from 'vue-i18n'
import { formatBytes, formatCount, formatDay, formatMoment, formatShare } from '@/components/format'
import { formatLocale, isLocale, DEFAULT_LOCALE } from './locales'

/** The Intl locale that formats the interface language `locale`. */
const intlLocale = (locale: string) => formatLocale(isLocale(locale) ? locale : DEFAULT_LOCALE)

/**
 * The formatters of components/format.ts, in the interface language: dates and
 * numbers read in the same language as the words around them, never the device's.
 * Reading the locale inside each call makes a template re-render when it changes.
 */
export function useFormat() {
  const { locale, t } = useI18n()
  const intl = () => intlLocale(locale.value)
  return {
    formatDay: (isoDate: string) => formatDay(isoDate, intl()),
    formatMoment: (isoTimestamp: string) => formatMoment(isoTimestamp, intl()),
    formatCount: (value: number) => formatCount(value, intl()),
    formatBytes: (bytes: number) => formatBytes(bytes, intl()),
    formatShare: (part: number, whole: number) => formatShare(part, whole, intl(), (share) => t('format.lessThanShare', { share })),
  }
}
export type Formatters = ReturnType<typeof useFormat>
