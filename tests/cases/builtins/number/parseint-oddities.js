// parseInt converts its argument with ToString first, which surprises on numbers.
console.log(parseInt(0.0000005), parseInt(0.000005), parseInt(1e21), parseInt(1e20));
console.log(parseInt(null, 36), parseInt(undefined, 36), parseInt(true, 36), parseInt(NaN, 36));
console.log(parseInt([10, 20]), parseInt({ toString: function () { return "77"; } }));
console.log(["1", "2", "3"].map(parseInt).join(","));
console.log(["10", "10", "10", "10"].map(parseInt).join(","));
console.log(parseInt("١٢٣"), parseInt("１２"), parseInt(-0), 1 / parseInt(-0));
console.log(parseInt(Infinity), parseInt(-Infinity, 36), parseInt("Infinity", 36));
var order = [];
parseInt({ toString: function () { order.push("str"); return "9"; } }, { valueOf: function () { order.push("radix"); return 10; } });
console.log(order.join(" "));
