// Accessors: [Getter], [Setter], [Getter/Setter]; getters: true evaluates them.
var util = require('util');
var o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return { nested: true }; },
  set c(v) {},
  get d() { throw new Error('nope'); }
};
console.log(util.inspect(o));
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
