// split with string separators and limits.
console.log(JSON.stringify("a,b,,c".split(",")), JSON.stringify("abc".split("")));
console.log(JSON.stringify("abc".split()), JSON.stringify("".split(",")), JSON.stringify("".split("")));
console.log(JSON.stringify("a,b,c".split(",", 2)), JSON.stringify("a,b".split(",", 0)), JSON.stringify("a,b".split(",", -1)));
console.log(JSON.stringify("a1b1c".split(1)), JSON.stringify("anullb".split(null)), JSON.stringify("aundefinedb".split(undefined)));
console.log(JSON.stringify("ab".split("ab")), JSON.stringify("xabx".split("ab")), "a b  c".split(" ").length);
console.log("\uD83D\uDE00".split("").length, String.prototype.split.length);
console.log(JSON.stringify("a,b".split(",", 4294967297)));
