// Property keys are quoted like strings: escapes, numeric keys in ascending order first.
var o = {};
o.z = 1; o["10"] = 2; o["2"] = 3; o["-1"] = 4; o["01"] = 5; o["a\nb"] = 6; o["\u2028"] = 7; o[""] = 8; o["\ud800"] = 9;
console.log(JSON.stringify(o));
console.log(JSON.stringify({ 4294967294: "max index", 4294967295: "not index", 1.5: "x" }));
