// events.once resolves with the event's arguments and rejects on 'error'.
var events = require('events');
var e = new events.EventEmitter();
(async function () {
  setTimeout(function () { e.emit('ready', 'a', 42); }, 1);
  var args = await events.once(e, 'ready');
  console.log(args.length, args[0], args[1]);
  setTimeout(function () { e.emit('error', new Error('emitted error')); }, 1);
  try { await events.once(e, 'never'); } catch (err) { console.log('rejected', err.message); }
  console.log(e.listenerCount('never'), e.listenerCount('error'));
})();
