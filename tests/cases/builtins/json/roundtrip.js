// stringify then parse gives back an equal structure for JSON-safe data.
var data = { s: "text \u00e9 \ud83d\ude00 \n", n: [0, -1.5, 1e21, 5e-324, 123456789.123], b: [true, false],
  z: null, nested: { arr: [[1, 2], { k: "v" }], empty: {} } };
var text = JSON.stringify(data);
console.log(text);
var back = JSON.parse(text);
console.log(JSON.stringify(back) === text, back.n[3] === 5e-324, back.s === data.s);
var pretty = JSON.stringify(data, null, 4);
console.log(JSON.stringify(JSON.parse(pretty)) === text, pretty.split("\n").length);
var date = new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999));
console.log(JSON.parse(JSON.stringify({ d: date })).d, typeof JSON.parse(JSON.stringify({ d: date })).d);
