// Language: zh-CN by default, English on request; the choice is kept in localStorage (it is not a secret) and switching
// re-renders the current page in place, without a reload.
import { MESSAGES } from './messages.js';

const KEY = 'shizhi.lang';
let lang = MESSAGES[localStorage.getItem(KEY)] ? localStorage.getItem(KEY) : 'zh-CN';
const listeners = [];

export function t(key, values = {}) {
  const text = MESSAGES[lang][key] ?? MESSAGES['zh-CN'][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** The message if the catalogue has one in either language, else the fallback (a label the API gave, say). */
export function tOr(key, fallback) {
  return MESSAGES[lang][key] ?? MESSAGES['zh-CN'][key] ?? fallback;
}

export function language() { return lang; }

export function setLanguage(next) {
  if (!MESSAGES[next] || next === lang) return;
  lang = next;
  localStorage.setItem(KEY, lang);
  applyStatic();
  listeners.forEach(listener => listener(lang));
}

export function onLanguageChange(listener) { listeners.push(listener); }

/** The static texts of the page: every element with data-i18n gets its message. */
export function applyStatic(root = document) {
  document.documentElement.lang = lang;
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
}

/** Wires a <select id="lang"> to the switch. */
export function bindSwitch(select) {
  select.value = lang;
  select.addEventListener('change', () => setLanguage(select.value));
  applyStatic();
}
