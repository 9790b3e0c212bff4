// Each function scope can shadow names from outer scopes, parameters included.
var v = "global";
function a(v) {
  function b() {
    var v = "b local";
    function c(v) { return v; }
    return [v, c("c param"), c()].join(",");
  }
  return v + "|" + b();
}
console.log(a("a param"));
console.log(a());
function paramShadowsFn(Math) { return typeof Math; }
console.log(paramShadowsFn(1), typeof Math);
function localShadowsGlobalFn() { var parseInt = function () { return "mine"; }; return parseInt("5"); }
console.log(localShadowsGlobalFn(), parseInt("5"));
function argumentsShadow(arguments) { return arguments; }
console.log(argumentsShadow("param named arguments"));
function varArguments() { var arguments = "var named arguments"; return arguments; }
console.log(varArguments());
