// Run the built `pitchlint` command as a child process, in a temporary folder of fixture files.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'

export const BIN = new URL('../../packages/pitchlint/bin/pitchlint.js', import.meta.url).pathname

export interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Make a folder with these files (path → content) and return its path. */
export function fixture(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'pitchlint-cli-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), content)
  }
  return root
}

export function pitchlint(cwd: string, args: readonly string[], options: {input?: string; env?: Record<string, string>} = {}): Run {
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: '1', ...options.env}
  delete env['GITHUB_STEP_SUMMARY']
  if (options.env?.['GITHUB_STEP_SUMMARY']) env['GITHUB_STEP_SUMMARY'] = options.env['GITHUB_STEP_SUMMARY']
  const child = spawnSync(process.execPath, [BIN, ...args], {cwd, encoding: 'utf8', env, input: options.input ?? ''})
  return {code: child.status, stdout: child.stdout, stderr: child.stderr}
}
