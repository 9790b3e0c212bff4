// undefined, NaN and Infinity can be shadowed locally but not reassigned globally.
function f(undefined, NaN, Infinity) { return [undefined, NaN, Infinity].join(","); }
console.log(f(1, 2, 3));
(function () { var Infinity = -1; console.log(Infinity, globalThis.Infinity); })();
console.log(typeof undefined, void 0 === undefined, undefined === globalThis.undefined);
console.log(Object.keys(globalThis).indexOf("NaN"), "NaN" in globalThis, globalThis.hasOwnProperty("undefined"));
