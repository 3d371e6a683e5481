// Bundles the IDE into the folder given as the first argument (src/Api's build passes obj/ide/):
// ide.js and ide.css, minified, with their licences kept in ide.js.LEGAL.txt.
import { build } from "esbuild";

const outdir = process.argv[2];
if (!outdir) {
  console.error("usage: node build.mjs <output folder>");
  process.exit(2);
}

await build({
  entryPoints: { ide: "src/index.jsx" },
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  jsx: "automatic",
  legalComments: "external",
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".woff": "dataurl", ".woff2": "dataurl", ".svg": "dataurl" },
  outdir,
  logLevel: "warning",
});
