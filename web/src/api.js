// The JSON API of `dyad serve` (docs/dashboard.md lists the endpoints).
import { apiQuery } from './state.js';

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

// GET a JSON endpoint; errors carry the server's {"error": ...} message.
export async function getJson(path, params = {}) {
  const url = `api/${path}${apiQuery(params)}`;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (err) {
    throw new ApiError(`cannot reach the dyad server (${err.message})`, 0);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(body?.error ?? `${url}: HTTP ${response.status}`, response.status);
  }
  if (body === null) throw new ApiError(`${url}: the answer is not JSON`, response.status);
  return body;
}

export const api = {
  info: () => getJson('info'),
  events: (params) => getJson('events', params),
  dyads: (params) => getJson('dyads', params),
  actors: (params) => getJson('actors', params),
  network: (params) => getJson('network', params),
  document: (id) => getJson(`documents/${encodeURIComponent(id)}`),
};
