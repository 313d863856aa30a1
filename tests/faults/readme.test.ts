/** The README's table "Faults it survives" is the fault suite's list of tests: neither can change without the other. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const SUITE = 'tests/faults'
/** A fault test's name: `Fault N: what the reader sees`, in single quotes (the lint's quote style). */
const FAULT_TEST = /\bit\(\s*'Fault (\d+): ([^']+)'/g
const TABLE_ROW = /^\| (\d+) \| (.+?) \| \[([^\]]+)\]\(tests\/faults\/([^)]+)\) \|$/

interface FaultRow {
  fault: number
  name: string
  file: string
}

const byFaultThenName = (a: FaultRow, b: FaultRow) => a.fault - b.fault || a.name.localeCompare(b.name) || a.file.localeCompare(b.file)

function suiteTests(): FaultRow[] {
  return readdirSync(SUITE)
    .filter((file) => /\.(test|e2e)\.ts$/.test(file))
    .flatMap((file) => [...readFileSync(`${SUITE}/${file}`, 'utf8').matchAll(FAULT_TEST)].map(([, fault, name]) => ({ fault: Number(fault), name: name ?? '', file })))
    .sort(byFaultThenName)
}

function readmeRows(): FaultRow[] {
  const readme = readFileSync('README.md', 'utf8')
  const start = readme.indexOf('\n## Faults it survives\n')
  if (start < 0) throw new Error('README.md has no section "## Faults it survives": add it back with its table (see tests/faults/readme.test.ts).')
  const end = readme.indexOf('\n## ', start + 1)
  const lines = readme.slice(start, end < 0 ? undefined : end).split('\n').filter((line) => /^\| \d/.test(line))
  return lines
    .map((line) => {
      const row = TABLE_ROW.exec(line)
      if (!row) throw new Error(`README.md, "Faults it survives": the row ${line} is not | N | name | [file](tests/faults/file) |`)
      const [, fault, name, label, file] = row
      if (label !== file) throw new Error(`README.md, "Faults it survives": the link text ${label} differs from its file ${file}`)
      return { fault: Number(fault), name: name ?? '', file: file ?? '' }
    })
    .sort(byFaultThenName)
}

describe('the README\'s "Faults it survives"', () => {
  it('lists exactly the fault suite\'s tests, each with its fault number and file', () => {
    const tests = suiteTests()
    expect(tests.length).toBeGreaterThanOrEqual(5)
    expect(readmeRows()).toEqual(tests)
  })
})
