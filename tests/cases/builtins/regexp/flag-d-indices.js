// The d flag adds .indices with [start, end] pairs for the match and each group.
var m = /(a)(?<n>b)?(c)/d.exec("xxacyy");
console.log(JSON.stringify(m.indices), JSON.stringify(m.indices.groups), m.indices.length);
var m2 = /(?<word>\w+) (?<num>\d+)/d.exec("see item 42 now");
console.log(JSON.stringify(m2.indices[0]), JSON.stringify(m2.indices.groups.word), JSON.stringify(m2.indices.groups.num));
console.log(/a/d.hasIndices, /a/.hasIndices, /a/gimsuyd.flags, "indices" in /a/.exec("a"));
var uni = /(.)/du.exec("\ud83d\ude00x");
console.log(JSON.stringify(uni.indices));
console.log(JSON.stringify([..."a1b2".matchAll(/\d/dg)].map(function (x) { return x.indices[0]; })));
