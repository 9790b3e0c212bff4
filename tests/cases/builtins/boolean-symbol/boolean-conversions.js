// Booleans in arithmetic, comparison and string contexts.
console.log(true + 1, false + 1, true + true, true * 10, -true, +false);
console.log(true + "", false + "x", String(true), JSON.stringify(true), JSON.stringify([false]));
console.log(true == 1, true == "1", false == "", false == "0", true == "true", null == false);
console.log(true > false, true < 2, [true].join(), [false, true].sort().join());
var w = new Boolean(false);
console.log(w + 1, w + "", w == 0, !w, typeof (w && 1));
console.log(Number(true), parseInt(true), Math.max(true, false), isNaN(true));
