// == treats null and undefined as equal to each other and to nothing else.
console.log(null == undefined, undefined == null);
console.log(null == 0, null == "", null == false);
console.log(undefined == 0, undefined == "", undefined == false);
console.log(null == null, undefined == undefined);
console.log(null === undefined);
console.log(null == {}, undefined == [], null == NaN);
var x;
console.log(x == null, x === null, x === undefined);
console.log(void 0 == null);
