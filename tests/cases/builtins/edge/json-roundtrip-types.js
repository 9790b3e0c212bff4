// JSON round trips: what survives (numbers, nested structures, unicode) and what does not (Dates, Maps, undefined, functions).
var original = { n: 1.5e-7, big: 1e21, neg: -0, s: 'tab\tquote"slash\\ü😀', arr: [1, 'two', null, true], nested: { deep: { deeper: [[], {}] } }, date: new Date(0), map: new Map([[1, 2]]), set: new Set([1]), u: undefined, f: function () {}, re: /x/g, inf: Infinity };
var text = JSON.stringify(original);
var back = JSON.parse(text);
console.log(text);
console.log(Object.keys(back).join(), typeof back.date, JSON.stringify(back.map), back.inf, Object.is(back.neg, -0), back.s === original.s, back.big === 1e21);
console.log(JSON.stringify(JSON.parse(JSON.stringify(back))) === text);
