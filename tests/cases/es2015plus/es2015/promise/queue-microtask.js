const log = [];
queueMicrotask(() => log.push('micro1'));
Promise.resolve().then(() => log.push('promise1'));
queueMicrotask(() => { log.push('micro2'); queueMicrotask(() => log.push('nested micro')); });
Promise.resolve().then(() => log.push('promise2'));
log.push('sync');
setTimeout(() => console.log(log.join(', ')), 0);
queueMicrotask(function () { 'use strict'; console.log('this:', this, 'args:', arguments.length); });
queueMicrotask(function () { console.log('sloppy this is global:', this === globalThis); });
try { queueMicrotask('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { queueMicrotask(); } catch (e) { console.log(e.code, e.message); }
console.log(typeof queueMicrotask, queueMicrotask.length, queueMicrotask.name);
