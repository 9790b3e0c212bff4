// Symbol.isConcatSpreadable makes array-likes spread and can stop arrays from spreading.
var like = { length: 2, 0: "a", 1: "b" };
like[Symbol.isConcatSpreadable] = true;
console.log([0].concat(like).join(","));
var arr = [1, 2];
arr[Symbol.isConcatSpreadable] = false;
var r = [0].concat(arr);
console.log(r.length, r[1] === arr);
var weird = { length: 3, 1: "m" };
weird[Symbol.isConcatSpreadable] = true;
var w = [].concat(weird);
console.log(w.length, 0 in w, w[1]);
var fn = function () {};
fn[Symbol.isConcatSpreadable] = true;
fn[0] = "f";
console.log([].concat(fn).length);
console.log(typeof Symbol.isConcatSpreadable, Symbol.isConcatSpreadable.toString());
