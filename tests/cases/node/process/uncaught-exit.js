process.on('exit', function (code) { console.log('exit code', code); });
setTimeout(function () { throw new TypeError('late'); }, 1);
