var n = 0;
function tick() { if (++n < 10000) process.nextTick(tick); else console.log('ticks', n); }
tick();
setTimeout(function () { console.log('timer after all ticks', n); }, 0);
