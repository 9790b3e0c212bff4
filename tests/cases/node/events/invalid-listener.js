// Non-function listeners throw ERR_INVALID_ARG_TYPE with node's description of the value.
var EventEmitter = require('events');
var e = new EventEmitter();
[undefined, null, 1, 'str', {}, [], true].forEach(function (v) {
  try { e.on('x', v); } catch (err) { console.log(err.name, err.code, err.message); }
});
try { e.once('x', 5); } catch (err) { console.log(err.message); }
try { e.removeListener('x', 5); } catch (err) { console.log(err.message); }
