import type { ListProblem } from '@/db/saved'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** What went wrong with a list, in the interface language: what, and how to fix it. */
export function listProblemMessage(problem: ListProblem, t: Translate, defaultListName: string): string {
  switch (problem.kind) {
    case 'empty':
      return t('saved.problem.empty')
    case 'tooLong':
      return t('saved.problem.tooLong', { max: problem.max })
    case 'taken':
      return t('saved.problem.taken', { name: problem.name })
    case 'missing':
      return t('saved.problem.missing')
    case 'defaultList':
      return t('saved.problem.defaultList', { name: defaultListName })
  }
}
