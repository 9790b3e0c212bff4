// == is not transitive: chains of loose equality that break.
console.log("0" == 0, 0 == "", "0" == "");
console.log(null == undefined, undefined == 0, null == 0);
console.log([] == false, false == "0", [] == "0");
console.log("1" == [1], [1] == true, "1" == true);
console.log(NaN == NaN, [NaN] == "NaN", "NaN" == NaN);
var a = [0];
console.log(a == a, a == !a, !a);
console.log([] == [], [] == ![], ![] == false);
console.log("" == [[]], 0 == [[]], "" == [[[]]]);
