// toLocaleDateString for every month and for early and late years.
var out = [];
for (var m = 0; m < 12; m++) out.push(new Date(Date.UTC(2030, m, 28)).toLocaleDateString());
console.log(out.join(" "));
console.log(new Date(Date.UTC(999, 0, 1)).toLocaleDateString(), new Date(Date.UTC(10000, 0, 1)).toLocaleDateString());
console.log(new Date(Date.UTC(1970, 0, 1)).toLocaleString(), new Date(Date.UTC(2000, 0, 1, 12)).toLocaleString());
