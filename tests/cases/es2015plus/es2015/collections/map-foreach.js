const m = new Map([['a', 1], ['b', 2]]);
const ctx = { tag: 'ctx' };
m.forEach(function (value, key, map) {
  console.log(value, key, map === m, this.tag, arguments.length);
}, ctx);
m.forEach(function () { 'use strict'; console.log('this without thisArg:', this); });
const log = [];
m.forEach((v, k) => {
  log.push(k);
  if (k === 'a') { m.delete('b'); m.set('c', 3); }
});
console.log(log);
console.log(m.forEach(() => {}));
try { m.forEach(); } catch (e) { console.log(e.message); }
try { m.forEach('x'); } catch (e) { console.log(e.message); }
try { new Set().forEach(3); } catch (e) { console.log(e.message); }
