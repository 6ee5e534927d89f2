// The grid event's transitions, in one place: the operation, the state it leads to and the roles that may take it
// (docs/security.md's role table, the @RolesAllowed of each operation). The contract exposes the states an event may
// go to next (GridEvent.nextStates) but not who may take them, so a transition is offered when the event may go to
// its state AND one of the user's roles may take it; the API still decides (a 403 or 409 is shown as it comes).
// Fields: name, kind (text, textarea, number, list of department codes), required.
export const EVENT_TRANSITIONS = [
  { op: 'accept', to: ['ACCEPTED'], roles: ['COMMUNITY_STAFF', 'STREET_OFFICER'],
    fields: [{ name: 'remark', kind: 'textarea' }] },
  { op: 'call', to: ['CALLED'], roles: ['STREET_OFFICER', 'COMMUNITY_STAFF'],
    fields: [{ name: 'remark', kind: 'textarea' }] },
  { op: 'dispatch', to: ['DISPATCHED'], roles: ['STREET_OFFICER'],
    fields: [{ name: 'departments', kind: 'list', required: true }, { name: 'remark', kind: 'textarea' }] },
  { op: 'start', to: ['IN_PROGRESS'], roles: ['DEPARTMENT'],
    fields: [{ name: 'department', kind: 'text', required: true }] },
  { op: 'resolve', to: ['RESOLVED'], roles: ['GRID_WORKER', 'COMMUNITY_STAFF', 'STREET_OFFICER', 'DEPARTMENT'],
    fields: [{ name: 'resolution', kind: 'textarea', required: true }] },
  { op: 'verdict', to: ['CLOSED', 'REOPENED'], roles: ['GRID_WORKER', 'COMMUNITY_STAFF', 'INTEGRATOR'],
    fields: [{ name: 'satisfaction', kind: 'number', required: true, min: 1, max: 5 }, { name: 'comment', kind: 'textarea' }] },
  { op: 'reject', to: ['REJECTED'], roles: ['COMMUNITY_STAFF', 'STREET_OFFICER'],
    fields: [{ name: 'reason', kind: 'textarea', required: true }] },
];

/** The transitions this user may take on this event now. */
export function allowedTransitions(event, roles) {
  return EVENT_TRANSITIONS.filter(t => t.to.some(state => event.nextStates.includes(state))
    && t.roles.some(role => roles.includes(role)));
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
