// Keys that look numeric but are not canonical array indices keep string order.
var o = {};
o["1.0"] = "a";
o["1"] = "b";
o["01"] = "c";
o["+1"] = "d";
o[" 1"] = "e";
o["1e0"] = "f";
o[1.0] = "g";
console.log(Object.keys(o).join("|"));
console.log(o[1], o["1.0"], o["01"]);
var n = {};
n[-0] = "zero";
n[0.0] = "still zero";
n["-0"] = "minus zero string";
console.log(Object.keys(n).join("|"), n[0]);
var f = {};
f[1 / 3] = "third";
console.log(Object.keys(f)[0]);
