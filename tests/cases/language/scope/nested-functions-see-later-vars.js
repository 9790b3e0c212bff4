// Inner functions read outer variables at call time, including ones declared after them.
function outer() {
  function read() { return laterVar; }
  var before = read();
  var laterVar = "assigned";
  var after = read();
  return [String(before), after].join(" -> ");
}
console.log(outer());
function modifyAfter() {
  var fn = function () { return v * 2; };
  var v = 5;
  var first = fn();
  v = 50;
  return first + " " + fn();
}
console.log(modifyAfter());
