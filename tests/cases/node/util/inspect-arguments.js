// The arguments object prints as [Arguments].
var util = require('util');
(function () { console.log(util.inspect(arguments)); })(1, 'a', { b: 2 });
(function () { console.log(util.inspect(arguments)); })();
