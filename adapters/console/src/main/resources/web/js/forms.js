// Problem+json errors shown beside the field they name (data-error-for="q"), or at the form's general slot ("*").
import { t } from './i18n.js';
import { el } from './dom.js';

export function clearErrors(root) {
  root.querySelectorAll('[data-error-for]').forEach(slot => { slot.textContent = ''; });
  root.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
}

export function showProblem(root, error) {
  const detail = error.status === 0 ? t('error.network') : (error.problem?.detail || error.message);
  const field = (error.field || '').replace(/\[\d+\]$/, '');
  const slot = (field && root.querySelector(`[data-error-for="${CSS.escape(field)}"]`)) || root.querySelector('[data-error-for="*"]');
  if (slot) slot.textContent = detail;
  const input = field && root.querySelector(`[name="${CSS.escape(field)}"]`);
  if (input) input.setAttribute('aria-invalid', 'true');
}

// What the user typed in each step's form of an item (an event, a dispute), by item id and step: kept across the
// reload that follows a stale edit, so nothing typed is lost.
export function draftBook() {
  const drafts = {};
  return {
    of(id, step) {
      drafts[id] ??= {};
      return drafts[id][step] ??= {};
    },
    clear(id, step) {
      drafts[id][step] = {};
    },
    // Every step's draft of the item, by step.
    all(id) {
      return drafts[id] ?? {};
    },
  };
}

// A form for one step of an item's page. novalidate: the API's rules are the ones the user reads, beside the field (no
// second set in the browser). send() posts the step with If-Match (the version read) and answers the change; a 412 (the
// item changed since it was read) calls stale(), any other refusal is shown beside the field it names.
export function stepForm({ name, label, fields, send, changed, stale }) {
  const form = el('form', { class: 'card transition', novalidate: true, 'data-transition': name, 'aria-labelledby': `h-${name}`,
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        await changed(await send());
      } catch (e) {
        if (e.status === 412) await stale();
        else showProblem(form, e);
      }
    } },
    el('h3', { id: `h-${name}` }, label),
    fields,
    el('p', { class: 'error', role: 'alert', 'data-error-for': '*' }),
    el('button', { type: 'submit', 'data-action': name }, label));
  return form;
}

// An item the API would not open (404: not there or outside the user's jurisdiction, which the API does not tell apart;
// 403: not for the user's role): said in the user's language, the API's own words below it, and the way back. Nothing
// of the item is shown, since nothing of it came.
export function refusal(main, error, back, backLabel) {
  const known = [403, 404].includes(error.status) ? `refused.${error.status}` : 'refused.other';
  const detail = error.status === 0 ? t('error.network') : (error.problem?.detail || error.message);
  main.replaceChildren(
    el('section', { class: 'card refusal', role: 'alert', 'data-refused': String(error.status) },
      el('h1', {}, t(known)),
      el('p', { class: 'muted', 'data-refused-detail': '' }, t('refused.detail', { detail }))),
    el('a', { href: back }, backLabel));
}
