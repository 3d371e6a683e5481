// graphql-js as schema tools use it. Two commands, JSON on stdin and stdout:
//   node introspection.mjs queries
//     -> [{ "library": "graphql16", "options": "default"|"all", "query": "..." }, ...]
//   node introspection.mjs print
//     stdin { "library": "graphql16", "options": "default"|"all", "answer": <the data of the answer>, "sdl": "<schema file>" }
//     -> { "fromAnswer": printSchema(buildClientSchema(answer)), "fromFile": printSchema(buildSchema(sdl)) }
// The default query does not ask for the schema's description, so for it the file's schema is
// printed without its description (which also drops the then standard `schema { ... }` block).
import * as graphql16 from 'graphql';
import * as graphql17 from 'graphql17';

const libraries = { graphql16, graphql17 };

// Every option getIntrospectionQuery knows, on.
const allOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const command = process.argv[2];
if (command === 'queries') {
  const queries = [];
  for (const [library, graphql] of Object.entries(libraries)) {
    queries.push({ library, version: graphql.version, options: 'default', query: graphql.getIntrospectionQuery() });
    queries.push({ library, version: graphql.version, options: 'all', query: graphql.getIntrospectionQuery(allOptions) });
  }
  process.stdout.write(JSON.stringify(queries));
} else if (command === 'print') {
  const { library, options, answer, sdl } = await readStdin();
  const graphql = libraries[library];
  const fromAnswer = graphql.printSchema(graphql.buildClientSchema(answer));
  let file = graphql.buildSchema(sdl);
  if (options !== 'all') file = new graphql.GraphQLSchema({ ...file.toConfig(), description: undefined });
  const fromFile = graphql.printSchema(file);
  process.stdout.write(JSON.stringify({ fromAnswer, fromFile }));
} else {
  process.stderr.write('usage: node introspection.mjs queries | print\n');
  process.exit(2);
}
