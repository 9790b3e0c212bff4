// Logical assignment ||= &&= ??=: short-circuit (no assignment, no setter call), works on members and names.
let a = 0, b = 1, c = null;
a ||= 'a set'; b &&= 'b set'; c ??= 'c set';
console.log(a, b, c);
let d = 'keep', e = 0, f = 0;
d ||= 'no'; e &&= 'no'; f ??= 'no';
console.log(d, e, f);
const log = [];
const obj = { get p() { log.push('get'); return 1; }, set p(v) { log.push('set ' + v); } };
obj.p ||= 2;
obj.p &&= 3;
obj.p ??= 4;
console.log(log.join(', '));
const frozen = Object.freeze({ x: 1 });
frozen.x ||= 2;
console.log('no throw when short-circuited');
'use strict';
const counts = {};
for (const w of ['a', 'b', 'a']) { counts[w] ??= 0; counts[w]++; }
console.log(JSON.stringify(counts));
let fn;
fn ||= function () {};
let arrow;
arrow ??= () => {};
console.log(fn.name, arrow.name);
