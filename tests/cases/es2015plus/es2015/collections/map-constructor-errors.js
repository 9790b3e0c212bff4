const attempts = [
  () => Map(),
  () => new Map(5),
  () => new Map({}),
  () => new Map([1]),
  () => new Map(['ab']),
  () => new Map([null]),
  () => Set(),
  () => new Set(5),
  () => new Set(true),
];
for (const a of attempts) {
  try { a(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
let closed = 0;
const it = {
  [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { closed++; return {}; } }; },
};
try { new Map(it); } catch (e) { console.log(e.message, 'closed', closed); }
