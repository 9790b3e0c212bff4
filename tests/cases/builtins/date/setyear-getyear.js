// Annex B getYear / setYear: two-digit years map to 19xx.
var d = new Date(Date.UTC(2000, 5, 15));
console.log(d.getYear(), d.setYear(99), d.getFullYear(), d.setYear(100), d.getFullYear());
console.log(d.setYear(5), d.getFullYear(), d.setYear(-1), d.getFullYear(), d.setYear(2030), d.getFullYear());
console.log(d.setYear(NaN), d.getYear());
var bad = new Date(NaN);
console.log(bad.setYear(50), bad.toISOString());
console.log(Date.prototype.setYear.length, Date.prototype.getYear.length);
