// Function declarations inside functions called from loops get fresh closures each call.
function makeAdders(n) {
  var adders = [];
  for (var i = 0; i < n; i++) {
    adders.push(build(i));
  }
  function build(k) {
    function add(x) { return x + k; }
    return add;
  }
  return adders;
}
var adders = makeAdders(3);
console.log(adders[0](10), adders[1](10), adders[2](10), adders[0] === adders[1]);
var made = [];
for (var j = 0; j < 3; j++) {
  made.push(function named() { return typeof named; });
}
console.log(made[0](), made[0] === made[1]);
