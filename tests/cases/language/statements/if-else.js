// if/else chains, dangling else and truthiness of conditions.
function classify(n) {
  if (n < 0) return "negative";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else return "large";
}
console.log(classify(-3), classify(0), classify(-0), classify(5), classify(50), classify(NaN));
var log = [];
if (true) if (false) log.push("inner"); else log.push("dangling else binds inner");
console.log(log.join());
var values = [0, "", null, undefined, NaN, "0", " ", [], {}, -1, function () {}];
var out = "";
for (var i = 0; i < values.length; i++) {
  if (values[i]) out += "T"; else out += "F";
}
console.log(out);
if (0) console.log("no"); else if ("") console.log("no"); else console.log("fallthrough");
if (1) {} else { console.log("never"); }
console.log("done");
