// timers/promises setInterval is an async iterator of ticks.
var tp = require('timers/promises');
(async function () {
  var n = 0;
  for await (var v of tp.setInterval(2, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  console.log('done');
})();
