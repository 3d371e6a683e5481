// How the IDE authenticates its requests: a person signs in through this server's authorization
// code flow with PKCE (S256), or pastes an access token. Either is kept in this tab's
// sessionStorage only, and sent as a bearer token. The page names its client and its own address
// (the registered redirect URI) in <meta name="platform-ide-signin"> when sign-in is offered.
const authKey = "platform.ide.auth";
const pendingKey = "platform.ide.signin";
const refreshMargin = 60_000;

const meta = document.querySelector('meta[name="platform-ide-signin"]');
export const signIn = meta ? { clientId: meta.content, redirectUri: meta.dataset.redirectUri } : null;

// The token server's endpoints sit beside /graphql, under the same path base.
const endpoint = (path) => new URL(path, signIn?.redirectUri ?? window.location.href).toString();
const base64Url = (bytes) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const random = (size) => base64Url(crypto.getRandomValues(new Uint8Array(size)));

const listeners = new Set();
let refreshing = null;

export function load() {
  try {
    return JSON.parse(sessionStorage.getItem(authKey) ?? "null");
  } catch {
    return null;
  }
}

function save(auth) {
  if (auth) sessionStorage.setItem(authKey, JSON.stringify(auth));
  else sessionStorage.removeItem(authKey);
  listeners.forEach((listener) => listener(auth));
  return auth;
}

/** Calls back with the new state on every change; returns the unsubscribe. */
export function onChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A token pasted into the bar (an optional "Bearer " is dropped); empty clears it. */
export function setPastedToken(value) {
  const token = value.trim().replace(/^Bearer\s+/i, "");
  return save(token ? { kind: "pasted", accessToken: token } : null);
}

/** Sends the browser to /connect/authorize; the verifier and state wait in sessionStorage. */
export async function startSignIn() {
  const verifier = random(32);
  const state = random(16);
  sessionStorage.setItem(pendingKey, JSON.stringify({ verifier, state, search: window.location.search }));
  const challenge = base64Url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  // No scope: the server grants every scope the person's roles and the client allow.
  const query = new URLSearchParams({
    client_id: signIn.clientId,
    response_type: "code",
    redirect_uri: signIn.redirectUri,
    state,
    code_challenge: challenge,
    code_challenge_method: "S256",
  });
  window.location.assign(endpoint("connect/authorize") + "?" + query);
}

/**
 * On the way back from the token server (?code=…&state=… or ?error=…): checks the state, exchanges
 * the code and puts the address back as it was. Resolves to null when this is no such return.
 */
export async function finishSignIn() {
  const params = new URLSearchParams(window.location.search);
  const pending = JSON.parse(sessionStorage.getItem(pendingKey) ?? "null");
  if (!signIn || !pending || !params.has("state") || !(params.has("code") || params.has("error"))) return null;

  sessionStorage.removeItem(pendingKey);
  window.history.replaceState(null, "", window.location.pathname + pending.search);
  if (params.get("state") !== pending.state) throw new Error("Sign-in refused: the answer is not for this tab's request.");
  if (params.has("error")) throw new Error("Sign-in failed: " + (params.get("error_description") ?? params.get("error")));
  return requestTokens({
    grant_type: "authorization_code",
    code: params.get("code"),
    redirect_uri: signIn.redirectUri,
    code_verifier: pending.verifier,
  });
}

async function requestTokens(form, name) {
  const response = await fetch(endpoint("connect/token"), {
    method: "POST",
    body: new URLSearchParams({ client_id: signIn.clientId, ...form }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    throw new Error("Sign-in failed: " + (body.error_description ?? body.error ?? `HTTP ${response.status}`));
  }

  return save({
    kind: "signed-in",
    accessToken: body.access_token,
    refreshToken: body.refresh_token ?? null,
    expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000,
    name: name ?? nameOf(body.access_token),
  });
}

/** The access token to send now, refreshed first (once, even for requests at the same time) when it is about to expire. */
export async function currentToken() {
  const auth = load();
  if (!auth) return null;
  if (auth.kind !== "signed-in" || !auth.refreshToken || auth.expiresAt - Date.now() > refreshMargin) return auth.accessToken;

  refreshing ??= requestTokens({ grant_type: "refresh_token", refresh_token: auth.refreshToken }, auth.name)
    .finally(() => { refreshing = null; });
  try {
    return (await refreshing).accessToken;
  } catch {
    save(null);
    return null;
  }
}

/** fetch for GraphiQL: adds the bearer token unless the headers editor already set Authorization. */
export async function authorizedFetch(input, init = {}) {
  const headers = new Headers(init.headers);
  const token = await currentToken();
  if (token && !headers.has("Authorization")) headers.set("Authorization", `Bearer ${token}`);
  return fetch(input, { ...init, headers });
}

/** Forgets the token; after a sign-in also revokes its tokens and ends the server's sign-in session. */
export async function signOut() {
  const auth = load();
  save(null);
  if (auth?.kind !== "signed-in" || !signIn) return;

  const revoke = (token, hint) => token && fetch(endpoint("connect/revoke"), {
    method: "POST",
    body: new URLSearchParams({ client_id: signIn.clientId, token, token_type_hint: hint }),
  }).catch(() => null);
  // One after the other: both change the same sign-in's records.
  await revoke(auth.accessToken, "access_token");
  await revoke(auth.refreshToken, "refresh_token");
  const query = new URLSearchParams({ client_id: signIn.clientId, post_logout_redirect_uri: signIn.redirectUri });
  window.location.assign(endpoint("connect/endsession") + "?" + query);
}

function nameOf(jwt) {
  try {
    const payload = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
    return claims.name ?? claims.sub ?? null;
  } catch {
    return null;
  }
}
