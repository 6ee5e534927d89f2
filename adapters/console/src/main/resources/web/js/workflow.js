// The forms of a grid event's steps: the operation and its fields (name, kind: text, textarea, number, list of
// department codes; required). Which steps a user may take is the API's answer, the event's `actions` (its state allows
// the step and one of the user's roles may take it); the operation may still refuse on a rule of its own (a 403 or 409
// is shown as it comes).
export const EVENT_TRANSITIONS = [
  { op: 'accept', fields: [{ name: 'remark', kind: 'textarea' }] },
  { op: 'call', fields: [{ name: 'remark', kind: 'textarea' }] },
  { op: 'dispatch', fields: [{ name: 'departments', kind: 'list', required: true }, { name: 'remark', kind: 'textarea' }] },
  { op: 'start', fields: [{ name: 'department', kind: 'text', required: true }] },
  { op: 'resolve', fields: [{ name: 'resolution', kind: 'textarea', required: true }] },
  { op: 'verdict', fields: [{ name: 'satisfaction', kind: 'number', required: true, min: 1, max: 5 }, { name: 'comment', kind: 'textarea' }] },
  { op: 'reject', fields: [{ name: 'reason', kind: 'textarea', required: true }] },
];

/** The forms of the steps the API says this user may take on this event now. */
export function allowedTransitions(event) {
  return EVENT_TRANSITIONS.filter(t => (event.actions ?? []).includes(t.op.toUpperCase()));
}

/** The request body of a transition from its form's values (empty optional fields left out). */
export function requestBody(transition, values) {
  const body = {};
  for (const field of transition.fields) {
    const value = (values[field.name] ?? '').trim();
    if (!value) continue;
    if (field.kind === 'list') body[field.name] = value.split(/[\s,，、]+/).filter(Boolean);
    else if (field.kind === 'number') body[field.name] = Number(value);
    else body[field.name] = value;
  }
  return body;
}
