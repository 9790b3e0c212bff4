// Default sort of mixed types compares their string forms.
console.log([3, "2", 1, "10"].sort().join(","));
console.log([null, "m", undefined, "a", "z"].sort().join(","));
console.log([{ toString: function () { return "b"; } }, "a", "c"].sort().map(String).join(","));
console.log([0, -0, 1, -1].sort().map(function (x) { return Object.is(x, -0) ? "-0" : String(x); }).join(","));
console.log([NaN, 1, Infinity, -Infinity].sort().join(","));
console.log(["\u00e4", "a", "z", "A"].sort().join(","));
