// Boolean converts with ToBoolean; new Boolean makes an always-truthy wrapper.
console.log(Boolean(0), Boolean(-0), Boolean(NaN), Boolean(""), Boolean(null), Boolean(undefined));
console.log(Boolean(1), Boolean("0"), Boolean(" "), Boolean({}), Boolean([]), Boolean(Symbol()));
console.log(Boolean(), Boolean.length, Boolean.name);
var f = new Boolean(false);
console.log(typeof f, f ? "truthy" : "falsy", f == false, f === false, f.valueOf());
console.log(!!document_like(), Boolean(function () {}));
function document_like() { return undefined; }
console.log(new Boolean("").valueOf(), new Boolean("x").valueOf(), Object(true) instanceof Boolean);
