// An 'uncaughtException' listener that throws ends the process with code 7, and 'exit' is not
// emitted (node's "internal exception handler run-time failure").
process.on('exit', function(code) { console.log('exit', code); });
process.on('uncaughtException', function(e) {
  console.log('handler saw', e.message);
  throw new Error('the handler failed');
});
setTimeout(function() {
  console.log('timer');
  null.x;
}, 1);
