// Apollo Client 4 with its PersistedQueryLink, as a front end sets it up (README, "Front ends"):
// possibleTypes read from the served schema, hashes by SHA-256. Reads
// { url, token, operations: [{ query, variables }] } from stdin, runs every operation twice and
// prints { results: [[first, second], …], sent: [{ query, hash }] } (what each request carried).
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { createHash } from "node:crypto";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { url, token, operations } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const headers = { authorization: `Bearer ${token}` };

const sent = [];
const recordingFetch = (uri, options) => {
  const body = JSON.parse(options.body);
  sent.push({ query: typeof body.query === "string", hash: body.extensions?.persistedQuery?.sha256Hash ?? null });
  return fetch(uri, options);
};

// Interfaces and unions with their members, so that `... on Error` and `... on Case` match in the cache.
const possibleTypesQuery = "{ __schema { types { kind name possibleTypes { name } } } }";
const schema = await (await fetch(url, {
  method: "POST",
  headers: { ...headers, "content-type": "application/json" },
  body: JSON.stringify({ query: possibleTypesQuery }),
})).json();
const possibleTypes = {};
for (const type of schema.data.__schema.types) {
  if (type.possibleTypes) possibleTypes[type.name] = type.possibleTypes.map((t) => t.name);
}

const sha256 = (text) => createHash("sha256").update(text).digest("hex");
const client = new ApolloClient({
  link: ApolloLink.from([
    new PersistedQueryLink({ sha256 }),
    new HttpLink({ uri: url, headers, fetch: recordingFetch }),
  ]),
  cache: new InMemoryCache({ possibleTypes }),
});

const run = async ({ query, variables }) => {
  const document = gql(query);
  const isMutation = document.definitions.some((d) => d.kind === "OperationDefinition" && d.operation === "mutation");
  try {
    const result = isMutation
      ? await client.mutate({ mutation: document, variables })
      : await client.query({ query: document, variables, fetchPolicy: "network-only" });
    return { data: result.data ?? null, error: result.error?.message ?? null };
  } catch (error) {
    return { data: null, error: String(error?.message ?? error) };
  }
};

const results = [];
for (const operation of operations) {
  results.push([await run(operation), await run(operation)]);
}
process.stdout.write(JSON.stringify({ results, sent }));
