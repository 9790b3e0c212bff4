// A deprecated constructor still constructs.
var util = require('util');
process.noDeprecation = true;
function Point(x) { this.x = x; }
Point.prototype.double = function () { return this.x * 2; };
var P = util.deprecate(Point, 'Point is deprecated');
console.log(P === Point);
var p = new P(4);
console.log(p.double(), p instanceof Point);
