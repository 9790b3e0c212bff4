// Each recursive call has its own locals even when closures capture them.
var getters = [];
function recurse(n) {
  var local = "depth" + n;
  getters.push(function () { return local; });
  if (n < 3) recurse(n + 1);
  local += "!";
}
recurse(0);
console.log(getters.map(function (g) { return g(); }).join(" "));
function sumDigits(n) {
  var digit = n % 10;
  var rest = Math.floor(n / 10);
  return rest === 0 ? digit : digit + sumDigits(rest);
}
console.log(sumDigits(98765));
