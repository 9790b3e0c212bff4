// arguments belongs to the function it appears in; closures capture a copy only via variables.
function outer(a) {
  var args = arguments;
  function inner(b) { return arguments.length + ":" + args.length + ":" + args[0]; }
  return inner;
}
console.log(outer("x", "y")("z"));
function mapArgs() {
  var outerArgs = arguments;
  return [0, 1].map(function (i) { return outerArgs[i] + "/" + arguments.length; });
}
console.log(mapArgs("p", "q").join(" "));
function live(a) {
  var get = function () { return arguments.length === 0 ? a : "n/a"; };
  a = "reassigned";
  return get();
}
console.log(live("initial"));
