// Encoding twice encodes the percent signs; decoding an unescaped string changes nothing.
var s = "a b/c?d=%20";
var once = encodeURIComponent(s), twice = encodeURIComponent(once);
console.log(once, twice, decodeURIComponent(decodeURIComponent(twice)) === s);
console.log(encodeURI(encodeURI("x y")), decodeURI("plain"), decodeURIComponent("%25"), decodeURI("%25"));
console.log(decodeURIComponent("%E2%82%AC"), decodeURIComponent("%e2%82%ac"), encodeURIComponent("€"));
