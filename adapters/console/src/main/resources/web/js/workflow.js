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
    if (field.kind === 'list' || field.kind === 'choices') body[field.name] = value.split(/[\s,，、]+/).filter(Boolean);
    else if (field.kind === 'number') body[field.name] = Number(value);
    else body[field.name] = value;
  }
  return body;
}

// The forms of a dispute's steps, by the API's DisputeAction: the operation under /api/v1/disputes/{id}/ and its
// fields (select: one of the contract's enum values). As for events, which steps are offered is the dispute's `actions`.
const BODIES = ['PEOPLES_COURT', 'POLICE_STATION', 'JUDICIAL_OFFICE', 'WOMENS_FEDERATION', 'CIVIL_AFFAIRS', 'SECURITY_COMMITTEE',
  'PARTY_SERVICE_CENTRE', 'GRID_WORKER', 'VILLAGE_CADRE'];
export const DISPUTE_TRANSITIONS = [
  { action: 'ACCEPT', op: 'accept', fields: [{ name: 'remark', kind: 'textarea' }] },
  { action: 'HOLD_SESSION', op: 'sessions', fields: [{ name: 'heldOn', kind: 'date', required: true },
    { name: 'mediators', kind: 'list', required: true }, { name: 'attendees', kind: 'list' }, { name: 'notes', kind: 'textarea', required: true }] },
  // The first three bodies are always convened (the contract's ConsultationBody); the others are chosen.
  { action: 'CONVENE', op: 'consultation', fields: [{ name: 'bodies', kind: 'choices', options: BODIES.slice(3) }] },
  { action: 'RECORD_OPINION', op: 'consultation/opinions', fields: [{ name: 'body', kind: 'select', options: BODIES, required: true },
    { name: 'opinion', kind: 'textarea', required: true }] },
  { action: 'CONCLUDE_CONSULTATION', op: 'consultation/conclusion', fields: [{ name: 'conclusion', kind: 'textarea', required: true }] },
  { action: 'CONCLUDE', op: 'outcome', fields: [{ name: 'kind', kind: 'select', options: ['AGREEMENT', 'FAILURE', 'WITHDRAWAL'], required: true },
    { name: 'terms', kind: 'textarea' }, { name: 'signatories', kind: 'list' }, { name: 'reason', kind: 'textarea' },
    { name: 'referral', kind: 'select', options: ['LITIGATION', 'ARBITRATION'] }, { name: 'body', kind: 'text' }, { name: 'referredOn', kind: 'date' }] },
  { action: 'JUDICIAL_CONFIRMATION', op: 'judicial-confirmation', fields: [{ name: 'status', kind: 'select', options: ['REQUESTED', 'GRANTED', 'REFUSED'], required: true }] },
  { action: 'CLOSE', op: 'close', fields: [{ name: 'remark', kind: 'textarea' }] },
  { action: 'FOLLOW_UP', op: 'follow-up', fields: [{ name: 'result', kind: 'select', options: ['HOLDING', 'PARTLY_FULFILLED', 'RELAPSED'], required: true },
    { name: 'note', kind: 'textarea' }] },
  { action: 'CHANGE_CHANNEL', op: 'channel', fields: [{ name: 'channel', kind: 'select', options: ['PEOPLE', 'ADMINISTRATIVE', 'JUDICIAL'], required: true },
    { name: 'reason', kind: 'textarea', required: true }] },
  { action: 'ESCALATE', op: 'escalate', fields: [{ name: 'reason', kind: 'textarea', required: true }] },
];

/** The forms of the steps the API says this user may take on this dispute now. */
export function allowedDisputeTransitions(dispute) {
  return DISPUTE_TRANSITIONS.filter(t => (dispute.actions ?? []).includes(t.action));
}
