// match returns the first match with captures, or all matches with the g flag.
var m = "abc123def".match(/(\d)(\d)/);
console.log(m[0], m[1], m[2], m.index, m.input, m.length);
console.log(JSON.stringify("a1b2c3".match(/\d/g)), "abc".match(/\d/), "abc".match(/\d/g));
console.log("a.b".match(".")[0], "x+y".match("\\+").index);
console.log(JSON.stringify("abc".match()), "ab".match(undefined).index);
var named = "k=v".match(/(?<key>\w)=(?<val>\w)/);
console.log(named.groups.key, named.groups.val, Object.getPrototypeOf(named.groups));
console.log(String.prototype.match.length);
