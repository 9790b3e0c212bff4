// After an uncaught error, an 'exit' listener that throws adds no report: the process ends
// with the exit code in effect (here the one the listener set).
process.on('exit', function(code) {
  console.log('exit listener', code);
  process.exitCode = 5;
  throw new Error('thrown in exit');
});
console.log('start');
null.x;
