// module.exports can be replaced; exports keeps pointing at the original object.
var original = module.exports;
exports.a = 1;
console.log(module.exports === original, Object.keys(module.exports).join(","));
module.exports = { replaced: true };
console.log(module.exports === original, exports === original, exports.a);
exports.b = 2;
console.log(Object.keys(module.exports).join(","), Object.keys(exports).join(","));
console.log(this === original, this === module.exports);
console.log(typeof require, typeof module.exports, module.exports.replaced);
