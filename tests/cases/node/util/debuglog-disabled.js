// debuglog without NODE_DEBUG: logging prints nothing and enabled is false.
var util = require('util');
var debug = util.debuglog('mysection');
debug('hello %s', 'world');
console.log(typeof debug, debug.enabled);
util.debuglog('other', function (fn) { console.log('callback got', typeof fn); });
console.log('done');
