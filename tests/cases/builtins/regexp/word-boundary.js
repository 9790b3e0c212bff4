// \b and \B at string edges, around non-word characters and in multiline text.
console.log("cat concat cat.".replace(/\bcat\b/g, "DOG"));
console.log("cat concat".replace(/\Bcat/g, "X"), "abc".replace(/\B/g, "-"), "abc".replace(/\b/g, "|"));
console.log(/\b/.test(""), /\B/.test(""), /^\b$/.test(""), /\b/.test(" "), /\B/.test(" "));
console.log("été".replace(/\b/g, "|"), "été".replace(/\b/gu, "|"));
console.log("a\nb".match(/\b\w\b/g).join(","), "x_y z".match(/\b\w+\b/g).join(","));
console.log(/[\b]/.test("\b"), /[\b]/.test("b"), "a\bb".replace(/[\b]/, "BS"));
console.log("it's".match(/\b\w+\b/g).join("+"), "1.5".split(/\b/).join("|"));
