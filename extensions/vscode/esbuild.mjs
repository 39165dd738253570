// Bundles the extension and the language server into dist/, and copies what the server reads at run time.
//
//   dist/extension.js   the client (CommonJS, `vscode` external)
//   dist/server.mjs     packages/language-server/dist/bin.js with everything it imports (ESM, Node)
//   dist/docs/          the rule docs the server shows for hover and `pitchlint.explain` (offline)
//   schema/             the .pitchlintrc JSON Schema, for `jsonValidation`
//
// Needs `npm run build` at the root first (the server's dist/ and pitchlint's docs/ and schema/).
// `node esbuild.mjs --watch` rebuilds the extension on change.
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import * as esbuild from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const serverEntry = join(root, 'packages/language-server/dist/bin.js')
const pitchlintDocs = join(root, 'packages/pitchlint/docs')
const pitchlintSchema = join(root, 'packages/pitchlint/schema/pitchlintrc.schema.json')
const watch = process.argv.includes('--watch')
const production = !watch

for (const [path, hint] of [
  [serverEntry, 'build the language server first: npm run build (at the repository root)'],
  [pitchlintDocs, 'npm run build writes packages/pitchlint/docs'],
  [pitchlintSchema, 'npm run build writes packages/pitchlint/schema'],
]) {
  if (!existsSync(path)) {
    console.error(`esbuild.mjs: ${path} is missing: ${hint}`)
    process.exit(2)
  }
}

const dist = join(here, 'dist')
rmSync(dist, {recursive: true, force: true})
mkdirSync(dist, {recursive: true})

// The server finds the rule docs through `import.meta.resolve('pitchlint')` + `../docs/rules/`. Bundled,
// there is no `pitchlint` package to resolve: point it at dist/docs/ instead (dist/docs/pitchlint.js is a
// made-up entry whose `../docs/rules/` is dist/docs/rules/).
const resolvePitchlint = {
  name: 'pitchlint-docs',
  setup(build) {
    build.onLoad({filter: /[\\/]packages[\\/]language-server[\\/]dist[\\/].*\.js$/}, (args) => {
      const source = readFileSync(args.path, 'utf8')
      const replaced = source.replace(/import\.meta\.resolve\(\s*(['"])pitchlint\1\s*\)/g, "new URL('./docs/pitchlint.js', import.meta.url).href")
      const unknown = replaced.match(/import\.meta\.resolve\([^)]*\)/)
      if (unknown) {
        return {errors: [{text: `esbuild.mjs does not know how to bundle ${unknown[0]} (in ${args.path}); teach resolvePitchlint`}]}
      }
      return {contents: replaced, loader: 'js'}
    })
  },
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: production ? false : 'inline',
  minify: production,
  legalComments: 'none',
  logLevel: 'info',
}

const extension = {
  ...common,
  entryPoints: [join(here, 'src/extension.ts')],
  outfile: join(dist, 'extension.js'),
  format: 'cjs',
  external: ['vscode'],
  // vscode-languageclient is CommonJS; prefer its Node entry (its `browser` field points at the web build).
  mainFields: ['module', 'main'],
}

const server = {
  ...common,
  entryPoints: [serverEntry],
  outfile: join(dist, 'server.mjs'),
  format: 'esm',
  mainFields: ['module', 'main'],
  // CommonJS dependencies (vscode-languageserver, …) call require() for Node built-ins.
  banner: {js: "import {createRequire as __pitchlintCreateRequire} from 'node:module';const require = __pitchlintCreateRequire(import.meta.url);"},
  plugins: [resolvePitchlint],
}

function copyAssets() {
  cpSync(pitchlintDocs, join(dist, 'docs'), {recursive: true})
  const schema = JSON.parse(readFileSync(pitchlintSchema, 'utf8'))
  const schemaDir = join(here, 'schema')
  rmSync(schemaDir, {recursive: true, force: true})
  mkdirSync(schemaDir, {recursive: true})
  writeFileSync(join(schemaDir, 'pitchlintrc.schema.json'), `${JSON.stringify(schema, null, 2)}\n`)
  // package.json#pitchlint: the same schema under the `pitchlint` key (it has no $refs, so nesting is safe).
  const {$schema, $id, ...inner} = schema
  const packageJson = {
    $schema,
    title: 'pitchlint configuration in package.json',
    type: 'object',
    properties: {pitchlint: inner},
  }
  writeFileSync(join(schemaDir, 'package-json.schema.json'), `${JSON.stringify(packageJson, null, 2)}\n`)
}

if (watch) {
  copyAssets()
  const contexts = await Promise.all([esbuild.context(extension), esbuild.context(server)])
  await Promise.all(contexts.map((context) => context.watch()))
} else {
  await Promise.all([esbuild.build(extension), esbuild.build(server)])
  copyAssets()
}
