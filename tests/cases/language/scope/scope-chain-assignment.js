// Assignment walks the scope chain and writes the first binding found.
var level = "global";
function a() {
  var level = "a";
  function b() {
    function c() { level = "set by c"; }
    c();
    return level;
  }
  var fromB = b();
  return fromB + " / " + level;
}
console.log(a(), level);
function noLocal() {
  function inner() { level = "set by inner"; }
  inner();
}
noLocal();
console.log(level);
function param(level) {
  (function () { level = "param changed"; })();
  return level;
}
console.log(param("p"), level);
