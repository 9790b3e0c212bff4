// Holes differ from undefined elements in "in", forEach, keys and JSON.
var holes = [, , 1];
var undefs = [undefined, undefined, 1];
console.log(0 in holes, 0 in undefs, holes.length === undefs.length);
var c1 = 0, c2 = 0;
holes.forEach(function () { c1++; }); undefs.forEach(function () { c2++; });
console.log(c1, c2, Object.keys(holes).join(","), Object.keys(undefs).join(","));
console.log(JSON.stringify(holes), JSON.stringify(undefs), holes.join("-"), undefs.join("-"));
console.log(holes.indexOf(undefined), undefs.indexOf(undefined), holes.includes(undefined));
console.log([...holes].length, 0 in [...holes], Array.from(holes).hasOwnProperty(0));
console.log(holes.map(function (x) { return 1; }).hasOwnProperty(0), Object.entries(holes).length);
