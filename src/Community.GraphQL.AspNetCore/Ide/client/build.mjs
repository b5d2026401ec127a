// Bundles the IDE into ../assets: ide.js (GraphiQL, React, Monaco), ide.css, the Monaco workers,
// the fonts the CSS names, and THIRD-PARTY-NOTICES.txt with the licence of every package bundled.
// Run with `npm ci && npm run build`; the output is committed and embedded in the assembly.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(root, '../assets');
rmSync(outdir, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: {
    js: '/*! Built from npm packages; their licences are in THIRD-PARTY-NOTICES.txt beside this file. */',
    css: '/*! Built from npm packages; their licences are in THIRD-PARTY-NOTICES.txt beside this file. */',
  },
  outdir,
};

const page = await esbuild.build({
  ...common,
  entryPoints: { ide: 'src/ide.js' },
  format: 'esm',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  assetNames: '[name]',
});

const workers = await esbuild.build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  format: 'iife',
});

writeFileSync(join(outdir, 'THIRD-PARTY-NOTICES.txt'), notices([page.metafile, workers.metafile]));

for (const [file, { bytes }] of Object.entries({ ...page.metafile.outputs, ...workers.metafile.outputs })) {
  console.log(`${relative(root, resolve(root, file)).padEnd(40)} ${(bytes / 1024).toFixed(0).padStart(6)} KB`);
}

/** The licence text of every package whose code went into the bundles, in name order. */
function notices(metafiles) {
  // Keyed by name and version: npm may install one package version in several folders.
  const packages = new Map();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const directory = packageDirectory(input);
      if (directory) {
        const manifest = JSON.parse(readFileSync(join(root, directory, 'package.json'), 'utf8'));
        const key = `${manifest.name}@${manifest.version}`;
        if (!packages.has(key)) {
          packages.set(key, { directory, manifest });
        }
      }
    }
  }

  const sections = [...packages.values()]
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name) || a.manifest.version.localeCompare(b.manifest.version))
    .map(({ directory, manifest }) => {
      const files = readdirSync(join(root, directory));
      const licence = files.find(f => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      // Apache-2.0 asks that a NOTICE file travel with the code.
      const notice = files.find(f => /^notice(\.|$)/i.test(f));
      const text = [
        licence ? readFileSync(join(root, directory, licence), 'utf8').trim() : `Licensed under ${manifest.license}; the package ships no licence file.`,
        notice ? readFileSync(join(root, directory, notice), 'utf8').trim() : null,
      ].filter(Boolean).join('\n\n');
      return `${manifest.name} ${manifest.version} (${manifest.license})\n\n${text}\n`;
    });
  return 'The GraphQL IDE bundles these packages:\n\n' + sections.join('\n' + '-'.repeat(72) + '\n\n');
}

/** node_modules/a/node_modules/@b/c/x.js -> node_modules/a/node_modules/@b/c */
function packageDirectory(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match) {
    return null;
  }

  // A package may keep further package.json files in subfolders; the one at its root names it.
  return existsSync(join(root, match[1], 'package.json')) ? match[1] : null;
}
