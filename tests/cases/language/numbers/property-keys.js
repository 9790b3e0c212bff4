// Numbers used as property keys are converted with ToString.
var o = {};
o[1] = "one";
o[1.5] = "one and a half";
o[1e21] = "big";
o[-0] = "zero";
o[0.1 + 0.2] = "sum";
o[NaN] = "nan";
o[1e-7] = "tiny";
var keys = Object.keys(o);
for (var i = 0; i < keys.length; i++) console.log(JSON.stringify(keys[i]), o[keys[i]]);
console.log(o["1"], o["1.5"], o["0"], o.NaN);
console.log(o[0.30000000000000004], o["1e+21"]);
