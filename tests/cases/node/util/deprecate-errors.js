// util.deprecate validates its arguments.
var util = require('util');
try { util.deprecate('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { util.deprecate(function () {}, 'm', 5); } catch (e) { console.log(e.name, e.code, e.message); }
