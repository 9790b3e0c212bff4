process.on('exit', function (code) { console.log('exit with', code); });
process.exitCode = 3;
console.log('set exitCode');
