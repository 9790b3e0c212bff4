// Lookbehind assertions: positive, negative, captures inside and variable length.
console.log("$10 €20 $30".match(/(?<=\$)\d+/g).join(","), "$10 €20 $30".match(/(?<!\$)\b\d+/g).join(","));
console.log(JSON.stringify(/(?<=(\d+)(\d+))$/.exec("1053")), JSON.stringify(/(?<=\1(a))b/.exec("aab")));
console.log("abcdef".replace(/(?<=c)/, "|"), "abcdef".replace(/(?<!^)(?=c)/, "^"));
console.log(/(?<=^|,)x/.test("a,x"), /(?<=a.*)b/.test("a--b"), /(?<!a.*)b/.test("a--b"));
console.log(JSON.stringify("aXbX".split(/(?<=X)/)), "1234567".replace(/(?<=\d)(?=(\d{3})+$)/g, ","));
console.log(JSON.stringify(/(?<=(?<pre>[a-z]))\d/.exec("x1").groups), /(?<=\u{1F600})x/u.test("\u{1F600}x"));
