// Inside an I/O-like phase (a timer callback), an immediate always runs before a 0 ms timeout.
setTimeout(function () {
  setTimeout(function () { console.log('timeout'); }, 0);
  setImmediate(function () { console.log('immediate'); });
}, 1);
