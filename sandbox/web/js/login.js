import { api, getClientConfig } from './api.js';
import { h } from './dom.js';
import { showNotification } from './notify.js';
import { sameOriginDestination } from './redirect.js';
import { clearWasLoggedIn, markLoggedIn, wasLoggedIn } from './session.js';

const EXPIRED_TEXT = 'Your session has expired. Please log in again.';
const EXPIRED_NOTIFICATION = 'Session Expired: Please sign in to continue receiving notifications.';

const form = document.getElementById('loginForm');
const loginInput = document.getElementById('input_loginId');
const passwordInput = document.getElementById('input_password-input');
const submitButton = document.getElementById('saveSetting');
const cardTitle = document.querySelector('.login-body-card-title');

const state = { siteName: 'Mattermost', sessionExpired: false, closeNotification: null, banner: null };

function showBanner(mode, title, onDismiss) {
  state.banner?.remove();
  const closeButton = onDismiss
    ? h(
        'button',
        { type: 'button', 'aria-label': 'Close', className: 'AlertBanner__closeButton', onclick: onDismiss },
        '×',
      )
    : null;
  state.banner = h(
    'div',
    { className: `AlertBanner ${mode} login-body-card-banner AlertBanner--sys`, role: 'alert' },
    h('div', { className: 'AlertBanner__icon', 'aria-hidden': 'true' }, mode === 'danger' ? '!' : '⚠'),
    h('div', { className: 'AlertBanner__body' }, h('div', { className: 'AlertBanner__title' }, title)),
    closeButton,
  );
  cardTitle.after(state.banner);
}

function clearBanner() {
  state.banner?.remove();
  state.banner = null;
  loginInput.classList.remove('Input--error');
  passwordInput.classList.remove('Input--error');
}

/** The browser was logged in and no longer is: banner, title, URL marker and a desktop notification. */
async function showSessionExpired() {
  state.sessionExpired = true;
  const params = new URLSearchParams(window.location.search);
  params.set('extra', 'expired');
  window.history.replaceState(null, '', `${window.location.pathname}?${params}`);
  document.title = `* ${state.siteName} - Session Expired`;
  showBanner('warning', EXPIRED_TEXT, dismissSessionExpired);
  try {
    // Deliberately ignores the user's desktop notification setting, as Mattermost does.
    state.closeNotification = await showNotification({
      title: state.siteName,
      body: EXPIRED_NOTIFICATION,
      requireInteraction: true,
      silent: false,
    });
    if (!state.sessionExpired) state.closeNotification();
  } catch {
    // No notification support: the banner is enough.
  }
}

function dismissSessionExpired() {
  if (!state.sessionExpired) return;
  state.sessionExpired = false;
  clearWasLoggedIn();
  clearBanner();
  state.closeNotification?.();
  state.closeNotification = null;
  document.title = state.siteName;
}

function showError(message, field) {
  showBanner('danger', message);
  field?.classList.add('Input--error');
  field?.focus();
}

function setWaiting(waiting) {
  submitButton.disabled = waiting;
  loginInput.disabled = waiting;
  passwordInput.disabled = waiting;
  submitButton.firstElementChild.textContent = waiting ? 'Logging in…' : 'Log in';
}

/** `redirect_to` when it is a page of this site, else the first team's Town Square. */
async function destination() {
  const redirectTo = new URLSearchParams(window.location.search).get('redirect_to');
  const local = sameOriginDestination(redirectTo, window.location.origin);
  if (local) return local;
  const teams = await api('GET', '/users/me/teams');
  return teams.length > 0 ? `/${teams[0].name}/channels/town-square` : '/';
}

async function submit(event) {
  event.preventDefault();
  dismissSessionExpired();
  clearBanner();
  const loginId = loginInput.value.trim();
  if (!loginId) return showError('Please enter your email or username', loginInput);
  if (!passwordInput.value) return showError('Please enter your password', passwordInput);
  setWaiting(true);
  try {
    await api('POST', '/users/login', {
      login_id: loginId,
      password: passwordInput.value,
      token: '',
      device_id: '',
    });
    markLoggedIn();
    window.location.href = await destination();
  } catch (error) {
    setWaiting(false);
    const invalid = error.status === 401 || error.status === 400;
    showError(invalid ? 'The email/username or password is invalid.' : error.message, passwordInput);
  }
}

function togglePassword() {
  const show = passwordInput.type === 'password';
  passwordInput.type = show ? 'text' : 'password';
  const toggle = document.getElementById('password_toggle');
  toggle.setAttribute('aria-pressed', String(show));
  toggle.textContent = show ? 'Hide' : 'Show';
}

async function start() {
  loginInput.focus();
  form.addEventListener('submit', submit);
  loginInput.addEventListener('input', dismissSessionExpired);
  passwordInput.addEventListener('input', dismissSessionExpired);
  document.getElementById('password_toggle').addEventListener('click', togglePassword);
  try {
    state.siteName = (await getClientConfig()).SiteName || state.siteName;
  } catch {
    // Keep the default site name when the config cannot be read.
  }
  document.title = state.siteName;
  const user = await api('GET', '/users/me').catch(() => null);
  if (user) {
    window.location.href = await destination();
    return;
  }
  if (!wasLoggedIn()) return;
  if (new URLSearchParams(window.location.search).get('extra') === 'signin_change') clearWasLoggedIn();
  else await showSessionExpired();
}

start();
