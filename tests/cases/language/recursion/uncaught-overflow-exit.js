// An uncaught stack overflow is reported like any uncaught error: 'exit' listeners run and the exit code is 1.
process.on('exit', function (code) { console.log('exit', code); });
function deep(n) { return deep(n + 1) + 1; }
try { deep(0); } catch (e) { console.log(e.name, e.stack.split('\n')[0], /^    at deep \(/.test(e.stack.split('\n')[1])); }
console.log('before');
deep(0);
console.log('never');
