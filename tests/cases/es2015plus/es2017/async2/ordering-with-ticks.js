// Ordering of await continuations, promise reactions, process.nextTick and timers within one turn.
const log = [];
setTimeout(() => log.push('timeout'), 0);
process.nextTick(() => log.push('tick 1'));
Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2'));
(async () => {
  log.push('async start');
  await null;
  log.push('after await 1');
  process.nextTick(() => log.push('tick from async'));
  await new Promise(r => r());
  log.push('after await 2');
  await { then(r) { log.push('thenable then'); r(); } };
  log.push('after thenable');
})();
queueMicrotask(() => log.push('microtask'));
process.nextTick(() => log.push('tick 2'));
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 20);
