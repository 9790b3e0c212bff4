// ++ and -- always produce numbers; postfix returns the converted old value.
var values = ["5", "", " ", "0x1f", "1e2", "abc", null, undefined, true, false, [], [7], "-0"];
var out = [];
for (var i = 0; i < values.length; i++) {
  var v = values[i];
  var old = v++;
  out.push(typeof old + ":" + String(old) + "->" + String(v));
}
console.log(out.join("\n"));
var d = "10";
console.log(--d, typeof d);
