// An 'uncaughtException' listener sees a stack overflow's RangeError and runs normally afterwards.
process.on('uncaughtException', function (e) {
  console.log('handler', e.name, e.message, typeof e.stack);
  setTimeout(function () { console.log('loop still runs'); }, 1);
});
function f() { f(); }
f();
