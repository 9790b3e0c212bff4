// Date.UTC: component defaults, the 0..99 year mapping, overflow and NaN.
console.log(Date.UTC(2020), Date.UTC(2020, 0), Date.UTC(2020, 1, 29), Date.UTC(2020, 1, 30));
console.log(Date.UTC(70, 0), Date.UTC(99, 11, 31), Date.UTC(100, 0), Date.UTC(0, 0), Date.UTC(-1, 0));
console.log(Date.UTC(2020, 12), Date.UTC(2020, -1), Date.UTC(2020, 0, 0), Date.UTC(2020, 0, 1, 24));
console.log(Date.UTC(2020, 0, 1, 0, 0, 0, -1), Date.UTC(2020, 0, 1, 0, 0, 60.5), Date.UTC(2020, 0, 1, 0, 0, 0, 0.9));
console.log(Date.UTC(), Date.UTC(NaN), Date.UTC(2020, NaN), Date.UTC(2020, 0, Infinity));
console.log(Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1), Date.UTC(-271821, 3, 20));
console.log(Date.UTC("2000", "5"), Date.UTC(2000.7, 5.9), Date.UTC.length);
