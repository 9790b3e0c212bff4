// structuredClone for snapshots: mutation isolation, Map-of-Sets state, Dates kept as Dates, errors in nested values.
const state = { users: new Map([['ann', new Set(['admin'])]]), updated: new Date(Date.UTC(2024, 0, 1)), history: [] };
const snap = structuredClone(state);
state.users.get('ann').add('owner');
state.history.push('changed');
console.log([...snap.users.get('ann')].join(), snap.history.length, snap.updated instanceof Date, snap.updated.toISOString());
const withFn = { ok: 1, nested: { cb() {} } };
try { structuredClone(withFn); } catch (e) { console.log(e.name, e.message.includes('could not be cloned')); }
const errs = structuredClone({ err: new TypeError('bad input') });
console.log(errs.err instanceof TypeError, errs.err.message, Object.keys(errs.err).length);
