// timers/promises setTimeout and setImmediate resolve with their values.
var tp = require('timers/promises');
(async function () {
  console.log(await tp.setTimeout(2, 'timeout value'));
  console.log(await tp.setImmediate('immediate value'));
  console.log(await tp.setTimeout(1));
  var order = [];
  await Promise.all([tp.setTimeout(20).then(function () { order.push('slow'); }), tp.setTimeout(1).then(function () { order.push('fast'); })]);
  console.log(order.join(','));
  try { await tp.setTimeout(1, 'v', 'bad options'); } catch (e) { console.log(e.code); }
})();
