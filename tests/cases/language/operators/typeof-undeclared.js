// typeof on an undeclared name yields "undefined" instead of throwing.
console.log(typeof notDeclaredAnywhere);
console.log(typeof notDeclaredAnywhere === "undefined");
var declaredLater;
console.log(typeof declaredLater);
console.log(typeof hoistedFn, typeof hoistedVar);
var hoistedVar = 1;
function hoistedFn() {}
try {
  console.log(typeof notDeclaredAnywhere.property);
} catch (e) {
  console.log(e.name);
}
console.log(typeof (function () { return typeof innerMissing; })());
console.log(typeof require, typeof module, typeof exports);
