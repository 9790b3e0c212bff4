// queueMicrotask runs its callback as a microtask, in order with promise reactions.
var log = [];
queueMicrotask(function () { log.push("micro1"); });
Promise.resolve().then(function () { log.push("promise"); });
queueMicrotask(function () { log.push("micro2"); queueMicrotask(function () { log.push("nested"); }); });
process.nextTick(function () { log.push("tick"); });
log.push("sync");
setTimeout(function () {
  console.log(log.join(","));
  try { queueMicrotask(5); } catch (e) { console.log(e.name, e.code); }
  console.log(typeof queueMicrotask, queueMicrotask.length);
}, 0);
