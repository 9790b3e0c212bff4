process.on('exit', function (code) {
  console.log('exit', code, this === process);
  setTimeout(function () { console.log('timers do not run after exit'); }, 0);
});
console.log('main');
