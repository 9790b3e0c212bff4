// At the top level of a CommonJS module, this is module.exports, not the global object.
console.log(this === module.exports, this === exports, typeof this);
console.log(Object.keys(this).length);
this.viaThis = "exported";
console.log(module.exports.viaThis, exports.viaThis);
var g = (function () { return this; })();
console.log(g === this, typeof g);
console.log(typeof g.viaThis);
exports.another = 1;
console.log(Object.keys(module.exports).join(","));
(function () {
  "use strict";
  console.log(this === undefined);
})();
