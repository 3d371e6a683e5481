// GraphiQL against the endpoint that served this page, with the caller's access token pasted into
// the bar (kept for the tab's session only). ?query= in the address fills the editor.
import { createRoot } from "react-dom/client";
import { useMemo, useState } from "react";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/graphiql.css";
import "./ide.css";

const tokenKey = "platform.ide.token";
const endpoint = new URL(window.location.pathname, window.location.origin).toString();

function Ide() {
  const [token, setToken] = useState(() => sessionStorage.getItem(tokenKey) ?? "");
  const fetcher = useMemo(() => createGraphiQLFetcher({
    url: endpoint,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  }), [token]);
  const query = new URLSearchParams(window.location.search).get("query") ?? undefined;

  const changeToken = (value) => {
    const trimmed = value.trim().replace(/^Bearer\s+/i, "");
    sessionStorage.setItem(tokenKey, trimmed);
    setToken(trimmed);
  };

  return (
    <div className="platform-ide">
      <header className="platform-ide-bar">
        <strong>Platform GraphQL</strong>
        <label htmlFor="platform-token">Access token</label>
        <input id="platform-token" type="password" autoComplete="off" placeholder="paste an access token"
          value={token} onChange={(event) => changeToken(event.target.value)} />
        <span id="platform-signed-in">{token ? "token set" : "anonymous"}</span>
      </header>
      <main className="platform-ide-main">
        <GraphiQL fetcher={fetcher} defaultQuery={query} query={query} />
      </main>
    </div>
  );
}

createRoot(document.getElementById("ide")).render(<Ide />);
