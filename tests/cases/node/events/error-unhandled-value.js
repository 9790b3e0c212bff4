// emit('error', value) with a non-Error: ERR_UNHANDLED_ERROR with the inspected value.
var EventEmitter = require('events');
var e = new EventEmitter();
function tryEmit(v) {
  try {
    if (arguments.length) e.emit('error', v); else e.emit('error');
  } catch (err) {
    console.log(err.name, err.code, err.message, err.context === v);
  }
}
tryEmit('a string');
tryEmit(42);
tryEmit({ code: 'X' });
tryEmit(undefined);
tryEmit();
tryEmit(null);
