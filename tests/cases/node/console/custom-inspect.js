// console.log uses util.inspect.custom methods.
var util = require('util');
function Money(n) { this.n = n; }
Money.prototype[util.inspect.custom] = function (depth, options) {
  return 'Money(' + this.n + ')';
};
console.log(new Money(5));
console.log([new Money(1), new Money(2)]);
console.log({ price: new Money(3) });
console.log('%s / %O', new Money(4), new Money(4));
