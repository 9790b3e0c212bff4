// Closures from separate calls do not share state; closures from one call do.
function makeCounters() {
  var shared = 0;
  return {
    a: function () { return ++shared; },
    b: function () { return shared += 10; }
  };
}
var first = makeCounters(), second = makeCounters();
console.log(first.a(), first.b(), first.a());
console.log(second.a(), second.a());
console.log(first.b(), second.b());
var fns = [];
function addFn(tag) { fns.push(function () { return tag + fns.length; }); }
addFn("x"); addFn("y");
console.log(fns[0](), fns[1]());
