process.on('warning', function (w) {
  console.log('warning event:', w.name, w.message, w.code);
});
process.emitWarning('something odd', 'CustomWarning', 'JSC001');
process.emitWarning(new Error('an error as warning'));
console.log('sync done');
process.exitCode = 2; // the default listener prints to stderr: exit non-zero so the case is recorded
