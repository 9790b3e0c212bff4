// delete of variables: declared vars and functions survive, implicit globals do not.
var declared = 1;
console.log(delete declared, typeof declared);
function fn() {}
console.log(delete fn, typeof fn);
implicitGlobal = 5;
console.log(typeof implicitGlobal);
console.log(delete implicitGlobal, typeof implicitGlobal);
(function () {
  var local = 2;
  console.log(delete local, local);
  console.log(delete arguments, typeof arguments);
})();
console.log(delete undeclaredName);
var g = (function () { return this; })();
g.viaObject = 3;
console.log(delete g.viaObject, typeof viaObject);
