// GraphiQL against the endpoint that served this page. A person signs in through the code flow
// ("Sign in", when the page offers it) or pastes an access token into the bar; either is kept for
// the tab's session only (auth.js). ?query= in the address fills the editor.
import { createRoot } from "react-dom/client";
import { useEffect, useMemo, useState } from "react";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/graphiql.css";
import "./ide.css";
import { authorizedFetch, finishSignIn, load, onChange, signIn, signOut, startSignIn, setPastedToken } from "./auth.js";

const endpoint = new URL(window.location.pathname, window.location.origin).toString();

function status(auth) {
  if (!auth) return "anonymous";
  if (auth.kind === "pasted") return "token set";
  return auth.name ? `signed in as ${auth.name}` : "signed in";
}

function Ide({ initialError }) {
  const [auth, setAuth] = useState(load);
  const [error, setError] = useState(initialError);
  useEffect(() => onChange(setAuth), []);
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: endpoint, fetch: authorizedFetch }), []);
  const query = useMemo(() => new URLSearchParams(window.location.search).get("query") ?? undefined, []);
  const fail = (e) => setError(e?.message ?? String(e));

  return (
    <div className="platform-ide">
      <header className="platform-ide-bar">
        <strong>Platform GraphQL</strong>
        {signIn && !auth && (
          <button id="platform-sign-in" type="button" onClick={() => { setError(null); startSignIn().catch(fail); }}>Sign in</button>
        )}
        {auth?.kind !== "signed-in" && (
          <>
            <label htmlFor="platform-token">{signIn ? "or paste an access token" : "Access token"}</label>
            <input id="platform-token" type="password" autoComplete="off" placeholder="paste an access token"
              value={auth?.accessToken ?? ""} onChange={(event) => setPastedToken(event.target.value)} />
          </>
        )}
        <span id="platform-signed-in">{status(auth)}</span>
        {auth && <button id="platform-sign-out" type="button" onClick={() => signOut().catch(fail)}>Sign out</button>}
        {error && <span id="platform-sign-in-error" className="platform-ide-error" role="alert">{error}</span>}
      </header>
      <main className="platform-ide-main">
        <GraphiQL fetcher={fetcher} defaultQuery={query} query={query} />
      </main>
    </div>
  );
}

const root = createRoot(document.getElementById("ide"));
finishSignIn().then(() => null, (e) => e?.message ?? String(e))
  .then((error) => root.render(<Ide initialError={error} />));
