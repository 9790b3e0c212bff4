// Number.prototype methods require a Number this value.
var methods = ["toString", "toFixed", "valueOf", "toPrecision", "toExponential"];
for (var i = 0; i < methods.length; i++) {
  var m = Number.prototype[methods[i]];
  var results = [];
  var receivers = [5, new Number(6), "7", {}, null];
  for (var j = 0; j < receivers.length; j++) {
    try { results.push(String(m.call(receivers[j]))); } catch (e) { results.push(e.name); }
  }
  console.log(methods[i], results.join(" "));
}
