// JSON.stringify on primitives, wrappers and values with no JSON form.
console.log(JSON.stringify(1), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(5e-324));
console.log(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity));
console.log(JSON.stringify("s"), JSON.stringify(true), JSON.stringify(null));
console.log(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol("x")));
console.log(typeof JSON.stringify(undefined), JSON.stringify());
console.log(JSON.stringify(new Number(3)), JSON.stringify(new String("w")), JSON.stringify(new Boolean(false)));
console.log(JSON.stringify(Object(Symbol("y"))), JSON.stringify([undefined, function () {}, Symbol()]));
console.log(JSON.stringify({ u: undefined, f: function () {}, s: Symbol(), n: null, nan: NaN }));
console.log(JSON.stringify.length, JSON.stringify.name, Object.prototype.toString.call(JSON));
