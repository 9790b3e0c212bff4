// Matching over long inputs: global replace, split and a search far from the start.
var s = "ab".repeat(50000) + "needle" + "cd".repeat(50000);
console.log(s.search(/needle/), s.replace(/b/g, "").length, s.split(/d/).length, /^(ab)+needle/.test(s));
console.log(s.match(/c/g).length, (s.match(/needle(cd)+$/) || [""])[0].length);
