process.on('exit', function (code) { console.log('exit handler', code); });
setTimeout(function () { console.log('never'); }, 10);
console.log('before');
process.exit(5);
console.log('after (never)');
