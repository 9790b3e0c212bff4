// Rest parameters collect the remaining arguments into a real array.
function r(a, ...rest) { return a + "|" + rest.length + "|" + Array.isArray(rest) + "|" + rest.join(","); }
console.log(r(1), r(1, 2, 3), r());
function onlyRest(...all) { return all.length + ":" + arguments.length; }
console.log(onlyRest(1, 2), onlyRest());
var arrow = (...xs) => xs.reverse().join("");
console.log(arrow("a", "b", "c"));
function destructured(...[first, second]) { return first + second; }
console.log(destructured(3, 4, 5));
console.log(Math.max(...[1, 9, 2]), [..."hi"].length);
