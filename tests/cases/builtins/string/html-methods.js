// Annex B HTML methods wrap the string in tags and escape quotes in attributes.
console.log("x".anchor('a"b'), "x".big(), "x".blink(), "x".bold());
console.log("x".fixed(), "x".fontcolor("red"), "x".fontsize(7), "x".italics());
console.log("x".link("u"), "x".small(), "x".strike(), "x".sub(), "x".sup());
console.log(String.prototype.anchor.length, String.prototype.big.length, "x".anchor());
console.log(String.prototype.bold.call(12));
try { String.prototype.bold.call(undefined); } catch (e) { console.log(e.name, e.message); }
