// Number.prototype.toLocaleString in en-US: grouping and at most three fraction digits.
console.log((1234567.891).toLocaleString(), (1234.5).toLocaleString(), (0).toLocaleString());
console.log((-1234567).toLocaleString(), (1e21).toLocaleString(), (0.0001).toLocaleString());
console.log((1.0005).toLocaleString(), (1.2345).toLocaleString(), (999.9999).toLocaleString());
console.log(NaN.toLocaleString(), Infinity.toLocaleString(), (-Infinity).toLocaleString());
console.log((-0).toLocaleString(), (123).toLocaleString("en-US"));
console.log((1234.5678).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
console.log((1234567).toLocaleString("en-US", { useGrouping: false }));
