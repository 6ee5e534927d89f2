// The platform's API, on this origin, with the signed-in user's bearer token. A refusal becomes an ApiProblem
// carrying the RFC 9457 problem+json the API answered (status, title, detail, field).
import { current, forget } from './session.js';

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.field = problem.field;
  }
}

export let onSignedOut = () => {};
export function whenSignedOut(listener) { onSignedOut = listener; }

export async function call(method, path, body, { accept = 'application/json', raw = false, headers: extra = {} } = {}) {
  const headers = { Accept: `${accept}, application/problem+json`, ...extra };
  const session = current();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiProblem(0, { title: 'network', detail: e.message });
  }
  if (!response.ok) {
    let problem;
    try { problem = await response.json(); } catch { problem = { title: `HTTP ${response.status}` }; }
    if (response.status === 401 && session) { forget(); onSignedOut(); }
    throw new ApiProblem(response.status, problem);
  }
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}

export const get = (path) => call('GET', path);
export const post = (path, body) => call('POST', path, body);
export const del = (path) => call('DELETE', path);

/** A resource with its entity tag (the version to send back in If-Match). */
export async function getTagged(path) {
  const response = await call('GET', path, undefined, { raw: true });
  return { body: await response.json(), etag: response.headers.get('ETag') };
}

/** A change conditional on the version read: a 412 means someone changed it since (ApiProblem status 412). */
export async function postIfMatch(path, etag, body) {
  const response = await call('POST', path, body, { raw: true, headers: { 'If-Match': etag } });
  return { body: response.status === 204 ? null : await response.json(), etag: response.headers.get('ETag') };
}
