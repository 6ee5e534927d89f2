// Problem+json errors shown beside the field they name (data-error-for="q"), or at the form's general slot ("*").
import { t } from './i18n.js';

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
