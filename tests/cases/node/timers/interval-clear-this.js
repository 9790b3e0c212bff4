var n = 0;
setInterval(function () {
  n++;
  if (n === 3) { clearInterval(this); console.log('stopped at', n); }
}, 1);
