import { api } from './api.js';

const PING_INTERVAL_MS = 30_000;
const RECONNECT_DELAY_MS = 3_000;

/**
 * Mattermost's periodic status poll: the background REST call that notices a revoked session
 * (its 401 goes through the api module's unauthorized handler).
 */
export function startStatusPolling(userIds, intervalMs) {
  const poll = () => api('POST', '/users/status/ids', userIds).catch(() => {});
  const timer = setInterval(poll, intervalMs);
  // Mattermost also refreshes data when the window regains focus.
  window.addEventListener('focus', poll);
  return () => clearInterval(timer);
}

/** The live event socket; `onEvent` gets every server event (`hello`, `posted`, …). */
export function connectWebSocket(onEvent, onReconnect) {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  let seq = 1;
  let pingTimer = null;
  const socket = new WebSocket(`${scheme}://${window.location.host}/api/v4/websocket`);
  socket.addEventListener('open', () => {
    pingTimer = setInterval(
      () => socket.send(JSON.stringify({ action: 'ping', seq: seq++ })),
      PING_INTERVAL_MS,
    );
  });
  socket.addEventListener('message', (message) => {
    const data = JSON.parse(message.data);
    if (data.event) onEvent(data);
  });
  socket.addEventListener('close', () => {
    clearInterval(pingTimer);
    // A real disconnect: reconnect, and reload over REST (which is where a dead session shows up as 401).
    setTimeout(() => {
      connectWebSocket(onEvent, onReconnect);
      onReconnect();
    }, RECONNECT_DELAY_MS);
  });
}
