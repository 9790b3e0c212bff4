process.on('uncaughtException', function (err) {
  console.log('handled:', err.message);
});
setTimeout(function () { console.log('still running'); }, 1);
throw new Error('top-level');
