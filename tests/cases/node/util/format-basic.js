// The manual's util.format examples and each placeholder.
var util = require('util');
console.log(util.format('%s:%s', 'foo'));
console.log(util.format('%s:%s', 'foo', 'bar', 'baz'));
console.log(util.format(1, 2, 3));
console.log(util.format('%d items', 42), util.format('%j', { a: [1, 'x'] }));
console.log(util.format('100%% sure', 'extra'));
console.log(util.format('%s', 'only'), util.format('no placeholders', 'a', 1, {}));
console.log(JSON.stringify(util.format()), JSON.stringify(util.format('')));
