// Nested conditionals and assignments inside branches.
var log = [];
function t(name, v) { log.push(name); return v; }
var r = t("a", true) ? t("b", false) ? t("c", 1) : t("d", 2) : t("e", 3);
console.log(r, log.join(""));
log = [];
r = t("a", false) ? t("b", 1) : t("c", true) ? t("d", 2) : t("e", 3);
console.log(r, log.join(""));
var max = function (a, b, c) { return a > b ? (a > c ? a : c) : (b > c ? b : c); };
console.log(max(1, 2, 3), max(3, 2, 1), max(2, 3, 1), max(1, 1, 1));
var n = 0;
var s = n ? "truthy" : n === 0 ? "zero" : "falsy";
console.log(s);
