// \d \w \s and their negations, with and without the u and i flags.
var s = "a1_ \t\n\u00a0\ufeff\u2028é9Z-";
console.log(s.match(/\d/g).join(""), s.match(/\w/g).join(""), s.replace(/\S/g, "").length);
console.log(/\s/.test("\u00a0"), /\s/.test("\ufeff"), /\s/.test("\u2028"), /\s/.test("\u200b"), /\s/.test("\u180e"));
console.log(/\d/.test("\u0661"), /\w/.test("é"), /\w/i.test("\u017f"), /\w/iu.test("\u017f"), /\W/iu.test("\u017f"));
console.log("A-b_9".replace(/\W/g, "!"), "x y\tz".split(/\s/).length, "12ab34".replace(/\D+/, "|"));
console.log(/[\d-z]/.test("-"), /[\w-]/.test("-"), /[^\s]/.test(" "), /[\s\S]/.test("\n"));
console.log(/\d{2,}/.exec("a1b22c333")[0], /\w+/.exec("  héllo")[0]);
