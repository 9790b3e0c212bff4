// substring, slice and substr differ on negative and swapped arguments.
var s = "JavaScript";
console.log(s.substring(4), s.substring(4, 0), s.substring(-3, 2), s.substring(2, NaN));
console.log(s.slice(4), s.slice(-6), s.slice(-6, -3), s.slice(4, 0) === "");
console.log(s.substr(4), s.substr(-6, 3), s.substr(1, 0) === "", s.substr(20) === "");
console.log(s.slice(), s.substring(), s.slice(0, 100));
console.log(s.substring(1.7, 3.2), s.slice("2", "5"));
console.log(s.slice(-100, 2), s.substring(100, 8));
console.log(s.substring(3, 3) === "", s.slice(3, 3) === "", s.substr(3, -1) === "");
console.log("abc".substring(-1), "abc".slice(-1), "abc".substr(-1));
