process.on('uncaughtException', function (e, origin) {
  console.log('caught', e.message, origin);
});
setTimeout(function () { throw new Error('from timer'); }, 1);
setTimeout(function () { console.log('loop continues'); }, 5);
