// split with string and regular-expression separators and limits.
console.log("a,b,,c".split(",").length, JSON.stringify("a,b,,c".split(",")));
console.log(JSON.stringify("abc".split("")), JSON.stringify("abc".split()));
console.log(JSON.stringify("".split(",")), JSON.stringify("".split("")));
console.log(JSON.stringify("a1b2c3".split(/\d/)), JSON.stringify("a1b2c3".split(/(\d)/)));
console.log(JSON.stringify("one  two   three".split(/\s+/)));
console.log(JSON.stringify("a,b,c,d".split(",", 2)), JSON.stringify("a,b".split(",", 0)));
console.log(JSON.stringify(",a,".split(",")), JSON.stringify("aXbxc".split("x")));
console.log(JSON.stringify("test".split("t")), "a-b-c".split("-").join("+"));
console.log(JSON.stringify("a b".split(" ", -1)), JSON.stringify("abc".split("", 2)), "1,2,3".split(",").length);
